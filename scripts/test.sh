#!/usr/bin/env bash
# The whole test suite, from nothing: installs Node 24 + pnpm + dependencies, the Debian peers
# and cosign (built from source), then typechecks and runs unit and integration tests.
# Servers (docker-registry, nginx) are started by the tests themselves on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
source scripts/lib/peers.sh
# V8's compile cache for every Node process of the run (test files, the CLI they start ~1000
# times, tsc, ncc): type-stripped TypeScript and its bytecode are reused across processes and
# runs, checked against each file's content. A CLI start costs ~0.15 s of CPU with it, ~0.4 s without.
export NODE_COMPILE_CACHE=${NODE_COMPILE_CACHE:-$SIGNET_CACHE/compile-cache}
# tsc and ncc are one core each: side by side on the 2-core machines.
echo "==> typecheck, and bundle the CLI (benchmarks, the npm package and the container image use it)" >&2
pnpm -s typecheck &
typecheck=$!
trap 'kill $typecheck 2>/dev/null || true' EXIT
# `pnpm bundle`, or the same inputs' bundle from the build cache (scripts/lib/build-cache.ts).
node scripts/lib/build-cache.ts cli-bundle
wait $typecheck
trap - EXIT
echo "==> unit + integration tests" >&2
# The slowest files first, three at a time (scripts/run-tests.ts).
exec node scripts/run-tests.ts --concurrency "${SIGNET_TEST_CONCURRENCY:-3}"
