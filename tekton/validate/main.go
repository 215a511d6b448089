// Command validate checks Tekton resources the way the Tekton webhook does: it decodes each
// YAML document into tektoncd/pipeline's own Go types (strictly: unknown fields are errors)
// and calls their Validate, so a Task that passes here is admitted by a real cluster.
//
//	validate FILE...   exits 1 and prints every problem when one document is invalid
package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	v1 "github.com/tektoncd/pipeline/pkg/apis/pipeline/v1"
	"github.com/tektoncd/pipeline/pkg/apis/pipeline/v1beta1"
	"k8s.io/apimachinery/pkg/util/yaml"
	"knative.dev/pkg/apis"
	sigsyaml "sigs.k8s.io/yaml"
)

type validatable interface {
	Validate(ctx context.Context) *apis.FieldError
	SetDefaults(ctx context.Context)
}

func decode(kind string, doc []byte) (validatable, error) {
	var target validatable
	switch kind {
	case "Task":
		target = &v1.Task{}
	case "Pipeline":
		target = &v1.Pipeline{}
	case "PipelineRun":
		target = &v1.PipelineRun{}
	case "TaskRun":
		target = &v1.TaskRun{}
	case "StepAction":
		target = &v1beta1.StepAction{}
	default:
		return nil, fmt.Errorf("unsupported kind %q", kind)
	}
	if err := sigsyaml.UnmarshalStrict(doc, target); err != nil {
		return nil, err
	}
	return target, nil
}

func main() {
	failed := false
	for _, path := range os.Args[1:] {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		reader := yaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
		for n := 0; ; n++ {
			doc, err := reader.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				fmt.Printf("%s: %v\n", path, err)
				failed = true
				break
			}
			var meta struct {
				APIVersion string `json:"apiVersion"`
				Kind       string `json:"kind"`
				Metadata   struct {
					Name string `json:"name"`
				} `json:"metadata"`
			}
			if err := sigsyaml.Unmarshal(doc, &meta); err != nil || meta.Kind == "" {
				continue
			}
			switch meta.Kind {
			case "Task", "Pipeline", "StepAction", "PipelineRun", "TaskRun":
			default:
				continue // RBAC, Secrets and other samples are not Tekton types
			}
			obj, err := decode(meta.Kind, doc)
			if err != nil {
				fmt.Printf("%s: %s %s: %v\n", path, meta.Kind, meta.Metadata.Name, err)
				failed = true
				continue
			}
			ctx := context.Background()
			obj.SetDefaults(ctx)
			if ferr := obj.Validate(ctx); ferr != nil {
				fmt.Printf("%s: %s %s: %v\n", path, meta.Kind, meta.Metadata.Name, ferr)
				failed = true
				continue
			}
			fmt.Printf("%s: %s %s (%s) valid\n", path, meta.Kind, meta.Metadata.Name, meta.APIVersion)
		}
	}
	if failed {
		os.Exit(1)
	}
}
