#!/usr/bin/env bash
# Prices a build option: builds the app's wasm the way Trunk does (release, feature hydrate),
# runs wasm-bindgen and `wasm-opt -Oz`, and prints the raw and gzip sizes. Extra arguments go
# to cargo; environment variables (CARGO_TARGET_DIR, RUSTFLAGS, CARGO_PROFILE_RELEASE_*) change
# the build. Keep a separate CARGO_TARGET_DIR per option, or each run rebuilds everything.
#
#   scripts/wasm-size.sh                                        the current build
#   CARGO_TARGET_DIR=/tmp/t-s CARGO_PROFILE_RELEASE_OPT_LEVEL=s scripts/wasm-size.sh
#   CARGO_TARGET_DIR=/tmp/t-plain RUSTFLAGS=-Cdebuginfo=0 scripts/wasm-size.sh   (no erase_components)
#
# Also writes a copy that keeps function names (out/named.wasm) for `twiggy top`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
target="${CARGO_TARGET_DIR:-target}"
out="${WASM_SIZE_OUT:-$target/wasm-size}"
cargo build --quiet --release --target wasm32-unknown-unknown --bin biip-timeline --features hydrate "$@"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name app \
  "$target/wasm32-unknown-unknown/release/biip-timeline.wasm"
wasm-opt -Oz "$out/app_bg.wasm" -o "$out/app.wasm"
wasm-opt -Oz -g "$out/app_bg.wasm" -o "$out/named.wasm"
for file in app.wasm app.js; do
  printf '%-10s raw %8d  gzip -9 %8d\n' "$file" "$(wc -c <"$out/$file")" "$(gzip -9c "$out/$file" | wc -c)"
done
