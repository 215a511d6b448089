# Sourced by scripts/test.sh: installs the real peers the tests judge signet with.
# Debian packages (registry, nginx WebDAV, gnupg, skopeo) and cosign built from source through
# the Go module proxy, cached per version so reruns cost nothing.
set -euo pipefail
SIGNET_PEERS=${SIGNET_PEERS:-$HOME/.cache/signet-peers}
COSIGN_V2_VERSION=v2.6.5
export SIGNET_PEERS

APT_PACKAGES=(docker-registry nginx-light skopeo gnupg apache2-utils openssl ca-certificates)

install_apt_peers() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> apt-get install ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# go install with a version pin: the Go module proxy verifies every module against the
# checksum database, and the build cache makes a rebuild after a cache hit take seconds.
build_go_peer() { # name module version
  local name=$1 module=$2 version=$3
  local dir="$SIGNET_PEERS/$name-$version"
  if [ ! -x "$dir/$name" ]; then
    command -v go >/dev/null || { echo "Go is needed to build $name $version (apt-get install golang)" >&2; exit 2; }
    echo "==> building $name $version from source (Go module proxy); first run takes a few minutes" >&2
    local start=$SECONDS
    GOBIN="$dir" GOFLAGS=-buildvcs=false go install "$module@$version" >&2
    echo "==> built $name $version in $((SECONDS - start))s" >&2
  fi
  echo "$dir/$name"
}

install_apt_peers
SIGNET_COSIGN=$(build_go_peer cosign github.com/sigstore/cosign/v2/cmd/cosign "$COSIGN_V2_VERSION")
export SIGNET_COSIGN
