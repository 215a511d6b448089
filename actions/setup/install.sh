#!/usr/bin/env bash
# The setup Action's one step (also usable alone): downloads signet-<os>-<arch> and SHA256SUMS of
# release SIGNET_VERSION from SIGNET_RELEASE_URL, refuses a binary whose checksum is not the
# listed one, installs it as SIGNET_INSTALL_DIR/signet and appends that directory to GITHUB_PATH.
set -euo pipefail
version=${SIGNET_VERSION:?set SIGNET_VERSION (a release tag such as v0.1.0)}
dir=${SIGNET_INSTALL_DIR:?set SIGNET_INSTALL_DIR}
base=${SIGNET_RELEASE_URL:?set SIGNET_RELEASE_URL}
base=${base%/}/$version
case "$(uname -s)" in
  Linux) os=linux ;; Darwin) os=darwin ;; MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "::error::signet has no release binary for $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;;
  *) echo "::error::signet has no release binary for $(uname -m)" >&2; exit 1 ;;
esac
asset=signet-$os-$arch
exe=signet
[ "$os" = windows ] && asset=$asset.exe && exe=signet.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch() { curl --fail --silent --show-error --location --retry 3 --max-time 300 -o "$work/$1" "$base/$1" || { echo "::error::cannot download $base/$1" >&2; exit 1; }; }
fetch "$asset"
fetch SHA256SUMS
expected=$(awk -v a="$asset" '$2 == a || $2 == "*" a { print $1 }' "$work/SHA256SUMS")
[ -n "$expected" ] || { echo "::error::SHA256SUMS of $version lists no $asset" >&2; exit 1; }
if command -v sha256sum >/dev/null; then actual=$(sha256sum "$work/$asset" | cut -d' ' -f1); else actual=$(shasum -a 256 "$work/$asset" | cut -d' ' -f1); fi
[ "$actual" = "$expected" ] || { echo "::error::$asset of $version: checksum $actual, SHA256SUMS says $expected; not installed" >&2; exit 1; }
mkdir -p "$dir"
mv "$work/$asset" "$dir/$exe"
chmod 755 "$dir/$exe"
installed=$("$dir/$exe" --version)
echo "$dir" >>"${GITHUB_PATH:-/dev/null}"
{ echo "version=$installed"; echo "path=$dir/$exe"; } >>"${GITHUB_OUTPUT:-/dev/null}"
echo "signet $installed installed in $dir" >&2
