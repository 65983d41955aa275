// Command pipeline is the shape of telaah embedded in a data pipeline: JSON Lines in, JSON Lines
// out, analysed by a pool of workers, with a custom gazetteer for the names of the caller's domain.
//
//	go run ./examples/pipeline                       # posts.jsonl, written for this example
//	go run ./examples/pipeline FILE                  # your own JSON Lines; "-" reads standard input
//	some-producer | go run ./examples/pipeline - | some-consumer
//
// Each input line is a JSON object whose "text" field (-field) is analysed; its other fields are
// copied to the output line, followed by the analysis (entities, key terms, sentiment, language).
// A line that cannot be read becomes {"error":...,"line":N} and the batch goes on. A summary goes
// to standard error.
package main

import (
	"context"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/entity"
)

var (
	//go:embed posts.jsonl
	posts string
	//go:embed gazetteer.txt
	shops string
)

// products are the product names of the example's shops, added with entity.WithEntries.
var products = []string{"Sepatu Lari Kilat", "Kipas Angin Bayu Sejuk", "Penanak Nasi Dapur Pintar"}

// Config is what the command line sets.
type Config struct {
	Workers int    // analysing goroutines (0: GOMAXPROCS)
	Field   string // the JSON field holding the text
	Stages  string // analyze.ParseStages list
	Indent  string // indent each output record (for reading by eye)
}

func main() {
	var cfg Config
	flag.IntVar(&cfg.Workers, "workers", runtime.GOMAXPROCS(0), "number of analysing goroutines")
	flag.StringVar(&cfg.Field, "field", "text", "JSON field holding the text")
	flag.StringVar(&cfg.Stages, "stages", "entities,terms,sentiment,language", `stages to run ("all" adds sentences and tokens)`)
	flag.StringVar(&cfg.Indent, "indent", "", `indent each output record (e.g. "  ")`)
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: pipeline [flags] [FILE|-]")
		flag.PrintDefaults()
	}
	flag.Parse()

	var in io.Reader = strings.NewReader(posts)
	name := "posts.jsonl"
	if arg := flag.Arg(0); arg == "-" {
		in, name = os.Stdin, "stdin"
	} else if arg != "" {
		f, err := os.Open(arg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "pipeline:", err)
			os.Exit(1)
		}
		defer f.Close()
		in, name = f, arg
	}

	// Stop cleanly on Ctrl-C: AnalyzeAll returns the context's error after the records in flight.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := run(ctx, os.Stdout, in, name, cfg)
	fmt.Fprintf(os.Stderr, "pipeline: %d records (%d errors), %d bytes in %v with %d workers\n",
		sum.Records, sum.Errors, sum.Bytes, sum.Duration.Round(1e5), cfg.Workers)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
}

// NewAnalyzer builds the Analyzer once: the default stages with a Recognizer that also knows the
// caller's shop and product names.
func NewAnalyzer(stages string) (*analyze.Analyzer, error) {
	rec, err := entity.New(
		entity.WithGazetteer(entity.ORG, strings.NewReader(shops)),
		entity.WithEntries(entity.PRODUCT, products...),
	)
	if err != nil {
		return nil, err
	}
	st, err := analyze.ParseStages(stages)
	if err != nil {
		return nil, err
	}
	return analyze.New(analyze.WithRecognizer(rec), analyze.WithStages(st))
}

// run analyses the JSON Lines of r into w.
func run(ctx context.Context, w io.Writer, r io.Reader, name string, cfg Config) (analyze.Summary, error) {
	a, err := NewAnalyzer(cfg.Stages)
	if err != nil {
		return analyze.Summary{}, err
	}
	opts := []analyze.BatchOption{
		analyze.WithMode(analyze.JSONLines),
		analyze.WithField(cfg.Field),
		analyze.WithName(name),
	}
	if cfg.Workers > 0 {
		opts = append(opts, analyze.WithWorkers(cfg.Workers))
	}
	if cfg.Indent != "" {
		opts = append(opts, analyze.WithIndent(cfg.Indent))
	}
	return a.AnalyzeAll(ctx, r, w, opts...)
}
