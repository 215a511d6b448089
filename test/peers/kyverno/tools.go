//go:build tools

// Package tools pins the Kyverno CLI so `go build github.com/kyverno/kyverno/cmd/cli/kubectl-kyverno`
// resolves from this module (kyverno's go.mod has a replace directive, so `go install pkg@v` cannot).
package tools

import _ "github.com/kyverno/kyverno/cmd/cli/kubectl-kyverno"
