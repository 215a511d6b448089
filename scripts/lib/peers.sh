# Sourced by scripts/test.sh: installs the real peers the tests judge signet with.
# Debian packages (registry, nginx WebDAV, gnupg, skopeo) and cosign built from source through
# the Go module proxy, cached per version so reruns cost nothing.
set -euo pipefail
SIGNET_PEERS=${SIGNET_PEERS:-$HOME/.cache/signet-peers}
COSIGN_V2_VERSION=v2.6.5
# cosign v3 writes sigstore bundles as OCI referrers by default: the judge of `--format bundle`.
COSIGN_V3_VERSION=v3.1.3
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

# skopeo with sigstore enabled (Debian bookworm's is patched to refuse sigstore), the judge of
# generated `sigstoreSigned` containers policies. Debian trixie's package, unpacked into the
# cache with a private apt configuration (nothing installed system-wide), run through trixie's
# own loader since it needs glibc 2.38.
SKOPEO_SIGSTORE_PACKAGES=(skopeo libgpgme11t64 libassuan9 libgpg-error0 libsqlite3-0 libc6 libdevmapper1.02.1 libbtrfs0t64)
install_trixie_skopeo() {
  local dir="$SIGNET_PEERS/skopeo-trixie"
  if [ ! -x "$dir/skopeo" ]; then
    echo "==> fetching skopeo with sigstore support from Debian trixie into $dir" >&2
    local work="$dir/apt"
    rm -rf "$dir" && mkdir -p "$work/sources" "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' >"$work/sources/trixie.sources"
    : >"$work/sources.list"
    local opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=$work/sources" -o "Dir::State::Lists=$work/lists"
      -o "Dir::Cache=$work/cache" -o "Dir::State::status=/dev/null" -o "APT::Sandbox::User=root")
    apt-get "${opts[@]}" update -qq >&2
    (cd "$work/debs" && apt-get "${opts[@]}" download "${SKOPEO_SIGSTORE_PACKAGES[@]}" >&2)
    for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
    rm -rf "$work"
    cat >"$dir/skopeo" <<SH
#!/bin/sh
exec "$dir/root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$dir/root/usr/lib/x86_64-linux-gnu" "$dir/root/usr/bin/skopeo" "\$@"
SH
    chmod +x "$dir/skopeo"
  fi
  "$dir/skopeo" --version >&2
  echo "$dir/skopeo"
}

# Tekton's own validation (tekton/validate: tektoncd/pipeline's v1 types and Validate), built
# from the pinned go.mod/go.sum; rebuilt only when those or the program change.
install_tekton_validate() {
  local src="$PWD/tekton/validate"
  local stamp
  stamp=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-16)
  local dir="$SIGNET_PEERS/tekton-validate-$stamp"
  if [ ! -x "$dir/validate" ]; then
    command -v go >/dev/null || { echo "Go is needed to build Tekton's validator" >&2; exit 2; }
    echo "==> building Tekton's validator (tektoncd/pipeline through the Go module proxy); first run takes a minute or two" >&2
    local start=$SECONDS
    (cd "$src" && GOFLAGS="-mod=readonly -buildvcs=false" go build -o "$dir/validate" .) >&2
    echo "==> built the Tekton validator in $((SECONDS - start))s" >&2
  fi
  echo "$dir/validate"
}

# A registry with the OCI 1.1 Referrers API (test/peers/ggcr-registry: go-containerregistry's
# pkg/registry with the API on), for the Referrers API path that docker-registry 2.8 lacks.
# Released distribution v3 has no Referrers API yet. Rebuilt only when its module changes.
install_referrers_registry() {
  local src="$PWD/test/peers/ggcr-registry"
  local stamp
  stamp=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-16)
  local dir="$SIGNET_PEERS/ggcr-registry-$stamp"
  if [ ! -x "$dir/ggcr-registry" ]; then
    command -v go >/dev/null || { echo "Go is needed to build the referrers registry" >&2; exit 2; }
    echo "==> building go-containerregistry's registry (Go module proxy); first run takes under a minute" >&2
    local start=$SECONDS
    (cd "$src" && GOFLAGS="-mod=readonly -buildvcs=false" go build -o "$dir/ggcr-registry" .) >&2
    echo "==> built the referrers registry in $((SECONDS - start))s" >&2
  fi
  echo "$dir/ggcr-registry"
}

