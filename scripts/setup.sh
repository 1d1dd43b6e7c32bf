#!/usr/bin/env bash
# Installs every tool the build and the tests need, each only when it is missing or at the
# wrong version, and says what it skipped. Safe to run again and again; CI runs it on a fresh
# clone. Source it (`. scripts/setup.sh`) to keep the PATH it sets, or run it.
#
#   wasm32 target   rustup target add wasm32-unknown-unknown
#   trunk 0.21.x    cargo install trunk --version '~0.21' --locked   (0.22 needs a newer rustc)
#   wasm-bindgen    cargo install wasm-bindgen-cli --version <Cargo.lock's>   (no --locked: it fails)
#   node packages   npm ci   (Playwright, axe, and binaryen@132 whose wasm-opt Trunk uses)
#   chromium        apt-get install chromium   (never a browser downloaded by a test tool)
#
# Facts behind these choices: ../shared/TOOLCHAIN.md.

set -euo pipefail

BIIP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BIIP_ROOT

_setup_say() { printf '[setup] %s\n' "$*"; }
_setup_fail() { printf '[setup] ERROR: %s\n' "$*" >&2; return 1; }

# PATH: cargo-installed tools and the npm binaries (wasm-opt, playwright).
_cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$_cargo_bin:"*) ;; *) PATH="$_cargo_bin:$PATH" ;; esac
case ":$PATH:" in *":$BIIP_ROOT/node_modules/.bin:"*) ;; *) PATH="$BIIP_ROOT/node_modules/.bin:$PATH" ;; esac
export PATH
# Never let Playwright fetch a browser; we use Debian's Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    _setup_fail "need root (or sudo) to run: $*"
  fi
}

_apt_updated=0
_apt_install() {
  if [ "$_apt_updated" -eq 0 ]; then
    _as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    _apt_updated=1
  fi
  _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

_setup_rust() {
  command -v cargo >/dev/null 2>&1 || _setup_fail "cargo is not on PATH: install Rust with rustup first"
  command -v rustup >/dev/null 2>&1 || _setup_fail "rustup is not on PATH (needed for the wasm32 target)"
  if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    _setup_say "skip wasm32-unknown-unknown target: installed"
  else
    _setup_say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

_setup_trunk() {
  local have=""
  if command -v trunk >/dev/null 2>&1; then
    have="$(trunk --version 2>/dev/null | awk '{print $2}')" || have=""
  fi
  case "$have" in
    0.21.*) _setup_say "skip trunk: $have installed" ;;
    *)
      _setup_say "installing trunk ~0.21 (found: ${have:-none}); about 5 minutes on 2 cores"
      cargo install trunk --version '~0.21' --locked
      ;;
  esac
}

# The wasm-bindgen version pinned in Cargo.lock; the CLI must equal it exactly.
biip_wasm_bindgen_version() {
  awk '
    $0 == "[[package]]" { name = "" }
    $1 == "name" && $3 == "\"wasm-bindgen\"" { name = "wasm-bindgen" }
    $1 == "version" && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
  ' "$BIIP_ROOT/Cargo.lock"
}

_setup_wasm_bindgen() {
  local want have=""
  want="$(biip_wasm_bindgen_version)"
  [ -n "$want" ] || _setup_fail "no wasm-bindgen package in Cargo.lock"
  if command -v wasm-bindgen >/dev/null 2>&1; then
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" || have=""
  fi
  if [ "$have" = "$want" ]; then
    _setup_say "skip wasm-bindgen-cli: $have installed (Cargo.lock wants $want)"
  else
    _setup_say "installing wasm-bindgen-cli $want (found: ${have:-none}); about 2 minutes"
    # Without --locked on purpose: one of its locked dependencies is not on the registry.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  # Trunk.toml pins the same version so Trunk never tries to download one.
  if ! grep -q "^wasm_bindgen = \"$want\"" "$BIIP_ROOT/Trunk.toml"; then
    _setup_fail "Trunk.toml [tools] wasm_bindgen must be \"$want\" to match Cargo.lock"
  fi
}

_setup_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    _setup_say "installing node and npm from apt"
    _apt_install nodejs npm
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 20 ]; then
    _setup_fail "node $(node --version) is too old: Playwright needs node 20 or newer"
  fi
  # npm ci only when node_modules does not match package-lock.json.
  local stamp="$BIIP_ROOT/node_modules/.biip-lock.sha256" want
  want="$(sha256sum "$BIIP_ROOT/package-lock.json" | awk '{print $1}')"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && [ -x "$BIIP_ROOT/node_modules/.bin/playwright" ] && [ -x "$BIIP_ROOT/node_modules/.bin/wasm-opt" ]; then
    _setup_say "skip npm ci: node_modules matches package-lock.json"
  else
    _setup_say "running npm ci"
    (cd "$BIIP_ROOT" && npm ci --no-audit --no-fund)
    printf '%s\n' "$want" >"$stamp"
  fi
  local opt
  opt="$(wasm-opt --version 2>/dev/null || true)"
  case "$opt" in
    *"(version_132)"*) ;;
    *) _setup_fail "node_modules/.bin/wasm-opt says '$opt', expected version_132" ;;
  esac
}

_setup_chromium() {
  if [ -x /usr/bin/chromium ]; then
    _setup_say "skip chromium: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
  else
    _setup_say "installing chromium from apt"
    _apt_install chromium
  fi
  if ! command -v python3 >/dev/null 2>&1; then
    _setup_say "installing python3 (the static server for tests)"
    _apt_install python3
  fi
}

_setup_rust
_setup_trunk
_setup_wasm_bindgen
_setup_node
_setup_chromium
_setup_say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), node $(node --version)"
