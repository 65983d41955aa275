package analyze

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/telaah/telaah/internal/jsonl"
)

// Mode is a batch input mode.
type Mode int

// The batch input modes.
const (
	// Whole reads the whole input as one document.
	Whole Mode = iota
	// Lines reads each line as a document; an empty line is an empty document.
	Lines
	// JSONLines reads each line as a JSON object whose string field (WithField, default "text")
	// is the document; the other fields are copied to the output record.
	JSONLines
)

// BatchOption configures AnalyzeAll and Records.
type BatchOption func(*batchConfig)

type batchConfig struct {
	mode     Mode
	field    string
	workers  int
	window   int
	indent   string
	name     string
	progress func(Summary)
}

// WithMode sets the input mode (default Lines).
func WithMode(m Mode) BatchOption { return func(c *batchConfig) { c.mode = m } }

// WithField sets the JSON field that holds the text in JSONLines mode (default "text").
func WithField(name string) BatchOption { return func(c *batchConfig) { c.field = name } }

// WithWorkers sets the number of goroutines that analyse records (default runtime.GOMAXPROCS(0)).
func WithWorkers(n int) BatchOption { return func(c *batchConfig) { c.workers = n } }

// WithWindow sets the largest number of records in flight (default 32 per worker). The text of
// the records in flight is also bounded, to 8 MiB (a larger document is analysed alone), so
// that memory stays bounded whatever the input. Short records already read are handed to the
// workers in batches of up to a sixteenth of the window per worker (at most 16 records and
// 16 KiB of text), so that each record does not pay a hand-over between goroutines.
func WithWindow(n int) BatchOption { return func(c *batchConfig) { c.window = n } }

// DefaultWindowPerWorker is the default window (WithWindow) per worker: two full batches of
// short records per worker, one being analysed and one waiting.
const DefaultWindowPerWorker = 32

func (c *batchConfig) limits() jsonl.Limits {
	return jsonl.Limits{Workers: c.workers, Window: c.window, WindowBytes: jsonl.DefaultWindowBytes}
}

// WithIndent indents each output record (AnalyzeAll only).
func WithIndent(indent string) BatchOption { return func(c *batchConfig) { c.indent = indent } }

// WithName names the input (a file name); error records carry it in their "file" field.
func WithName(name string) BatchOption { return func(c *batchConfig) { c.name = name } }

// WithProgress calls f after each record is written, on the goroutine that called AnalyzeAll.
func WithProgress(f func(Summary)) BatchOption { return func(c *batchConfig) { c.progress = f } }

// Summary counts what a batch did.
type Summary struct {
	Records  int           // records read and written, error records included
	Errors   int           // error records
	Bytes    int64         // input bytes consumed
	Duration time.Duration // time since the start of the batch
}

