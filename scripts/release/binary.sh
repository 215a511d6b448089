#!/usr/bin/env bash
# The single executable `signet` for this machine's platform (Node's single executable
# applications): scripts/release/sea-bundle.ts writes a tiny main script and, as SEA assets, the
# program and the heavy packages only some commands use, each with a V8 code cache, stamped as the
# binary artifact; Node writes the preparation blob; postject injects it into a copy of Node 24.
#   bash scripts/release/binary.sh [outDir]   -> outDir/signet-<os>-<arch>  (default dist/release)
# Other platforms: docs/release.md (the same steps on that platform's runner, or with that
# platform's node binary; macOS and Windows binaries are then code-signed).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/toolchain.sh
source scripts/lib/release-tools.sh
out=$(mkdir -p "${1:-dist/release}" && cd "${1:-dist/release}" && pwd)
os=$(node -p 'process.platform'); arch=$(node -p 'process.arch')
# A private work directory: CI builds binaries in more than one test at a time.
work=$(mktemp -d "${TMPDIR:-/tmp}/signet-sea-XXXXXX")
trap 'rm -rf "$work"' EXIT
# The main script, the program and the chunks of the heavy packages with their code caches,
# stamped, and sea-config.json (sea-bundle.ts).
node scripts/release/sea-bundle.ts "$work" >&2
(cd "$work" && node --experimental-sea-config sea-config.json >&2)
os_name=$os; [ "$os" = win32 ] && os_name=windows
bin="$out/signet-$os_name-$arch"; [ "$os" = win32 ] && bin=$bin.exe
cp "$(node -p 'process.execPath')" "$bin"
chmod u+w "$bin"
fuse=(NODE_SEA_BLOB "$work/sea.blob" --sentinel-fuse NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2)
case "$os" in
  darwin) # the copied node's signature no longer matches once injected: remove it, sign ad hoc after
    codesign --remove-signature "$bin"
    "$SIGNET_POSTJECT" "$bin" "${fuse[@]}" --macho-segment-name NODE_SEA >&2
    codesign --sign - "$bin" ;;
  *) "$SIGNET_POSTJECT" "$bin" "${fuse[@]}" >&2 ;;
esac
"$bin" --version >/dev/null
echo "$bin"
