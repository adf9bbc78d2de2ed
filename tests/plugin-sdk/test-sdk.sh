#!/usr/bin/env bash
# test-sdk.sh — builds the example plugin the way a member organisation would
#
# Installs Taskforce into a temporary DESTDIR, then, using only what was
# installed (headers, library, taskforce-plugin-1.pc) and plain cc +
# pkg-config, builds tests/plugin-sdk/example into a temporary per-user
# plugin folder and checks that the plugin manager loads it, and refuses it
# once its .plugin file names another ABI.
#
#   test-sdk.sh MESON BUILD-ROOT PREFIX SDK-CHECK EXAMPLE-DIR
#
# meson runs it as test 'plugin-sdk' (suite 'sdk'). CC and PKG_CONFIG may
# name the compiler and pkg-config to use.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

meson=$1
build_root=$2
prefix=$3
sdk_check=$4
example=$5
cc=${CC:-cc}
pkg_config=${PKG_CONFIG:-pkg-config}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

dest=$tmp/dest
"$meson" install -C "$build_root" --no-rebuild --quiet --destdir "$dest"

pc=$(find "$dest" -name taskforce-plugin-1.pc -print -quit)
[ -n "$pc" ] || fail "taskforce-plugin-1.pc was not installed"
echo "# installed $pc"

# The .pc names the real prefix, but the files are under DESTDIR for now:
# use a copy that says where they are (--define-variable=prefix would
# move glib's and libpeas's prefix too)
grep -qx "prefix=$prefix" "$pc" || fail "$pc does not say prefix=$prefix"
mkdir "$tmp/pkgconfig"
sed "s|^prefix=.*|prefix=$dest$prefix|" "$pc" > "$tmp/pkgconfig/taskforce-plugin-1.pc"
export PKG_CONFIG_PATH=$tmp/pkgconfig
"$pkg_config" --exists --print-errors taskforce-plugin-1 || fail "pkg-config cannot use taskforce-plugin-1.pc"
includedir=$("$pkg_config" --variable=includedir taskforce-plugin-1)/taskforce-1
abi=$("$pkg_config" --variable=abi taskforce-plugin-1)
plugindir=$("$pkg_config" --variable=plugindir taskforce-plugin-1)
echo "# abi=$abi plugindir=$plugindir"
[ -n "$abi" ] || fail "the .pc has no abi variable"
case "$plugindir" in
  "$dest$prefix"/*/taskforce/plugins) ;;
  *) fail "plugindir=$plugindir is not under $prefix" ;;
esac

# The installed headers stand on their own: every header they include
# from the SDK was installed too, and none pulls in libpeas (a plugin
# includes <libpeas/peas.h> itself) or SQLite.
[ -f "$includedir/taskforce.h" ] || fail "taskforce.h is not in $includedir"
for header in "$includedir"/*.h; do
  for name in $(sed -n 's/^#include "\(.*\)"/\1/p' "$header"); do
    [ -f "$includedir/$name" ] || fail "$(basename "$header") includes $name, which is not installed"
  done
done
if grep -l -E '#include <(libpeas/|sqlite3)' "$includedir"/*.h; then
  fail "an installed header includes libpeas or sqlite3"
fi

# The example's .plugin must name the ABI the SDK says
grep -qx "X-Taskforce-ABI=$abi" "$example/example.plugin" || fail "example.plugin does not say X-Taskforce-ABI=$abi"

# Build it as docs/plugins.md says, into the per-user plugin folder
data_home=$tmp/data
plugin=$data_home/taskforce/plugins/example
mkdir -p "$plugin"
# shellcheck disable=SC2046  # pkg-config output is meant to be split
"$cc" -shared -fPIC -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter \
      -Wmissing-prototypes -Werror \
      -o "$plugin/libexample.so" "$example/example-plugin.c" \
      $("$pkg_config" --cflags --libs taskforce-plugin-1)
cp "$example/example.plugin" "$example/example.area" "$plugin/"

# Only the entry point is exported
exported=$(nm -D --defined-only "$plugin/libexample.so" | awk '$2 == "T" { print $3 }')
[ "$exported" = "peas_register_types" ] || fail "libexample.so exports more than peas_register_types: $exported"

# Its translations, as docs/plugins.md says
mkdir -p "$plugin/locale/da/LC_MESSAGES"
msgfmt --check -o "$plugin/locale/da/LC_MESSAGES/taskforce-example.mo" "$example/po/da.po"

echo "# loading the example from $plugin"
env -u TASKFORCE_PLUGIN_PATH XDG_DATA_HOME="$data_home" \
  "$sdk_check" --loaded example example-youth-club "Youth club"

echo "# the same, in Danish"
env -u TASKFORCE_PLUGIN_PATH XDG_DATA_HOME="$data_home" LANGUAGE=da \
  "$sdk_check" --loaded example example-youth-club "Ungdomsklub"

echo "# the same plugin, claiming ABI 99"
sed -i 's/^X-Taskforce-ABI=.*/X-Taskforce-ABI=99/' "$plugin/example.plugin"
env -u TASKFORCE_PLUGIN_PATH XDG_DATA_HOME="$data_home" \
  "$sdk_check" --refused example "ABI 99"

echo "# the same plugin, without its area file"
sed -i "s/^X-Taskforce-ABI=.*/X-Taskforce-ABI=$abi/" "$plugin/example.plugin"
rm "$plugin/example.area"
env -u TASKFORCE_PLUGIN_PATH XDG_DATA_HOME="$data_home" \
  "$sdk_check" --refused example "example.area"

echo "PASS"
