#!/usr/bin/env bash
# Writes the complete message template to $1: the C sources, templates and
# desktop files listed in POTFILES.in (xgettext options of meson's 'glib'
# preset, as in po/meson.build), plus the work-area files plugins/*/*.area,
# whose keys Title, Label, Help, Organisation and Description are translated
# at run time (tf-area.h) and are read with xgettext's desktop-file parser.
set -euo pipefail

out=${1:?usage: po/make-pot.sh OUTPUT.pot}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

grep -vE '^[[:space:]]*(#|$)' po/POTFILES.in | sed 's/[[:space:]]*$//' > "$tmp/listed"
xgettext --package-name=taskforce --from-code=UTF-8 --add-comments \
  -k_ --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 --keyword=Description \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format --flag=g_snprintf:3:c-format \
  -f "$tmp/listed" -o "$tmp/sources.pot"

find plugins -path '*/build*' -prune -o -name '*.area' -print | LC_ALL=C sort > "$tmp/areas"
if [ -s "$tmp/areas" ]; then
  xgettext --package-name=taskforce --from-code=UTF-8 -L Desktop \
    --keyword=Title --keyword=Label --keyword=Help --keyword=Organisation --keyword=Description \
    -f "$tmp/areas" -o "$tmp/areas.pot"
  msgcat --use-first "$tmp/sources.pot" "$tmp/areas.pot" -o "$out"
else
  cp "$tmp/sources.pot" "$out"
fi
