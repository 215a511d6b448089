# What the release tests need from Debian: podman + runc (build and run the image), mmdebstrap
# (its base rootfs, from the machine's own apt sources), zsh and fish (judges of the completion
# scripts). Installed in peers.sh's one apt-get call; a warm run costs part of one dpkg query.
APT_PACKAGES+=(podman runc mmdebstrap zsh fish)
