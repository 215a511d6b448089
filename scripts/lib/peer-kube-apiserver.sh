# A real kube-apiserver (with Debian's etcd) behind every k8s:// test and the server-side dry-run
# of generated policies and Tasks. Built from test/peers/kube-apiserver, a module requiring
# k8s.io/kubernetes and replacing each staging module with its published version (module zips
# hold no ./staging); rebuilt only when that module changes. Cold: about 7 minutes on 2 quiet cores.
# Built without cgo like every Go peer (peer_go in peers.sh).
APT_PACKAGES+=(etcd-server)
# A plain `go build` reports version v0.0.0-master+$Format:%H$, which client-go's semver parse (cosign's
# immutable-Secret check) refuses; stamp the release version as the Kubernetes build does.
KUBE_VERSION=v1.37.2
KUBE_VERSION_LDFLAGS="-X k8s.io/component-base/version.gitVersion=$KUBE_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=37 -X k8s.io/component-base/version.gitTreeState=clean"
install_kube_apiserver() {
  local src="$PWD/test/peers/kube-apiserver"
  local stamp
  stamp=$( (cat "$src/go.mod" "$src/go.sum" "$src/tools.go"; echo "$KUBE_VERSION_LDFLAGS") | sha256sum | cut -c1-16)
  local dir="$SIGNET_PEERS/kube-apiserver-$stamp"
  [ -x "$dir/kube-apiserver" ] || go_peer_build "kube-apiserver $KUBE_VERSION (k8s.io/kubernetes; about 7 minutes cold)" "$src" \
    build -ldflags "$KUBE_VERSION_LDFLAGS" -o "$dir/kube-apiserver" k8s.io/kubernetes/cmd/kube-apiserver
  echo "$dir/kube-apiserver"
}
