#!/usr/bin/env bash
# Builds the signet container image from the repository's Dockerfile with podman:
#   bash scripts/release/image.sh [TAG]   (default localhost/signet:<version>) -> prints TAG
# 1. the base rootfs: mmdebstrap minbase + image/base-packages, from this machine's apt sources
#    (scripts/lib/apt-sources.sh; no mirror host in the repository), cached by a key over the
#    package list, the Debian release and the archive, and imported once as localhost/signet-base:KEY;
# 2. the context: dist/cli (needs `pnpm bundle`) stamped as the image artifact, image/signet, and
#    Node 24's binary from the npm `node` package (NODE_VERSION, as toolchain.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/toolchain.sh
SIGNET_PEERS=${SIGNET_PEERS:-$HOME/.cache/signet-peers}
source scripts/lib/apt-sources.sh
source scripts/lib/podman.sh
version=$(node -p 'require("./packages/cli/package.json").version')
tag=${1:-localhost/signet:$version}

codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
archive=$(debian_archive_uri "$codename")
security=$(debian_archive_uri "$codename-security" 2>/dev/null || true)
packages=$(grep -v '^#' image/base-packages | grep . | paste -sd, -)
key=$(printf '%s\n' "$codename" "$archive" "$security" "$packages" "minbase-nodoc-1" | sha256sum | cut -c1-16)
base=localhost/signet-base:$key
if ! signet_podman image exists "$base"; then
  tarball="$SIGNET_PEERS/image-base-$key.tar"
  if [ ! -f "$tarball" ]; then
    echo "==> mmdebstrap $codename minbase + $packages (from $archive)" >&2
    start=$SECONDS
    sources=("deb $archive $codename main" "deb $archive $codename-updates main")
    [ -n "$security" ] && sources+=("deb $security $codename-security main")
    mmdebstrap --quiet --format=tar --variant=minbase --include="$packages" \
      --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
      --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
      "$codename" "$tarball.partial" "${sources[@]}" >&2
    mv "$tarball.partial" "$tarball"
    echo "==> base rootfs in $((SECONDS - start))s" >&2
  fi
  signet_podman import --quiet "$tarball" "$base" >&2
fi

context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
[ -f dist/cli/index.js ] || { echo "dist/cli is missing: run pnpm bundle" >&2; exit 2; }
mkdir -p "$context/dist" "$context/image" "$context/node-v$NODE_VERSION"
cp -r dist/cli "$context/dist/cli"
node scripts/release/stamp.ts "$context/dist/cli" image 2>/dev/null
cp image/signet "$context/image/signet"
cp "$(node -p 'process.execPath')" "$context/node-v$NODE_VERSION/node"
start=$SECONDS
signet_podman build --quiet --network none --layers=false -f Dockerfile \
  --build-arg BASE="$base" --build-arg NODE_VERSION="$NODE_VERSION" -t "$tag" "$context" >&2
echo "==> built $tag in $((SECONDS - start))s ($(signet_podman image inspect --format '{{.Size}}' "$tag") bytes)" >&2
echo "$tag"
