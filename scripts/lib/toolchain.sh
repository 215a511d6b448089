# Sourced by the scripts: puts Node 24 (the runtime GitHub Actions' node24 uses) and pnpm on
# PATH, installing both from the npm registry into a cache on first use, then installs the
# workspace's dependencies. Idempotent and quiet when everything is already there.
set -euo pipefail
SIGNET_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SIGNET_CACHE=${SIGNET_CACHE:-$HOME/.cache/signet}
NODE_VERSION=24.21.0
PNPM_VERSION=10.34.9
export SIGNET_ROOT SIGNET_CACHE

_node_dir=$SIGNET_CACHE/node-$NODE_VERSION
if [ ! -x "$_node_dir/node_modules/node/bin/node" ]; then
  echo "==> installing Node $NODE_VERSION into $_node_dir" >&2
  command -v npm >/dev/null || { echo "npm is required to bootstrap Node $NODE_VERSION (apt-get install npm)" >&2; exit 2; }
  npm install --prefix "$_node_dir" --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" "pnpm@$PNPM_VERSION" >&2
fi
export PATH="$_node_dir/node_modules/node/bin:$_node_dir/node_modules/.bin:$PATH"
[ "$(node --version)" = "v$NODE_VERSION" ] || { echo "Node bootstrap failed: $(command -v node) is $(node --version)" >&2; exit 2; }

if [ ! -f "$SIGNET_ROOT/node_modules/.modules.yaml" ] || [ "$SIGNET_ROOT/pnpm-lock.yaml" -nt "$SIGNET_ROOT/node_modules/.modules.yaml" ]; then
  echo "==> pnpm install" >&2
  (cd "$SIGNET_ROOT" && pnpm install --frozen-lockfile --reporter=silent >&2)
fi
