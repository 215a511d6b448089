# Sourced by scripts/test.sh: installs the real peers the tests judge signet with.
# Debian packages (registry, nginx WebDAV, gnupg, skopeo) and cosign built from source through
# the Go module proxy, cached per version so reruns cost nothing.
# A warm run only checks that each peer is there (one dpkg query, one stat per built peer). On a
# cold run the network-bound work (apt, the trixie debs, pip, the Go module downloads of every
# peer still to build) runs beside the CPU-bound Go builds, which run one after the other.
set -euo pipefail
SIGNET_PEERS=${SIGNET_PEERS:-$HOME/.cache/signet-peers}
COSIGN_V2_VERSION=v2.6.5
# cosign v3 writes sigstore bundles as OCI referrers by default: the judge of `--format bundle`.
COSIGN_V3_VERSION=v3.1.3
export SIGNET_PEERS
source "$(dirname "${BASH_SOURCE[0]}")/apt-sources.sh"

APT_PACKAGES=(docker-registry nginx-light skopeo gnupg apache2-utils openssl ca-certificates)
# Functions the peer files register to run once the apt packages are in place.
PEERS_AFTER_APT=()

# Every missing package of APT_PACKAGES in one apt-get call (serialised with the machine's apt lock).
install_apt_peers() {
  local missing=() p status
  declare -A installed=()
  while read -r p status; do
    [ "$status" = installed ] && installed[$p]=1
  done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${APT_PACKAGES[@]}" 2>/dev/null || true)
  for p in "${APT_PACKAGES[@]}"; do
    [ -n "${installed[$p]:-}" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> apt-get install ${missing[*]}" >&2
  local sudo="" lock=()
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v flock >/dev/null && lock=(flock /tmp/signet-apt.lock)
  $sudo "${lock[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo "${lock[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Every Go peer builds with the same settings, so the standard library and the dependencies the
# peers share at the same version compile once into Go's one build cache (and one module cache,
# both Go's defaults under $HOME): no cgo (how cosign, Kyverno and Kubernetes build their release
# binaries; a cgo build of net and os/user would not be shared with kube-apiserver's), -trimpath
# (no build paths in the binaries), no VCS stamping (module zips have no .git). One Kyverno
# dependency (openreports/reports-api at a pseudo-version) is served by the module proxy but
# missing from the checksum database, so only that module skips sumdb; go.sum still pins it.
peer_go() {
  CGO_ENABLED=0 GOFLAGS="-buildvcs=false -trimpath" GONOSUMDB=github.com/openreports/reports-api go "$@"
}

# go_peer_build WHAT SOURCE GO-ARGS...: builds a missing Go peer with `peer_go GO-ARGS` (in
# SOURCE when it is a directory, a wrapper module; else SOURCE is the module@version that
# `go install` fetches). In the planning pass (PEERS_PLAN=1) it only queues SOURCE's module
# downloads, which then run in the background while the first build compiles.
GO_PREFETCH=()
go_peer_build() {
  local what=$1 src=$2
  shift 2
  if [ -n "${PEERS_PLAN:-}" ]; then
    GO_PREFETCH+=("$src")
    return 0
  fi
  command -v go >/dev/null || { echo "Go is needed to build $what (apt-get install golang)" >&2; exit 2; }
  echo "==> building $what from source (Go module proxy)" >&2
  local start=$SECONDS
  if [ -d "$src" ]; then (cd "$src" && peer_go "$@") >&2; else peer_go "$@" >&2; fi
  echo "==> built $what in $((SECONDS - start))s" >&2
}
# Downloads the modules of every queued peer (best effort: a build downloads what is missing).
go_prefetch() {
  local src dir
  # The first queued peer builds at once and downloads its own modules.
  for src in "${GO_PREFETCH[@]:1}"; do
    if [ -d "$src" ]; then
      (cd "$src" && peer_go mod download) >&2
    else # the module's own go.mod lists what `go install module/cmd@version` needs
      dir=$(peer_go mod download -json "$src" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
      [ -n "$dir" ] && (cd "$dir" && peer_go mod download) >&2
    fi || echo "==> prefetching the Go modules of $src failed; its build fetches them" >&2
  done
}

# go install with a version pin: the Go module proxy verifies every module against the
# checksum database, and the build cache makes a rebuild after a cache hit take seconds.
build_go_peer() { # name package module version
  local name=$1 package=$2 module=$3 version=$4
  local dir="$SIGNET_PEERS/$name-$version"
  [ -x "$dir/$name" ] || GOBIN="$dir" go_peer_build "$name $version" "$module@$version" install "$package@$version"
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
    local archive
    archive=$(debian_archive_uri) || exit 2
    printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$archive" >"$work/sources/trixie.sources"
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
  # tektoncd/pipeline: a minute or two cold
  [ -x "$dir/validate" ] || go_peer_build "Tekton's validator" "$src" build -o "$dir/validate" .
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
  [ -x "$dir/ggcr-registry" ] || go_peer_build "go-containerregistry's registry" "$src" build -o "$dir/ggcr-registry" .
  echo "$dir/ggcr-registry"
}

# The Kyverno CLI (judge of generated ClusterPolicies). Kyverno's go.mod has a replace
# directive, so it is built from test/peers/kyverno, a module that requires it and repeats
# the replace (and needs the GONOSUMDB exception of peer_go). About 4 minutes cold.
KYVERNO_VERSION=v1.15.2
install_kyverno() {
  local dir="$SIGNET_PEERS/kyverno-$KYVERNO_VERSION"
  [ -x "$dir/kyverno" ] || go_peer_build "the Kyverno CLI $KYVERNO_VERSION" "$PWD/test/peers/kyverno" \
    build -o "$dir/kyverno" github.com/kyverno/kyverno/cmd/cli/kubectl-kyverno
  echo "$dir/kyverno"
}

# Peers in their own files (each may add to APT_PACKAGES and PEERS_AFTER_APT).
source "$(dirname "${BASH_SOURCE[0]}")/peer-sigserver.sh"
source "$(dirname "${BASH_SOURCE[0]}")/peer-openbao.sh"
source "$(dirname "${BASH_SOURCE[0]}")/peer-kube-apiserver.sh"
source "$(dirname "${BASH_SOURCE[0]}")/peer-policy-tester.sh"
# Docker Content Trust (Notary v1) judges.
source "$(dirname "${BASH_SOURCE[0]}")/peer-notary.sh"
source "$(dirname "${BASH_SOURCE[0]}")/peer-release.sh"

# The Go peers, built one after the other (each build uses both cores): VARIABLE install-command.
GO_PEERS=(
  "SIGNET_COSIGN build_go_peer cosign github.com/sigstore/cosign/v2/cmd/cosign github.com/sigstore/cosign/v2 $COSIGN_V2_VERSION"
  "SIGNET_COSIGN_V3 build_go_peer cosign github.com/sigstore/cosign/v3/cmd/cosign github.com/sigstore/cosign/v3 $COSIGN_V3_VERSION"
  "SIGNET_TEKTON_VALIDATE install_tekton_validate"
  "SIGNET_REFERRERS_REGISTRY install_referrers_registry"
  "SIGNET_KYVERNO install_kyverno"
  "SIGNET_KUBE_APISERVER install_kube_apiserver"
  "SIGNET_POLICY_TESTER install_policy_tester"
)

# Background jobs whose stdout becomes a variable once peers_wait has seen them succeed.
_peers_out=$(mktemp -d)
_peers_jobs=()
peer_job() { # VARIABLE command...
  local var=$1
  shift
  ("$@" >"$_peers_out/$var") &
  _peers_jobs+=("$!:$var")
}
peers_wait() {
  local job var
  for job in "${_peers_jobs[@]}"; do
    var=${job#*:}
    wait "${job%%:*}" || { echo "==> installing the peers failed ($var)" >&2; rm -rf "$_peers_out"; exit 2; }
    [ "$var" = - ] || declare -gx "$var=$(cat "$_peers_out/$var")"
  done
  _peers_jobs=()
}

# Planning pass: which Go peers are missing, so their modules download beside the first build.
PEERS_PLAN=1
for _peer in "${GO_PEERS[@]}"; do
  read -r -a _cmd <<<"$_peer"
  "${_cmd[@]:1}" >/dev/null
done
unset PEERS_PLAN
# Network-bound, beside the builds: apt then OpenBao's venv (it needs python3-venv), trixie's skopeo, Go modules.
apt_then_openbao() { install_apt_peers && install_openbao; }
peer_job SIGNET_OPENBAO apt_then_openbao
peer_job SIGNET_SKOPEO_SIGSTORE install_trixie_skopeo
[ ${#GO_PREFETCH[@]} -eq 0 ] || peer_job - go_prefetch
for _peer in "${GO_PEERS[@]}"; do
  read -r -a _cmd <<<"$_peer"
  _value=$("${_cmd[@]:1}") || { for _job in "${_peers_jobs[@]}"; do kill "${_job%%:*}" 2>/dev/null || true; done; rm -rf "$_peers_out"; exit 2; }
  export "${_cmd[0]}=$_value"
done
peers_wait
rm -rf "$_peers_out"
unset _peer _cmd _value _job
for _hook in "${PEERS_AFTER_APT[@]}"; do "$_hook"; done
unset _hook
