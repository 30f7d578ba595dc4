#!/usr/bin/env bash
# Runs the review web app's browser test (review.test.mjs) for ctest.
#   run.sh DSAR_BINARY SOURCE_DIR WORK_DIR
# Installs playwright-core from package-lock.json into WORK_DIR with `npm ci`
# when it is missing. Without chromium (or node) the test is skipped (exit
# 77) unless CI is set, where it must run.
set -euo pipefail
DSAR=$1
SRC=$2
WORK=$3
HERE="$SRC/tests/browser"

skip_or_fail() {
  if [ -n "${CI:-}" ]; then
    echo "review_browser: $1 (required when CI is set; run scripts/install-deps.sh)" >&2
    exit 1
  fi
  echo "review_browser: $1; skipping (install it with scripts/install-deps.sh)"
  exit 77
}

CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}
[ -n "$CHROMIUM" ] || skip_or_fail "chromium is not installed"
command -v node >/dev/null || skip_or_fail "node is not installed"
command -v npm >/dev/null || skip_or_fail "npm is not installed"

DEPS="$WORK/node"
mkdir -p "$DEPS"
if [ ! -f "$DEPS/node_modules/playwright-core/package.json" ] ||
   ! cmp -s "$HERE/package-lock.json" "$DEPS/package-lock.json"; then
  cp "$HERE/package.json" "$HERE/package-lock.json" "$DEPS/"
  (cd "$DEPS" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$HERE/review.test.mjs" "$DEPS/"
DSAR="$DSAR" DSAR_SOURCE_DIR="$SRC" CHROMIUM="$CHROMIUM" WORK_DIR="$WORK/run" \
  node "$DEPS/review.test.mjs"
