//go:build tools

// Package tools pins policy-controller's tester (evaluates a ClusterImagePolicy against an image
// without a cluster); its go.mod has replace directives, so `go install pkg@v` cannot build it.
package tools

import _ "github.com/sigstore/policy-controller/cmd/tester"
