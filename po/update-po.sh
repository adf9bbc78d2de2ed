#!/usr/bin/env bash
# Brings po/LL.po up to date with the sources (including the work-area files,
# which meson's taskforce-update-po target does not see): new messages are
# added untranslated, changed ones marked fuzzy. Translate them, then run
# the 'check-po' test.   po/update-po.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
po/update-potfiles.sh >/dev/null
po/make-pot.sh "$tmp"
for lang in $(grep -vE '^[[:space:]]*(#|$)' po/LINGUAS); do
  msgmerge --quiet --update --backup=none --previous "po/$lang.po" "$tmp"
  echo "po/$lang.po: $(msgfmt --statistics -o /dev/null "po/$lang.po" 2>&1)"
done
