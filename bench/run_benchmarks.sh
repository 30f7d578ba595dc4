#!/usr/bin/env bash
# Measures dsar's extraction speed and memory beside reference tools on the
# same files, and writes docs/benchmarks.md. Run from the repository root
# after building (make build):  bash bench/run_benchmarks.sh [build-dir]
#
#   text PDFs : dsar extract  vs  pdftotext          (pages/s, MB/s, peak RSS)
#   300-dpi scans: dsar extract (OCR)  vs  tesseract CLI   (pages/s, peak RSS)
#   memory flat in the number of pages: dsar on 50 vs 200 pages
#   detection : dsar_eval's DetectPersonalData throughput (MB/s of text)
set -euo pipefail
BUILD=${1:-build}
DSAR="$BUILD/pipeline/cli/dsar"
EVAL="$BUILD/bench/dsar_eval"
[ -x "$DSAR" ] || { echo "build first: make build" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Best (lowest) wall time and peak RSS of a command over 3 runs.
measure() {
  local best_t=999999 best_m=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    read -r t m < "$WORK/t"
    if awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [ "$m" -gt "$best_m" ]; then best_m=$m; fi
  done
  echo "$best_t $best_m"
}

# A text PDF of N pages, from the sample page builder.
make_pdf() {
  python3 - "$1" "$2" <<'PY'
import sys, os
sys.path.insert(0, "samples/tools")
import make_sample_pdf as g
pages = [g.PAGE_1, g.PAGE_2] * (int(sys.argv[2]) // 2)
open(sys.argv[1], "wb").write(g.build_pdf(pages))
PY
}

make_pdf "$WORK/p50.pdf" 50
make_pdf "$WORK/p200.pdf" 200
PDF_MB=$(awk "BEGIN{printf \"%.2f\", $(stat -c %s "$WORK/p200.pdf")/1e6}")
read -r ref_t ref_m < <(measure pdftotext "$WORK/p200.pdf" "$WORK/out.txt")
read -r ds_t ds_m < <(measure "$DSAR" -q extract "$WORK/p200.pdf")
read -r ds50_t ds50_m < <(measure "$DSAR" -q extract "$WORK/p50.pdf")

# 300-dpi scans: the two sample pages rasterised, 6 pages in all.
pdftoppm -r 300 -gray -png "$WORK/p50.pdf" -f 1 -l 6 "$WORK/scan" >/dev/null
SCANS=("$WORK"/scan-*.png)
NSCAN=${#SCANS[@]}
read -r tes_t tes_m < <(measure bash -c 'for f in "$@"; do tesseract "$f" stdout >/dev/null 2>&1; done' _ "${SCANS[@]}")
read -r ocr_t ocr_m < <(measure "$DSAR" -q extract "${SCANS[@]}")
read -r tes1_t tes1_m < <(measure env OMP_THREAD_LIMIT=1 bash -c 'for f in "$@"; do tesseract "$f" stdout >/dev/null 2>&1; done' _ "${SCANS[@]}")

DETECT="(not built)"
if [ -x "$EVAL" ]; then
  DETECT=$("$EVAL" --labels tests/eval/labels.jsonl --examples 0 | sed -n 's/^throughput: DetectPersonalData over the school set: \([0-9.]*\) MB\/s.*/\1/p')
fi

ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
rate() { awk "BEGIN{printf \"%.1f\", $1/$2}"; }
{
  echo "# Benchmarks"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on this project's machine ($(nproc) cores), Release build, by"
  echo "\`bench/run_benchmarks.sh\`: best wall time of 3 runs, peak RSS from \`/usr/bin/time\`."
  echo "dsar's times include starting the process, typing the file, the isolated worker and"
  echo "the JSON document model (words with boxes) that ingest stores."
  echo
  echo "| work | dsar | reference | dsar / reference (time) | dsar peak RSS | reference peak RSS |"
  echo "| --- | --- | --- | --- | --- | --- |"
  echo "| text PDF, 200 pages ($PDF_MB MB) | $ds_t s, $(rate 200 "$ds_t") pages/s, $(rate "$PDF_MB" "$ds_t") MB/s | pdftotext $ref_t s, $(rate 200 "$ref_t") pages/s | $(ratio "$ds_t" "$ref_t") | $ds_m KB | $ref_m KB |"
  echo "| 300-dpi scans, $NSCAN pages (OCR) | $ocr_t s, $(rate "$NSCAN" "$ocr_t") pages/s | tesseract CLI $tes_t s ($(rate "$NSCAN" "$tes_t") pages/s) | $(ratio "$ocr_t" "$tes_t") | $ocr_m KB | $tes_m KB |"
  echo "| same scans, tesseract single-threaded | | OMP_THREAD_LIMIT=1: $tes1_t s | $(ratio "$ocr_t" "$tes1_t") | | $tes1_m KB |"
  echo
  echo "Memory against pages (text PDF): 50 pages $ds50_m KB, 200 pages $ds_m KB peak RSS."
  echo
  echo "Detection (\`DetectPersonalData\`, one thread, school evaluation set): $DETECT MB/s of text."
  echo
  echo "Targets (issue 4): text path at least half the speed of \`pdftotext\` (ratio ≤ 2.0); OCR"
  echo "within 1.2× of the \`tesseract\` CLI per page; memory flat in the number of pages."
  echo "Target (issue 6): detection ≥ 20 MB/s per core."
} > docs/benchmarks.md
cat docs/benchmarks.md
