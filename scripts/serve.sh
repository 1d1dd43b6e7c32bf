#!/usr/bin/env bash
# Installs whatever is missing, builds the site and serves it at http://127.0.0.1:8080/.
#
#   scripts/serve.sh            release build (trunk build --release, then the build step),
#                               served as plain static files the way production serves them:
#                               real pages for every event, 404.html for unknown addresses,
#                               no single-page-app fallback.
#   scripts/serve.sh --dev      `trunk serve`: debug build, rebuilds and reloads on change.
#
# Environment: PORT (default 8080), BIND (default 127.0.0.1), PUBLIC_URL (default /; e.g.
# /timeline/ to try a sub-path deploy; the static server then serves dist/ under that path
# only if you put it there yourself, so use this with --dev or your own host).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

PORT="${PORT:-8080}"
BIND="${BIND:-127.0.0.1}"
PUBLIC_URL="${PUBLIC_URL:-/}"

if [ "${1:-}" = "--dev" ]; then
  echo "== trunk serve (debug build, live reload) at http://$BIND:$PORT${PUBLIC_URL}"
  exec trunk serve --address "$BIND" --port "$PORT" --public-url "$PUBLIC_URL"
fi

echo "== trunk build --release (public URL $PUBLIC_URL)"
trunk build --release --public-url "$PUBLIC_URL"
echo "== serving dist/ at http://$BIND:$PORT/ (Ctrl-C to stop)"
exec python3 scripts/static_server.py --bind "$BIND" --port "$PORT" --directory dist
