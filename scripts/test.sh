#!/usr/bin/env bash
# Installs whatever is missing, then runs every check, stopping at the first failure with a
# non-zero exit. CI runs this through .ci/run with CI=true (Playwright: no retries, no
# test.only).
#
#   scripts/test.sh                 everything
#   SKIP_E2E=1 scripts/test.sh      everything but the browser tests
#
# Steps: setup, cargo fmt --check, clippy (-D warnings), cargo test, the query benchmark
# (quick), trunk build --release (with the build step as its post_build hook), the same build
# under a sub-path into dist-subpath/, the budget (tests/budget/measure.mjs), Playwright
# (tests/e2e: every spec against dist/ at the root, the static-host spec also against
# dist-subpath/ under /some/path/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

STEP="(start)"
STARTED=$SECONDS
step() {
  STEP="$1"
  printf '\n==================================================================\n'
  printf '== %s\n' "$STEP"
  printf '==================================================================\n'
}
finish() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    printf '\n!! FAILED at step: %s (exit %s, after %ss)\n' "$STEP" "$rc" "$((SECONDS - STARTED))" >&2
  else
    printf '\n== all checks passed in %ss\n' "$((SECONDS - STARTED))"
  fi
}
trap finish EXIT

step "setup: tools (scripts/setup.sh)"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test --workspace"
cargo test --workspace

step "cargo bench -p biip-core --bench query (quick)"
# Divan bench; quick settings: fewer samples and at most 1 s per benchmark.
cargo bench -p biip-core --bench query -- --sample-count 20 --max-time 1

step "trunk build --release (and the biip-site build step as post_build hook)"
rm -rf dist
trunk build --release
test -f dist/index.html && test -f dist/404.html && test -f dist/sw.js \
  || { echo "dist/ lacks index.html, 404.html or sw.js: did the post_build hook run?" >&2; exit 1; }

step "trunk build --release --public-url /some/path/ (a sub-path deploy, into dist-subpath)"
rm -rf dist-subpath
trunk build --release --public-url /some/path/ --dist dist-subpath
grep -q '<base href="/some/path/">' dist-subpath/events/*/index.html \
  && test -f dist-subpath/404.html && test -f dist-subpath/sw.js \
  || { echo "dist-subpath/ lacks the sub-path base, 404.html or sw.js" >&2; exit 1; }

step "budget: gzip size of the home page (at most 250 KB), cold load and search timings"
# A build over the size budget is a failure, but the browser tests still run on it so one CI
# run reports both; the script fails at the end.
BUDGET_FAILED=0
node tests/budget/measure.mjs || BUDGET_FAILED=1

if [ -n "${SKIP_E2E:-}" ]; then
  step "Playwright: skipped (SKIP_E2E set)"
else
  step "Playwright end-to-end tests (tests/e2e)${CI:+, CI mode}"
  npx --no-install playwright test
fi

if [ "$BUDGET_FAILED" -ne 0 ]; then
  step "budget (from above)"
  echo "the budget step failed: see its table above" >&2
  exit 1
fi