func (a *Analyzer) batchConfig(opts []BatchOption) batchConfig {
	c := batchConfig{mode: Lines, workers: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	c.workers = max(c.workers, 1)
	if c.window <= 0 {
		c.window = DefaultWindowPerWorker * c.workers
	}
	return c
}

func (a *Analyzer) reader(r io.Reader, c batchConfig) *jsonl.Reader {
	mode := jsonl.Lines
	switch c.mode {
	case Whole:
		mode = jsonl.Whole
	case JSONLines:
		mode = jsonl.JSON
	}
	max := a.cfg.maxBytes
	if max <= 0 {
		max = -1
	} else if mode == jsonl.JSON {
		max = 2*max + 4096 // a JSON line holds the text escaped, plus other fields
	}
	return jsonl.NewReader(r, jsonl.Config{Mode: mode, Field: c.field, MaxBytes: max, Name: c.name})
}

// encodePool holds the buffers documents are encoded into.
var encodePool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// putEncodeBuf puts a buffer back in encodePool, unless a large document made it too big to keep.
func putEncodeBuf(bp *[]byte) {
	if cap(*bp) <= 4<<20 {
		*bp = (*bp)[:0]
		encodePool.Put(bp)
	}
}

// documentKeys are the top-level keys of a Document; copied input fields with these names are
// renamed "input_"+name.
var documentKeys = []string{"schema", "stages", "stats", "language", "sentiment", "entities", "terms", "sentences", "tokens"}

type batchOut struct {
	line []byte
	err  error
	buf  *[]byte // pooled buffer that line is in, put back once line is written
}

// AnalyzeAll analyses every record of r and writes one JSON record per input record to w, in
// input order: the Document (with the copied fields first in JSONLines mode), or an error record
// {"error":"...","line":N} for a record that cannot be read or analysed. The records are
// analysed by a pool of workers (WithWorkers) with a bounded number in flight (WithWindow), so
// memory stays flat whatever the size of the input.
//
// The error is nil when the whole input was read and written, even if some records failed (see
// Summary.Errors); otherwise it is the read or write error, or the context's error.
func (a *Analyzer) AnalyzeAll(ctx context.Context, r io.Reader, w io.Writer, opts ...BatchOption) (Summary, error) {
	c := a.batchConfig(opts)
	enc := &jsonl.Encoder{Reserved: documentKeys, Indent: c.indent}
	bw := bufio.NewWriterSize(w, 64<<10)
	start := time.Now()
	var sum Summary
	work := func(ctx context.Context, rec *jsonl.Record) batchOut {
		if rec.Err != nil {
			return batchOut{line: enc.Error(rec, rec.Err), err: rec.Err}
		}
		doc, err := a.Analyze(ctx, rec.Text)
		if err != nil {
			return batchOut{line: enc.Error(rec, err), err: err}
		}
		bp := encodePool.Get().(*[]byte)
		obj, err := doc.appendJSON((*bp)[:0])
		if err != nil {
			putEncodeBuf(bp)
			err = fmt.Errorf("%w: encoding: %v", ErrInternal, err)
			return batchOut{line: enc.Error(rec, err), err: err}
		}
		if len(rec.Fields) == 0 && enc.Indent == "" {
			// The line is written from the pooled buffer, which emit puts back: no copy.
			*bp = append(obj, '\n')
			return batchOut{line: *bp, buf: bp}
		}
		*bp = obj
		line := enc.Raw(rec, obj)
		putEncodeBuf(bp)
		return batchOut{line: line}
	}
	emit := func(rec *jsonl.Record, out batchOut) error {
		sum.Records++
		if out.err != nil {
			sum.Errors++
		}
		sum.Bytes = rec.Offset
		_, err := bw.Write(out.line)
		if out.buf != nil {
			putEncodeBuf(out.buf)
		}
		if err != nil {
			return err
		}
		if c.progress != nil {
			sum.Duration = time.Since(start)
			c.progress(sum)
		}
		return nil
	}
	err := jsonl.Run(ctx, a.reader(r, c), c.limits(), work, emit, bw.Flush)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	sum.Duration = time.Since(start)
	return sum, err
}

// Record is one result of Records: the Document of one input record, or the reason it failed.
type Record struct {
	Line   int                        // 1-based line number of the record
	Fields map[string]json.RawMessage // JSONLines mode: the other fields of the input object
	Doc    *Document                  // nil when Err is set
	Err    error                      // why the record could not be read or analysed
}

// Records returns an iterator over the analysed records of r, in input order, analysed by a pool
// of workers like AnalyzeAll. A failed record is yielded with Err set; a read error or the
// context's error ends the sequence with a last Record whose Doc is nil, Line is 0 and Err is
// that error. Stopping the loop early stops the workers.
func (a *Analyzer) Records(ctx context.Context, r io.Reader, opts ...BatchOption) iter.Seq[Record] {
	c := a.batchConfig(opts)
	return func(yield func(Record) bool) {
		work := func(ctx context.Context, rec *jsonl.Record) Record {
			out := Record{Line: rec.Line, Err: rec.Err}
			if len(rec.Fields) > 0 {
				out.Fields = make(map[string]json.RawMessage, len(rec.Fields))
				for _, f := range rec.Fields {
					out.Fields[f.Key] = f.Value
				}
			}
			if out.Err == nil {
				out.Doc, out.Err = a.Analyze(ctx, rec.Text)
			}
			return out
		}
		stopped := false
		emit := func(_ *jsonl.Record, out Record) error {
			if !yield(out) {
				stopped = true
				return errStop
			}
			return nil
		}
		err := jsonl.Run(ctx, a.reader(r, c), c.limits(), work, emit, nil)
		if err != nil && !stopped {
			yield(Record{Err: err})
		}
	}
}

var errStop = fmt.Errorf("analyze: iteration stopped")
