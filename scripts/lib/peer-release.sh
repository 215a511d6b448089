# What the release tests need from Debian: podman + runc (build and run the image), mmdebstrap
# (its base rootfs, from the machine's own apt sources), zsh and fish (judges of the completion
# scripts). Installed once; a warm run costs a dpkg query.
RELEASE_APT_PACKAGES=(podman runc mmdebstrap zsh fish)
install_release_peers() {
  local missing=() p
  for p in "${RELEASE_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> apt-get install ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
install_release_peers
