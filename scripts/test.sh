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
# under a sub-path into dist-subpath/, the budget (tests/budget/measure.mjs, printed only),
# Lighthouse (tests/budget/lighthouse.mjs, printed only), Playwright
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

step "cargo clippy for the wasm app (feature hydrate, wasm32) -- -D warnings"
cargo clippy --target wasm32-unknown-unknown --features hydrate --lib --bins -- -D warnings

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

step "budget: gzip size of the home page (250 KB budget), cold load and search timings (printed)"
# Figures, printed, like Lighthouse below: the measure script exits non-zero when the home page
# is over 250 KB or the timings could not be taken, and that is reported here, loudly, without
# failing the run (the size is a target an issue tracks, not a test of behaviour).
node tests/budget/measure.mjs \
  || echo "!! the budget step reports a problem (over 250 KB gzip, or no timings): see its table above"

step "drag across the axis: main-thread work per step, from a Chromium trace (printed, never asserted)"
node tests/budget/drag-trace.mjs || echo "(the drag could not be traced this run: see above)"

step "Lighthouse mobile: home and an event page (printed, never asserted)"
# Figures for the README; a Lighthouse that cannot run is reported and does not fail the run.
node tests/budget/lighthouse.mjs || echo "(Lighthouse could not measure this run: see above)"

if [ -n "${SKIP_E2E:-}" ]; then
  step "Playwright: skipped (SKIP_E2E set)"
else
  step "Playwright end-to-end tests (tests/e2e)${CI:+, CI mode}"
  npx --no-install playwright test

  step "Playwright at scale: a synthetic timeline of 600 events (density axis, a list a page at a time)"
  # Built last: the switch changes the dataset compiled into the app, so dist/ is built first.
  rm -rf dist-synthetic
  BIIP_SYNTHETIC_EVENTS=600 trunk build --release --dist dist-synthetic
  BIIP_SCALE=1 BIIP_DIST=dist-synthetic npx --no-install playwright test --project=root
fi
