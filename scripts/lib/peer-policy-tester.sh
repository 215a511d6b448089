# policy-controller's tester (cmd/tester: evaluates a ClusterImagePolicy against an image
# without a cluster), the judge of generated ClusterImagePolicies. Its go.mod has replace
# directives, so it is built from test/peers/policy-tester, which repeats them; rebuilt only
# when that module changes.
install_policy_tester() {
  local src="$PWD/test/peers/policy-tester"
  local stamp
  stamp=$(cat "$src/go.mod" "$src/go.sum" "$src/tools.go" | sha256sum | cut -c1-16)
  local dir="$SIGNET_PEERS/policy-tester-$stamp"
  [ -x "$dir/policy-tester" ] || go_peer_build "policy-controller's tester" "$src" \
    build -o "$dir/policy-tester" github.com/sigstore/policy-controller/cmd/tester
  echo "$dir/policy-tester"
}
