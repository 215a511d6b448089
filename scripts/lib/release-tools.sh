# Sourced by the release scripts: the build tools only releases need, installed from npm into the
# cache on first use (pinned, like Node and pnpm in toolchain.sh), kept out of the workspace's
# lockfile so day-to-day installs do not fetch them.
#   esbuild   bundles the CLI into one CommonJS file, what Node's single executable runs
#   postject  injects that file into a copy of the node binary (Node's documented SEA tool)
ESBUILD_VERSION=0.28.2
POSTJECT_VERSION=1.0.0-alpha.6
_release_tools=$SIGNET_CACHE/release-tools-esbuild-$ESBUILD_VERSION-postject-$POSTJECT_VERSION
if [ ! -x "$_release_tools/node_modules/.bin/esbuild" ] || [ ! -x "$_release_tools/node_modules/.bin/postject" ]; then
  echo "==> installing esbuild $ESBUILD_VERSION and postject $POSTJECT_VERSION into $_release_tools" >&2
  npm install --prefix "$_release_tools" --no-audit --no-fund --loglevel=error "esbuild@$ESBUILD_VERSION" "postject@$POSTJECT_VERSION" >&2
fi
SIGNET_ESBUILD=$_release_tools/node_modules/.bin/esbuild
SIGNET_POSTJECT=$_release_tools/node_modules/.bin/postject
export SIGNET_ESBUILD SIGNET_POSTJECT
