# Docker Content Trust judges: Debian's notary 0.7 (notary-server, notary-signer, the notary
# client) and Debian's docker.io (dockerd for DOCKER_CONTENT_TRUST=1 pulls through a private
# daemon started by the test; its docker CLI for `docker trust inspect` unless one is on PATH).
# Sourced by peers.sh; installed in its one apt-get call.
APT_PACKAGES+=(notary)
{ [ -x /usr/sbin/dockerd ] && command -v docker >/dev/null; } || APT_PACKAGES+=(docker.io)
notary_peer_env() {
  SIGNET_DOCKER=${SIGNET_DOCKER:-$(command -v docker)}
  export SIGNET_DOCKER
}
PEERS_AFTER_APT+=(notary_peer_env)
