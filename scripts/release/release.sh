#!/usr/bin/env bash
# Every step of a release, so .github/workflows/release.yml only calls this script and CI runs the
# same steps with `dry-run` (test/integration/image.test.ts): nothing is published then.
#
#   release.sh binary                      the single executable for this runner -> dist/release
#   release.sh npm [--publish]             the npm tarballs -> dist/release (published with provenance)
#   release.sh image TAG [PUSH_AS]         build the container image as TAG (image.sh), push it as
#                                          PUSH_AS (default TAG), print PUSH_AS's repository@digest
#   release.sh sign-image IMAGE@DIGEST     sign it with the signet binary, then cosign verifies it
#   release.sh checksums DIR               SHA256SUMS over DIR's binaries and tarballs, signed with
#                                          cosign sign-blob, then cosign verify-blob checks it
#   release.sh publish VERSION DIGEST DIR  the GitHub release, the pinned files, the major tag
#   release.sh dry-run [--registry HOST] [--out DIR] [--image-tag TAG] [--reuse-bundle]
#                                          all of the above on this machine: pushed to a local
#                                          registry (a private docker-registry when none is given),
#                                          signed with a generated key instead of keyless (no OIDC
#                                          here; the public key lands in DIR/release.pub), publish
#                                          pins a scratch copy and prints what it would do;
#                                          --reuse-bundle: dist/cli as built (scripts/test.sh did)
# Signing is keyless in the workflow (SIGNET_RELEASE_KEY unset) and with SIGNET_RELEASE_KEY (a
# cosign key pair prefix, password in COSIGN_PASSWORD) in a dry run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source scripts/lib/toolchain.sh
log() { echo "==> $*" >&2; }
here_os() { node -p '({ linux: "linux", darwin: "darwin", win32: "windows" })[process.platform] + "-" + process.arch'; }
signet_bin() { local b="dist/release/signet-$(here_os)"; [ -x "$b" ] || b=$b.exe; echo "$root/$b"; }

# The identity the workflow's keyless certificates carry (cosign verify, docs/release.md).
workflow_identity() { echo "${GITHUB_SERVER_URL:?}/${GITHUB_REPOSITORY:?}/.github/workflows/release.yml@${GITHUB_REF:?}"; }
OIDC_ISSUER=https://token.actions.githubusercontent.com

step_binary() {
  local bin
  bin=$(bash scripts/release/binary.sh dist/release | tail -1)
  "$bin" version >&2
  echo "$bin"
}

step_npm() {
  [ "${SIGNET_RELEASE_REUSE_BUNDLE:-}" = 1 ] && [ -f dist/cli/index.js ] || pnpm -s bundle >&2
  mkdir -p dist/release
  node scripts/release/npm-packages.ts dist/release | tee dist/release/npm-packed.txt
  if [ "${1:-}" = --publish ]; then
    # The token for npm's own configured registry (no registry host written in the repository).
    local registry; registry=$(npm config get registry)
    echo "//${registry#*://}:_authToken=\${NODE_AUTH_TOKEN}" >"$HOME/.npmrc"
    while read -r tgz; do npm publish --provenance --access public "$tgz"; done <dist/release/npm-packed.txt
  fi
}

# Builds TAG (image.sh), pushes it as PUSH_AS and prints repository@digest. A local http registry
# needs SIGNET_PODMAN_TLS_VERIFY=false; REGISTRY_USER/REGISTRY_TOKEN log in first.
step_image() {
  local tag=${1:?TAG} as=${2:-$1} digestfile
  [ -f dist/cli/index.js ] || pnpm -s bundle >&2
  bash scripts/release/image.sh "$tag" >&2
  SIGNET_PEERS=${SIGNET_PEERS:-$HOME/.cache/signet-peers}
  source scripts/lib/podman.sh
  if [ -n "${REGISTRY_TOKEN:-}" ]; then
    echo "$REGISTRY_TOKEN" | signet_podman login "${as%%/*}" -u "${REGISTRY_USER:?}" --password-stdin >&2
  fi
  digestfile=$(mktemp)
  signet_podman push --tls-verify="${SIGNET_PODMAN_TLS_VERIFY:-true}" --digestfile "$digestfile" "$tag" "docker://$as" >&2
  echo "${as%:*}@$(cat "$digestfile")"
  rm -f "$digestfile"
}

step_sign_image() {
  local ref=${1:?IMAGE@DIGEST} bin; bin=$(signet_bin)
  if [ -n "${SIGNET_RELEASE_KEY:-}" ]; then
    "$bin" sign --key "$SIGNET_RELEASE_KEY.key" "$ref" >&2
    cosign_ verify --key "$SIGNET_RELEASE_KEY.pub" --insecure-ignore-tlog=true ${SIGNET_INSECURE_REGISTRIES:+--allow-http-registry} "$ref" >/dev/null
  else
    "$bin" sign --keyless "$ref" >&2
    cosign_ verify --certificate-identity "$(workflow_identity)" --certificate-oidc-issuer "$OIDC_ISSUER" "$ref" >/dev/null
  fi
  log "cosign verified the signet signature of $ref"
}

