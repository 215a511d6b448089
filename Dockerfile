# The signet image: the bundled CLI on Node 24 slim, run as an unprivileged user. Tekton Tasks
# and the Jenkins steps run it, so they behave exactly like the CLI.
#   docker build -t ghcr.io/signet-dev/signet:0.1.0 .
# Build stage: the full toolchain, only to produce the bundle.
FROM node:24-bookworm-slim AS build
WORKDIR /src
RUN corepack enable
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json tsconfig.base.json ./
COPY packages/core/package.json packages/core/
COPY packages/cli/package.json packages/cli/
COPY actions/common/package.json actions/common/
COPY actions/sign/package.json actions/sign/
COPY actions/verify/package.json actions/verify/
RUN pnpm install --frozen-lockfile
COPY bundle bundle
COPY packages packages
RUN pnpm bundle

# Final stage: Node and the bundle, no package manager caches, no build tools, no root.
FROM node:24-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gnupg \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 65532 --create-home --shell /usr/sbin/nologin signet
COPY --from=build /src/dist/cli/ /opt/signet/
COPY image/signet /usr/local/bin/signet
# The V8 compile cache speeds up every run after the first in a container's lifetime.
ENV NODE_COMPILE_CACHE=/tmp/signet-compile-cache \
    DOCKER_CONFIG=/home/signet/.docker
USER 65532:65532
WORKDIR /home/signet
ENTRYPOINT ["/usr/local/bin/signet"]
CMD ["--help"]
