# policy-controller's tester (cmd/tester: evaluates a ClusterImagePolicy against an image
# without a cluster), the judge of generated ClusterImagePolicies. Its go.mod has replace
# directives, so it is built from test/peers/policy-tester, which repeats them; rebuilt only
# when that module changes.
install_policy_tester() {
  local src="$PWD/test/peers/policy-tester"
  local stamp
  stamp=$(cat "$src/go.mod" "$src/go.sum" "$src/tools.go" | sha256sum | cut -c1-16)
  local dir="$SIGNET_PEERS/policy-tester-$stamp"
  if [ ! -x "$dir/policy-tester" ]; then
    command -v go >/dev/null || { echo "Go is needed to build policy-controller's tester" >&2; exit 2; }
    echo "==> building policy-controller's tester (Go module proxy); first run takes a few minutes" >&2
    local start=$SECONDS
    (cd "$src" && GOFLAGS="-mod=readonly -buildvcs=false" go build -o "$dir/policy-tester" github.com/sigstore/policy-controller/cmd/tester) >&2
    echo "==> built policy-controller's tester in $((SECONDS - start))s" >&2
  fi
  echo "$dir/policy-tester"
}
