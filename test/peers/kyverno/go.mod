module signet.dev/kyverno-cli

go 1.24

require github.com/kyverno/kyverno v1.15.2

// Kyverno's own go.mod replaces this module; a main module must repeat it.
replace k8s.io/pod-security-admission v0.33.1 => github.com/kyverno/pod-security-admission v0.0.0-20250314164903-c9a58987cebb