# The Kyverno CLI (judge of generated ClusterPolicies). Kyverno's go.mod has a replace
# directive, so it is built from test/peers/kyverno, a module that requires it and repeats
# the replace. One dependency (openreports/reports-api at a pseudo-version) is served by the
# module proxy but missing from the checksum database, so only that module skips sumdb; its
# hash is still pinned by go.sum.
KYVERNO_VERSION=v1.15.2
install_kyverno() {
  local dir="$SIGNET_PEERS/kyverno-$KYVERNO_VERSION"
  if [ ! -x "$dir/kyverno" ]; then
    command -v go >/dev/null || { echo "Go is needed to build the Kyverno CLI" >&2; exit 2; }
    echo "==> building the Kyverno CLI $KYVERNO_VERSION from source (Go module proxy); first run takes about 10 minutes" >&2
    local start=$SECONDS
    (cd "$PWD/test/peers/kyverno" && GONOSUMDB=github.com/openreports/reports-api GOFLAGS="-mod=readonly -buildvcs=false" \
      go build -o "$dir/kyverno" github.com/kyverno/kyverno/cmd/cli/kubectl-kyverno) >&2
    echo "==> built the Kyverno CLI in $((SECONDS - start))s" >&2
  fi
  echo "$dir/kyverno"
}

install_apt_peers
SIGNET_SKOPEO_SIGSTORE=$(install_trixie_skopeo)
export SIGNET_SKOPEO_SIGSTORE
SIGNET_COSIGN=$(build_go_peer cosign github.com/sigstore/cosign/v2/cmd/cosign "$COSIGN_V2_VERSION")
export SIGNET_COSIGN

# HashiCorp Vault (for hashivault:// transit keys). Its go.mod replaces the api/sdk modules with
# ./api and ./sdk, which a module download does not contain (nested modules are cut out of the
# zip), so `go install vault@ver` fails. Build a temporary copy with those replaces dropped:
# the go.mod's own `require` pins then select the published api/sdk versions.
# Not called by the test suite: for v1.21.4 the published sdk v0.21.0 its go.mod requires does not
# match the release's in-tree sdk, so the build fails (docs/keysources.md); kept for a retry with
# a version whose published api/sdk match, after which tests could use `vault server -dev`.
VAULT_VERSION=${VAULT_VERSION:-v1.21.4}
build_vault() {
  local dir="$SIGNET_PEERS/vault-$VAULT_VERSION"
  if [ ! -x "$dir/vault" ]; then
    command -v go >/dev/null || { echo "Go is needed to build vault $VAULT_VERSION" >&2; return 2; }
    echo "==> building vault $VAULT_VERSION from source (Go module proxy); first run takes several minutes" >&2
    local start=$SECONDS src work
    src=$(go mod download -json "github.com/hashicorp/vault@$VAULT_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
    [ -n "$src" ] || { echo "cannot download vault $VAULT_VERSION" >&2; return 3; }
    work=$(mktemp -d)
    cp -r "$src/." "$work/" && chmod -R u+w "$work"
    sed -i -E '/^replace github.com\/hashicorp\/vault\/(api|sdk)[^ ]* => \.\//d' "$work/go.mod"
    (cd "$work" && GOFLAGS="-buildvcs=false -mod=mod" go build -o "$dir/vault" . >&2) || { rm -rf "$work"; return 3; }
    rm -rf "$work"
    echo "==> built vault $VAULT_VERSION in $((SECONDS - start))s" >&2
  fi
  echo "$dir/vault"
}

SIGNET_COSIGN_V3=$(build_go_peer cosign github.com/sigstore/cosign/v3/cmd/cosign "$COSIGN_V3_VERSION")
export SIGNET_COSIGN_V3
SIGNET_TEKTON_VALIDATE=$(install_tekton_validate)
export SIGNET_TEKTON_VALIDATE
SIGNET_REFERRERS_REGISTRY=$(install_referrers_registry)
export SIGNET_REFERRERS_REGISTRY
SIGNET_KYVERNO=$(install_kyverno)
export SIGNET_KYVERNO
# Docker Content Trust (Notary v1) judges.
source "$(dirname "${BASH_SOURCE[0]}")/peer-notary.sh"