step_checksums() {
  local dir=${1:?DIR}
  # The binaries (signet-<os>-<arch>[.exe]) and the npm tarballs (signet-dev-*.tgz), each once.
  (cd "$dir" && ls | grep -E '^signet-(linux|darwin|windows)-[a-z0-9]+(\.exe)?$|\.tgz$' | xargs sha256sum >SHA256SUMS)
  if [ -n "${SIGNET_RELEASE_KEY:-}" ]; then
    cosign_ sign-blob --yes --key "$SIGNET_RELEASE_KEY.key" --tlog-upload=false --bundle "$dir/SHA256SUMS.sigstore.json" "$dir/SHA256SUMS" >/dev/null
    cosign_ verify-blob --key "$SIGNET_RELEASE_KEY.pub" --insecure-ignore-tlog=true --bundle "$dir/SHA256SUMS.sigstore.json" "$dir/SHA256SUMS" >&2
  else
    cosign_ sign-blob --yes --bundle "$dir/SHA256SUMS.sigstore.json" "$dir/SHA256SUMS" >/dev/null
    cosign_ verify-blob --certificate-identity "$(workflow_identity)" --certificate-oidc-issuer "$OIDC_ISSUER" \
      --bundle "$dir/SHA256SUMS.sigstore.json" "$dir/SHA256SUMS" >&2
  fi
  (cd "$dir" && sha256sum -c SHA256SUMS >&2)
}

# VERSION DIGEST DIR: the GitHub release with DIR's files, then the pinned files on a release
# commit that the major tag moves to. SIGNET_RELEASE_DRY_RUN=1: pin a scratch copy, print the rest.
step_publish() {
  local version=${1:?VERSION} digest=${2:?DIGEST} dir=${3:?DIR} image=${SIGNET_RELEASE_IMAGE:-ghcr.io/signet-dev/signet} notes major
  notes=$(awk -v v="## ${version#v}" '$0 ~ "^## " { on = index($0, v) == 1; next } on' CHANGELOG.md)
  major=${version%%.*}
  if [ "${SIGNET_RELEASE_DRY_RUN:-}" = 1 ]; then
    local scratch; scratch=$(mktemp -d)
    cp -r tekton jenkins actions "$scratch/"
    node scripts/release/pin.ts "$version" "$digest" "$scratch" >&2
    rm -rf "$scratch"
    log "dry run: would create release $version with $(ls "$dir" | tr '\n' ' ')"
    log "dry run: would commit the pinned files (image $image:${version#v}@$digest) and move tag $major"
    return
  fi
  gh release create "$version" "$dir"/* --title "signet $version" \
    --notes "${notes:-See CHANGELOG.md}"$'\n\n'"Image: \`$image:${version#v}@$digest\`"
  git config user.name github-actions && git config user.email github-actions@users.noreply.github.com
  node scripts/release/pin.ts "$version" "$digest"
  git commit -am "release $version: image $image@$digest"
  git tag -f "$major" && git push -f origin "refs/tags/$major"
}

cosign_() { "${SIGNET_COSIGN:-cosign}" "$@"; }

dry_work='' dry_registry_pid=''
dry_cleanup() {
  [ -z "$dry_registry_pid" ] || kill "$dry_registry_pid" 2>/dev/null || true
  [ -z "$dry_work" ] || rm -rf "$dry_work"
}

dry_run() {
  local registry='' out='' tag=''
  while [ $# -gt 0 ]; do
    case "$1" in
      --registry) registry=$2; shift 2 ;; --out) out=$2; shift 2 ;; --image-tag) tag=$2; shift 2 ;;
      --reuse-bundle) export SIGNET_RELEASE_REUSE_BUNDLE=1; shift ;;
      *) echo "dry-run: unknown option $1" >&2; exit 2 ;;
    esac
  done
  dry_work=$(mktemp -d)
  trap dry_cleanup EXIT
  if [ -z "$registry" ]; then # a private docker-registry (Debian's) on a free port
    local port; port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    printf 'version: 0.1\nlog: { level: error, accesslog: { disabled: true } }\nstorage: { filesystem: { rootdirectory: %s } }\nhttp: { addr: "127.0.0.1:%s" }\n' "$dry_work/registry" "$port" >"$dry_work/registry.yml"
    "${SIGNET_REGISTRY_BINARY:-docker-registry}" serve "$dry_work/registry.yml" 2>"$dry_work/registry.log" & dry_registry_pid=$!
    registry=127.0.0.1:$port
    for _ in $(seq 100); do curl -fs "http://$registry/v2/" >/dev/null && break; sleep 0.1; done
  fi
  export SIGNET_INSECURE_REGISTRIES=$registry SIGNET_PODMAN_TLS_VERIFY=false SIGNET_RELEASE_DRY_RUN=1
  export COSIGN_PASSWORD=${COSIGN_PASSWORD:-dry-run} SIGNET_RELEASE_KEY=$dry_work/release
  local version bin ref assets
  version=v$(node -p 'require("./packages/cli/package.json").version')
  log "dry run of release $version against $registry"
  bin=$(step_binary)
  "$bin" generate-key-pair --output-key-prefix "$SIGNET_RELEASE_KEY" >&2
  step_npm >/dev/null
  ref=$(step_image "${tag:-$registry/signet-dev/signet:${version#v}}" "$registry/signet-dev/signet:${version#v}")
  step_sign_image "$ref"
  assets=${out:-$dry_work/assets}
  mkdir -p "$assets"
  cp "$bin" $(cat dist/release/npm-packed.txt) "$assets/"
  step_checksums "$assets"
  cp "$SIGNET_RELEASE_KEY.pub" "$assets/release.pub"
  step_publish "$version" "${ref#*@}" "$assets"
  echo "image=$ref"
  echo "assets=$assets"
}

cmd=${1:-}; shift || true
case "$cmd" in
  binary) step_binary ;;
  npm) step_npm "$@" ;;
  image) step_image "$@" ;;
  sign-image) step_sign_image "$@" ;;
  checksums) step_checksums "$@" ;;
  publish) step_publish "$@" ;;
  dry-run) dry_run "$@" ;;
  *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac
