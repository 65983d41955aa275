package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/internal/jsonl"
)

// inputFlags are the input-mode flags shared by every command.
type inputFlags struct {
	lines    bool
	jsonl    bool
	field    string
	workers  int
	pretty   bool
	quiet    bool
	maxBytes int
}

func (f *inputFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.BoolVar(&f.lines, "lines", false, "each input line is a document")
	fs.BoolVar(&f.jsonl, "jsonl", false, "each input line is a JSON object holding the document in --field")
	fs.StringVar(&f.field, "field", jsonl.DefaultField, "with --jsonl: the field that holds the text")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "number of documents analysed in parallel")
	fs.BoolVar(&f.pretty, "pretty", false, "indent the JSON output (default when the whole input is one document and stdout is a terminal)")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar and no summary on stderr")
	fs.IntVar(&f.maxBytes, "max-bytes", analyze.DefaultMaxBytes, "largest document in bytes; a larger one is an error record (0: no limit)")
}

func (f *inputFlags) validate(cmd *cobra.Command) error {
	if f.lines && f.jsonl {
		return errors.New("--lines and --jsonl cannot be used together")
	}
	if cmd.Flags().Changed("field") && !f.jsonl {
		return errors.New("--field needs --jsonl")
	}
	if f.field == "" {
		return errors.New("--field must not be empty")
	}
	if f.workers < 1 {
		return fmt.Errorf("--workers must be at least 1, not %d", f.workers)
	}
	if f.maxBytes < 0 {
		return fmt.Errorf("--max-bytes must not be negative")
	}
	return nil
}

func (f *inputFlags) mode() analyze.Mode {
	switch {
	case f.lines:
		return analyze.Lines
	case f.jsonl:
		return analyze.JSONLines
	}
	return analyze.Whole
}

func (f *inputFlags) batch() bool { return f.lines || f.jsonl }

// indent returns the indentation of the output: pretty with --pretty, or for a whole document
// written to a terminal.
func (a *app) indent(f *inputFlags) string {
	if f.pretty || (!f.batch() && isTerminal(a.stdout)) {
		return "  "
	}
	return ""
}

// batchFunc processes one input (stdin or one file) and writes its output records to w.
type batchFunc func(ctx context.Context, r io.Reader, w io.Writer, name string, progress func(analyze.Summary)) (analyze.Summary, error)

// outWriter remembers the first write error, so that a closed stdout stops the run.
type outWriter struct {
	w   io.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// runInputs runs do over stdin or each file of args in turn, sets the exit status and prints the
// summary.
func (a *app) runInputs(name string, args []string, f *inputFlags, do batchFunc) {
	out := &outWriter{w: a.stdout}
	if len(args) == 0 {
		args = []string{"-"}
		if isTerminal(a.stdin) && !f.quiet {
			a.errorf("reading stdin until Ctrl-D (give FILE arguments to read files)")
		}
	}
	bar := a.progressBar(name, args, f)
	var total analyze.Summary
	start := time.Now()
	for _, arg := range args {
		var r io.Reader = a.stdin
		file := ""
		var fh *os.File
		if arg != "-" {
			var err error
			fh, err = os.Open(arg)
			if err != nil {
				a.errorf("%v", err)
				a.fail(exitUsage)
				continue
			}
			r, file = fh, arg
		}
		base := total
		progress := func(s analyze.Summary) {
			if bar == nil {
				return
			}
			_ = bar.Set64(base.Bytes + s.Bytes)
			if s.Records%64 == 1 {
				bar.Describe(fmt.Sprintf("%s: %d records, %d errors", name, base.Records+s.Records, base.Errors+s.Errors))
			}
		}
		s, err := do(a.ctx, r, out, file, progress)
		if fh != nil {
			fh.Close()
		}
		total.Records += s.Records
		total.Errors += s.Errors
		total.Bytes += s.Bytes
		if out.err != nil {
			a.errorf("writing output: %v", out.err)
			a.fail(exitUsage)
			break
		}
		if err != nil {
			where := "stdin"
			if file != "" {
				where = file
			}
			a.errorf("%s: %v", where, err)
			a.fail(exitUsage)
			if a.ctx.Err() != nil {
				break
			}
		}
	}
	if bar != nil {
		_ = bar.Finish()
	}
	if total.Errors > 0 {
		a.fail(exitFailed)
	}
	if !f.quiet {
		d := time.Since(start)
		fmt.Fprintf(a.stderr, "telaah %s: %s, %s, %s", name, plural(total.Records, "record"), plural(total.Errors, "error"), d.Round(time.Millisecond))
		if sec := d.Seconds(); sec > 0 && total.Records > 1 {
			fmt.Fprintf(a.stderr, " (%.0f records/s, %.2f MB/s)", float64(total.Records)/sec, float64(total.Bytes)/sec/1e6)
		}
		fmt.Fprintln(a.stderr)
	}
}

// progressBar returns a progress bar on stderr for a batch when stderr is a terminal, or nil.
func (a *app) progressBar(name string, args []string, f *inputFlags) *progressbar.ProgressBar {
	if f.quiet || !f.batch() || !isTerminal(a.stderr) {
		return nil
	}
	var size int64
	for _, arg := range args {
		var st os.FileInfo
		var err error
		if arg == "-" {
			fh, ok := a.stdin.(*os.File)
			if !ok {
				size = -1
				break
			}
			st, err = fh.Stat()
		} else {
			st, err = os.Stat(arg)
		}
		if err != nil || !st.Mode().IsRegular() {
			size = -1
			break
		}
		size += st.Size()
	}
	return progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionSetDescription(name),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionFullWidth(),
	)
}

