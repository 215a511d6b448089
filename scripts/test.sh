#!/usr/bin/env bash
# The whole test suite, from nothing: installs Node 24 + pnpm + dependencies, the Debian peers
# and cosign (built from source), then typechecks and runs unit and integration tests.
# Servers (docker-registry, nginx) are started by the tests themselves on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
source scripts/lib/peers.sh
echo "==> typecheck" >&2
pnpm -s typecheck
echo "==> bundle the CLI (benchmarks and the container image use it)" >&2
pnpm -s bundle
echo "==> unit + integration tests" >&2
exec node --test --test-reporter=spec --test-concurrency=3 \
  'packages/*/src/**/*.test.ts' 'test/integration/**/*.test.ts'
