#!/usr/bin/env bash
# The main job on an embedded default: a generated key, a small image in a local OCI layout,
# sign, verify, and the admission policy for it. Needs only Node (bootstrapped here).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/signet-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
signet() { node packages/cli/src/main.ts "$@"; }
export COSIGN_PASSWORD=demo-password

step() { printf '\n\033[1m$ %s\033[0m\n' "$*" >&2; }
step "signet generate-key-pair --output-key-prefix $work/cosign"
signet generate-key-pair --output-key-prefix "$work/cosign"
step "signet demo-image oci:$work/layout:v1"
image=$(signet demo-image "oci:$work/layout:v1")
echo "$image"
step "signet sign --key $work/cosign.key $image"
signet sign --key "$work/cosign.key" "$image"
step "signet verify --key $work/cosign.pub $image"
signet verify --key "$work/cosign.pub" "$image"
step "signet triangulate $image"
signet triangulate "$image"
step "signet policy kyverno --key $work/cosign.pub 'registry.example.com/demo/**'"
signet policy kyverno --key "$work/cosign.pub" 'registry.example.com/demo/**'
echo >&2
echo "Demo finished: signed and verified $image, and printed the Kyverno policy requiring the same key" >&2
