// A registry with the OCI 1.1 Referrers API for the integration tests: go-containerregistry's
// pkg/registry (the registry ggcr, and so cosign, test their referrers code against) with the
// API switched on and blobs on disk. Released distribution (v3.1.2) has no Referrers API, and
// the registries that do (zot, olareg) are not reachable through the module proxy here.
//
// Usage: ggcr-registry <listen address> <blob directory>
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: ggcr-registry <listen address> <blob directory>")
		os.Exit(2)
	}
	// The disk handler writes its temporary uploads straight into the directory.
	if err := os.MkdirAll(os.Args[2], 0o700); err != nil {
		log.Fatal(err)
	}
	listener, err := net.Listen("tcp", os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	handler := registry.New(
		registry.WithReferrersSupport(true),
		registry.WithBlobHandler(registry.NewDiskBlobHandler(os.Args[2])),
		// One line per request is noise in test output; start failures still reach stderr.
		registry.Logger(log.New(io.Discard, "", 0)),
	)
	server := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(server.Serve(listener))
}
