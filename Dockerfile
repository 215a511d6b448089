# The signet image: the bundled CLI on Node 24, on a minimal Debian rootfs, run as an unprivileged
# user. Tekton Tasks and the Jenkins steps run it, so they behave exactly like the CLI.
# Build it with scripts/release/image.sh, which prepares both build arguments and the context:
#   BASE          the base image: Debian minbase built by mmdebstrap from the machine's own apt
#                 sources (packages: image/base-packages), imported as localhost/signet-base:<key>
#   NODE_VERSION  the Node.js in the image: the binary of the npm `node` package of that version,
#                 staged in the context as node-v<NODE_VERSION>/node (scripts/lib/toolchain.sh's)
# The context also holds dist/cli (the ncc bundle stamped as the image artifact) and image/signet.
ARG BASE
FROM ${BASE}
ARG NODE_VERSION
COPY node-v${NODE_VERSION}/node /usr/local/bin/node
COPY dist/cli/ /opt/signet/
COPY image/signet /usr/local/bin/signet
RUN [ "$(node --version)" = "v${NODE_VERSION}" ] \
    && useradd --uid 65532 --user-group --create-home --shell /usr/sbin/nologin signet \
    && /usr/local/bin/signet --version
# The V8 compile cache speeds up every run after the first in a container's lifetime.
ENV NODE_COMPILE_CACHE=/tmp/signet-compile-cache \
    DOCKER_CONFIG=/home/signet/.docker
USER 65532:65532
WORKDIR /home/signet
ENTRYPOINT ["/usr/local/bin/signet"]
CMD ["--help"]
