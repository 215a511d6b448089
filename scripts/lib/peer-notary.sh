# Docker Content Trust judges: Debian's notary 0.7 (notary-server, notary-signer, the notary
# client) and Debian's docker.io (dockerd for DOCKER_CONTENT_TRUST=1 pulls through a private
# daemon started by the test; its docker CLI for `docker trust inspect` unless one is on PATH).
# Sourced by peers.sh; apt is serialised with the machine's lock.
install_notary_peer() {
  local missing=()
  dpkg-query -W -f='${Status}' notary 2>/dev/null | grep -q 'install ok installed' || missing+=(notary)
  { [ -x /usr/sbin/dockerd ] && command -v docker >/dev/null; } || missing+=(docker.io)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> apt-get install ${missing[*]} (Docker Content Trust judges)" >&2
  local sudo="" lock=()
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v flock >/dev/null && lock=(flock /tmp/signet-apt.lock)
  $sudo "${lock[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo "${lock[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
install_notary_peer
SIGNET_DOCKER=${SIGNET_DOCKER:-$(command -v docker)}
export SIGNET_DOCKER
