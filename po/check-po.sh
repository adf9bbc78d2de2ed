#!/usr/bin/env bash
# Checks that every translation in po/LINGUAS is complete and in sync with the
# sources, the way `ninja taskforce-pot taskforce-update-po` would see them:
#
#  1. po/POTFILES.in lists every existing file, and no source file with
#     translatable strings is missing from it;
#  2. `msgfmt --check` accepts each po/LL.po as it is;
#  3. xgettext over POTFILES.in (same options as i18n.gettext(preset: 'glib')
#     in po/meson.build) gives a fresh template; each LL.po is msgmerge'd
#     against it into a temporary file, and that file must have no
#     untranslated and no fuzzy messages and pass `msgfmt --check`.
#
# Nothing in po/ is modified. Run from anywhere; meson runs it as test
# 'check-po' (suite 'po').
set -euo pipefail

export LC_ALL=C.UTF-8      # English, parseable msgfmt statistics
cd "$(dirname "$0")/.."
root=$PWD

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

# The template comes from po/make-pot.sh (sources + work-area files).

for tool in xgettext msgmerge msgfmt msgattrib msgcat; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool not found (apt-get install gettext)" >&2; exit 1; }
done

# --- 1. POTFILES.in --------------------------------------------------------

potfiles=po/POTFILES.in
[ -f "$potfiles" ] || { echo "FAIL: $potfiles does not exist (run po/update-potfiles.sh)" >&2; exit 1; }

grep -vE '^[[:space:]]*(#|$)' "$potfiles" | sed 's/[[:space:]]*$//' | LC_ALL=C sort -u > "$tmp/listed"

while IFS= read -r f; do
  [ -f "$f" ] || fail "$potfiles lists $f, which does not exist (run po/update-potfiles.sh)"
done < "$tmp/listed"

# Files that must be listed: C sources/headers using a gettext mark, .ui files
# with translatable properties, desktop entries and metainfo templates.
c_mark_re='(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)[[:space:]]*\('
bash po/update-potfiles.sh --print | while IFS= read -r f; do
  case "$f" in
    *.c|*.h) grep -qE "$c_mark_re" "$f" && echo "$f" ;;
    *.ui) grep -qE 'translatable="(yes|true|1)"' "$f" && echo "$f" ;;
    *) echo "$f" ;;
  esac
done | LC_ALL=C sort -u > "$tmp/needed" || true

missing=$(LC_ALL=C comm -23 "$tmp/needed" "$tmp/listed")
if [ -n "$missing" ]; then
  fail "these files have translatable strings but are not in $potfiles (run po/update-potfiles.sh):"
  printf '  %s\n' $missing >&2
fi

# --- 2./3. each language ---------------------------------------------------

langs=$(grep -vE '^[[:space:]]*(#|$)' po/LINGUAS || true)
[ -n "$langs" ] || { echo "FAIL: po/LINGUAS lists no language" >&2; exit 1; }

if [ "$failed" -eq 0 ]; then
  if ! po/make-pot.sh "$tmp/taskforce.pot" 2> "$tmp/xgettext.err"; then
    cat "$tmp/xgettext.err" >&2
    fail "xgettext could not extract the messages"
  else
    # xgettext warnings (e.g. a format string without a translator comment) are shown, not fatal
    # — except a msgid cut short in a format directive: a macro such as
    # G_GINT64_FORMAT inside _() leaves the translation looking for "Version %".
    [ -s "$tmp/xgettext.err" ] && sed 's/^/xgettext: /' "$tmp/xgettext.err" >&2
    if grep -q "ends in the middle of a directive" "$tmp/xgettext.err"; then
      fail "a translatable string is cut short inside a format directive (a macro such as G_GINT64_FORMAT inside _()?)"
    fi
  fi
fi

for lang in $langs; do
  po=po/$lang.po
  if [ ! -f "$po" ]; then
    fail "$po does not exist"
    continue
  fi

  if ! out=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    echo "$out" >&2
    fail "msgfmt --check rejects $po"
    continue
  fi
  echo "$po as committed: $out"

  [ "$failed" -eq 0 ] || continue

  merged=$tmp/$lang.po
  if ! msgmerge --quiet --previous -o "$merged" "$po" "$tmp/taskforce.pot" 2>&1; then
    fail "msgmerge $po failed"
    continue
  fi

  if ! stats=$(msgfmt --check --statistics -o /dev/null "$merged" 2>&1); then
    echo "$stats" >&2
    fail "msgfmt --check rejects $po merged with the current sources"
    continue
  fi
  echo "$po merged with the sources: $stats"

  if grep -qE 'untranslated|fuzzy' <<< "$stats"; then
    fail "$po is not complete: $stats"
    untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$merged" | sed '1,/^$/d')
    if [ -n "$untranslated" ]; then
      echo "--- untranslated messages (add them to $po) ---" >&2
      echo "$untranslated" >&2
    fi
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$merged" | sed '1,/^$/d')
    if [ -n "$fuzzy" ]; then
      echo "--- fuzzy messages (the source text changed: update the translation, drop '#, fuzzy') ---" >&2
      echo "$fuzzy" >&2
    fi
  fi

  # Translations of strings no longer in the sources are harmless; just say so.
  obsolete=$(msgattrib --only-obsolete --no-wrap "$merged" | grep -c '^#~ msgid ' || true)
  if [ "${obsolete:-0}" -gt 0 ]; then
    echo "note: $po has $obsolete message(s) no longer in the sources:"
    msgattrib --only-obsolete --no-wrap "$merged" | grep '^#~ msgid ' | sed 's/^#~ /  /'
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "check-po: FAILED" >&2
  exit 1
fi
echo "check-po: OK"
