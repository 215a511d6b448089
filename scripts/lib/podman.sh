# Sourced by the image scripts: podman as it runs on the CI machines (Debian's podman 4.3.1 with
# runc; crun fails there with "cgroups in hybrid mode"), with storage of its own under the peers
# cache so the base image and layers survive between runs, and no host ulimits copied in.
SIGNET_PODMAN_ROOT=${SIGNET_PODMAN_ROOT:-$SIGNET_PEERS/podman}
mkdir -p "$SIGNET_PODMAN_ROOT"
[ -f "$SIGNET_PODMAN_ROOT/containers.conf" ] || printf '[containers]\ndefault_ulimits = []\n' >"$SIGNET_PODMAN_ROOT/containers.conf"
export SIGNET_PODMAN_ROOT
signet_podman() {
  CONTAINERS_CONF="$SIGNET_PODMAN_ROOT/containers.conf" podman --root "$SIGNET_PODMAN_ROOT/storage" --runroot "$SIGNET_PODMAN_ROOT/run" \
    --runtime runc --storage-driver vfs --cgroup-manager cgroupfs --events-backend none "$@"
}
