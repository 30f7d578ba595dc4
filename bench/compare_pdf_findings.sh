#!/usr/bin/env bash
# Runs two dsar binaries' `extract --json` over every PDF of the public
# corpora and samples/ and reports any file whose output differs: text, words
# and boxes, hidden content, warnings, stderr or exit status. For changes
# that must not change what is found (speed work). Run from the repository
# root:  bash bench/compare_pdf_findings.sh OLD_DSAR NEW_DSAR [corpora-dir]
set -euo pipefail
OLD=$1
NEW=$2
CORPORA=${3:-../shared/corpora}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
find "$CORPORA" samples -iname '*.pdf' -type f | sort > "$WORK/list"
n=0
same=0
while IFS= read -r f; do
  n=$((n + 1))
  for side in old new; do
    bin=$OLD
    [ "$side" = new ] && bin=$NEW
    set +e
    timeout 600 "$bin" -q extract --json "$f" > "$WORK/$side.json" 2> "$WORK/$side.err"
    echo $? > "$WORK/$side.rc"
    set -e
  done
  if cmp -s "$WORK/old.json" "$WORK/new.json" && cmp -s "$WORK/old.err" "$WORK/new.err" &&
     cmp -s "$WORK/old.rc" "$WORK/new.rc"; then
    same=$((same + 1))
  else
    echo "differs: $f"
  fi
done < "$WORK/list"
echo "$same of $n PDFs give identical output (JSON document, warnings, exit status)"
[ "$same" = "$n" ]
