// Command beam analyses a corpus of Indonesian documents with telaah in an Apache Beam pipeline.
//
// It reads JSON Lines (one document a line, its text in the "text" field) with textio, analyses
// each document with one telaah Analyzer per worker, and writes three JSON Lines files:
//
//	OUTPUT/documents.jsonl  one record per input line: the input fields but the text, then the
//	                        telaah Document (sentiment with its cues, entities, key terms,
//	                        language), or {"error":...} for a line that cannot be read
//	OUTPUT/entities.jsonl   one record per entity over the corpus: type, text, documents, mentions
//	OUTPUT/sentiment.jsonl  the sentiment distribution per source and per day
//
// It runs on the prism runner, in process, by default:
//
//	go run . --input testdata/posts.jsonl --output /tmp/telaah-beam
//
// and on Flink, Spark or Dataflow with Beam's runner flags (see README.md).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input       = flag.String("input", "testdata/posts.jsonl", "JSON Lines file(s) to read (a glob; gs:// works on Dataflow).")
	output      = flag.String("output", "out", "Directory (or gs:// prefix) the three output files are written to.")
	textField   = flag.String("text_field", "text", "JSON field holding the document text.")
	sourceField = flag.String("source_field", "source", "JSON field holding the source, for the per-source distribution.")
	dateField   = flag.String("date_field", "date", "JSON field holding the date (YYYY-MM-DD...), for the per-day distribution.")
)

func main() {
	flag.Parse()
	beam.Init() // must come first: on a remote worker this call runs the worker and never returns

	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{
		Input:       *input,
		Output:      *output,
		TextField:   *textField,
		SourceField: *sourceField,
		DateField:   *dateField,
	})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// Config names the input, the output and the fields of the input records.
type Config struct {
	Input       string // glob of JSON Lines files
	Output      string // output directory or prefix
	TextField   string // default "text"
	SourceField string // default "source"
	DateField   string // default "date"
}

// Output file names under Config.Output.
const (
	DocumentsFile = "documents.jsonl"
	EntitiesFile  = "entities.jsonl"
	SentimentFile = "sentiment.jsonl"
)

// Build adds the pipeline to s: read, analyse, aggregate, write.
func Build(s beam.Scope, cfg Config) {
	if cfg.TextField == "" {
		cfg.TextField = "text"
	}
	if cfg.SourceField == "" {
		cfg.SourceField = "source"
	}
	if cfg.DateField == "" {
		cfg.DateField = "date"
	}
	lines := readLines(s, cfg.Input)
	docs, entities, groups := beam.ParDo3(s, &analyzeFn{
		TextField:   cfg.TextField,
		SourceField: cfg.SourceField,
		DateField:   cfg.DateField,
	}, lines)

	out := func(name string) string { return joinPath(cfg.Output, name) }
	writeLines(s.Scope("WriteDocuments"), out(DocumentsFile), docs)
	writeLines(s.Scope("WriteEntities"), out(EntitiesFile), CountEntities(s, entities))
	writeLines(s.Scope("WriteSentiment"), out(SentimentFile), SentimentDistribution(s, groups))
}

// joinPath joins a local directory or a URL-like prefix (gs://bucket/dir) with a file name.
func joinPath(dir, name string) string {
	if dir == "" {
		return name
	}
	if filepath.IsAbs(dir) || !hasScheme(dir) {
		return filepath.Join(dir, name)
	}
	if dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func hasScheme(p string) bool {
	for i := 0; i+2 < len(p); i++ {
		if p[i] == ':' {
			return p[i+1] == '/' && p[i+2] == '/'
		}
		if p[i] == '/' {
			return false
		}
	}
	return false
}