// newAnalyzer builds the Analyzer of a command.
func newAnalyzer(f *inputFlags, opts ...analyze.Option) (*analyze.Analyzer, error) {
	opts = append(opts, analyze.WithMaxBytes(f.maxBytes))
	return analyze.New(opts...)
}

// renderFunc turns a document into its output line (with its newline).
type renderFunc func(enc *jsonl.Encoder, rec *jsonl.Record, doc *analyze.Document) ([]byte, error)

// docBatch returns a batchFunc that analyses each record with an and writes what render makes
// of it. errLine, when not nil, replaces the JSON error record (the plain-text output of stem);
// it is called on the goroutine that writes, in input order.
func docBatch(an *analyze.Analyzer, f *inputFlags, enc *jsonl.Encoder, render renderFunc,
	errLine func(rec *jsonl.Record, err error) []byte) batchFunc {
	return func(ctx context.Context, r io.Reader, w io.Writer, name string, progress func(analyze.Summary)) (analyze.Summary, error) {
		mode := jsonl.Whole
		max := f.maxBytes
		switch {
		case f.lines:
			mode = jsonl.Lines
		case f.jsonl:
			mode = jsonl.JSON
			max = 2*max + 4096
		}
		if f.maxBytes == 0 {
			max = -1
		}
		rd := jsonl.NewReader(r, jsonl.Config{Mode: mode, Field: f.field, MaxBytes: max, Name: name})
		type out struct {
			line []byte
			err  error
		}
		work := func(ctx context.Context, rec *jsonl.Record) out {
			if rec.Err != nil {
				return out{err: rec.Err}
			}
			doc, err := an.Analyze(ctx, rec.Text)
			if err != nil {
				return out{err: err}
			}
			line, err := render(enc, rec, doc)
			return out{line, err}
		}
		bw := bufio.NewWriterSize(w, 64<<10)
		start := time.Now()
		var sum analyze.Summary
		emit := func(rec *jsonl.Record, o out) error {
			sum.Records++
			if o.err != nil {
				sum.Errors++
				if errLine != nil {
					o.line = errLine(rec, o.err)
				} else {
					o.line = enc.Error(rec, o.err)
				}
			}
			sum.Bytes = rec.Offset
			if _, err := bw.Write(o.line); err != nil {
				return err
			}
			sum.Duration = time.Since(start)
			progress(sum)
			return nil
		}
		lim := jsonl.Limits{Workers: f.workers, Window: analyze.DefaultWindowPerWorker * f.workers, WindowBytes: jsonl.DefaultWindowBytes}
		err := jsonl.Run(ctx, rd, lim, work, emit, bw.Flush)
		if ferr := bw.Flush(); err == nil {
			err = ferr
		}
		sum.Duration = time.Since(start)
		return sum, err
	}
}

// analyzeBatch returns a batchFunc that writes whole Documents through Analyzer.AnalyzeAll.
func (a *app) analyzeBatch(an *analyze.Analyzer, f *inputFlags) batchFunc {
	indent := a.indent(f)
	return func(ctx context.Context, r io.Reader, w io.Writer, name string, progress func(analyze.Summary)) (analyze.Summary, error) {
		return an.AnalyzeAll(ctx, r, w,
			analyze.WithMode(f.mode()), analyze.WithField(f.field), analyze.WithWorkers(f.workers),
			analyze.WithIndent(indent), analyze.WithName(name), analyze.WithProgress(progress))
	}
}

// plural returns "1 record", "2 records".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
