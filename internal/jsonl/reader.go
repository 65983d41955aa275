package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Mode is an input mode.
type Mode int

// The input modes.
const (
	Whole Mode = iota // the whole input is one document
	Lines             // each line is a document
	JSON              // each line is a JSON object holding the document in a string field
)

// String returns the name of the mode ("whole", "lines", "jsonl").
func (m Mode) String() string {
	switch m {
	case Whole:
		return "whole"
	case Lines:
		return "lines"
	case JSON:
		return "jsonl"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// DefaultField is the JSON field read when Config.Field is empty.
const DefaultField = "text"

// DefaultMaxBytes is the record size limit used when Config.MaxBytes is zero.
const DefaultMaxBytes = 16 << 20

// Errors set on records that cannot be processed.
var (
	ErrTooLong      = errors.New("jsonl: record too long")
	ErrMalformed    = errors.New("jsonl: malformed JSON")
	ErrMissingField = errors.New("jsonl: missing field")
	ErrNotString    = errors.New("jsonl: field is not a string")
	ErrInvalidUTF8  = errors.New("jsonl: invalid UTF-8 in JSON line")
)

// Config configures a Reader.
type Config struct {
	Mode     Mode
	Field    string // JSON mode: the field holding the text; DefaultField if empty
	MaxBytes int    // longest record (a line, or the whole input in Whole mode); DefaultMaxBytes if 0, no limit if < 0
	Name     string // name of the input (a file name), copied to error records; may be empty
}

// Field is one JSON field copied from the input record to the output record.
type Field struct {
	Key   string
	Value json.RawMessage
}

// Record is one input record.
type Record struct {
	Line   int     // 1-based line number of the record (1 in Whole mode)
	Text   string  // the document
	Fields []Field // JSON mode: the other fields of the object, in input order
	Err    error   // why the record cannot be processed, or nil
	Name   string  // Config.Name
	Offset int64   // input bytes consumed up to the end of this record
}

// Reader reads records from an io.Reader in one of the input modes.
// A Reader belongs to one goroutine.
type Reader struct {
	br     *bufio.Reader
	cfg    Config
	max    int
	line   int
	offset int64
	buf    []byte
	done   bool
	err    error
}

// NewReader returns a Reader over r.
func NewReader(r io.Reader, cfg Config) *Reader {
	if cfg.Field == "" {
		cfg.Field = DefaultField
	}
	max := cfg.MaxBytes
	switch {
	case max == 0:
		max = DefaultMaxBytes
	case max < 0:
		max = int(^uint(0)>>1) - 16
	}
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), cfg: cfg, max: max}
}

// Offset returns the number of input bytes consumed so far.
func (r *Reader) Offset() int64 { return r.offset }

// Ready reports whether the next record can be read without waiting for the underlying reader:
// a whole line is buffered. It is false in Whole mode.
func (r *Reader) Ready() bool {
	if r.cfg.Mode == Whole || r.done || r.err != nil {
		return false
	}
	buf, _ := r.br.Peek(r.br.Buffered())
	return bytes.IndexByte(buf, '\n') >= 0
}

// Next returns the next record. At the end of the input it returns io.EOF; an error of the
// underlying reader is returned as it is and ends the input. Records that cannot be processed
// are returned with a nil error and Record.Err set.
func (r *Reader) Next() (Record, error) {
	if r.err != nil {
		return Record{}, r.err
	}
	if r.done {
		return Record{}, io.EOF
	}
	var rec Record
	var err error
	if r.cfg.Mode == Whole {
		rec, err = r.whole()
		r.done = true
	} else {
		rec, err = r.nextLine()
	}
	if err != nil {
		r.err = err
		return Record{}, err
	}
	rec.Name = r.cfg.Name
	rec.Offset = r.offset
	return rec, nil
}

// whole reads the whole input as one record.
func (r *Reader) whole() (Record, error) {
	r.line = 1
	rec := Record{Line: 1}
	lr := &io.LimitedReader{R: r.br, N: int64(r.max) + 1}
	var b strings.Builder // String() does not copy
	n, err := io.Copy(&b, lr)
	r.offset += n
	if err != nil {
		return rec, err
	}
	if n > int64(r.max) {
		rest, err := io.Copy(io.Discard, r.br)
		r.offset += rest
		if err != nil {
			return rec, err
		}
		rec.Err = fmt.Errorf("%w: input is %d bytes, over the limit of %d", ErrTooLong, n+rest, r.max)
		return rec, nil
	}
	rec.Text = b.String()
	return rec, nil
}

// nextLine reads one line (Lines and JSON modes).
func (r *Reader) nextLine() (Record, error) {
	r.buf = r.buf[:0]
	total := 0
	sawNewline := false
	for {
		chunk, err := r.br.ReadSlice('\n')
		total += len(chunk)
		r.offset += int64(len(chunk))
		if total <= r.max+2 { // room for "\r\n" beyond the limit
			r.buf = append(r.buf, chunk...)
		}
		if err == nil {
			sawNewline = true
			break
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			break
		}
		return Record{}, err
	}
	if total == 0 && !sawNewline {
		r.done = true
		return Record{}, io.EOF
	}
	r.line++
	rec := Record{Line: r.line}
	content := total
	if sawNewline {
		content--
	}
	if total <= r.max+2 {
		line := r.buf
		if sawNewline {
			line = line[:len(line)-1]
		}
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		content = len(line)
		if content <= r.max {
			if r.cfg.Mode == JSON {
				if r.line == 1 {
					line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
				}
				r.parseJSON(&rec, line)
			} else {
				rec.Text = string(line)
			}
			return rec, nil
		}
	}
	rec.Err = fmt.Errorf("%w: line is %d bytes, over the limit of %d", ErrTooLong, content, r.max)
	if len(r.buf) > 64<<10 {
		r.buf = nil // do not keep a huge buffer alive
	}
	return rec, nil
}

// parseJSON decodes one JSON line into rec.
func (r *Reader) parseJSON(rec *Record, line []byte) {
	if !utf8.Valid(line) {
		// Parse a repaired copy only to copy the other fields (an "id") to the error record.
		r.parseJSON(rec, bytes.ToValidUTF8(line, []byte("\uFFFD")))
		rec.Text, rec.Err = "", ErrInvalidUTF8
		return
	}
	if len(bytes.TrimSpace(line)) == 0 {
		rec.Err = fmt.Errorf("%w: empty line, expected a JSON object", ErrMalformed)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	tok, err := dec.Token()
	if err != nil {
		rec.Err = fmt.Errorf("%w: %v", ErrMalformed, err)
		return
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		rec.Err = fmt.Errorf("%w: expected a JSON object", ErrMalformed)
		return
	}
	var text json.RawMessage
	found := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			rec.Err = fmt.Errorf("%w: %v", ErrMalformed, err)
			return
		}
		key, ok := tok.(string)
		if !ok {
			rec.Err = fmt.Errorf("%w: expected a key", ErrMalformed)
			return
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			rec.Err = fmt.Errorf("%w: %v", ErrMalformed, err)
			return
		}
		if key == r.cfg.Field {
			text, found = raw, true
			continue
		}
		rec.Fields = append(rec.Fields, Field{Key: key, Value: raw})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		rec.Err = fmt.Errorf("%w: %v", ErrMalformed, err)
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		rec.Err = fmt.Errorf("%w: data after the object", ErrMalformed)
		return
	}
	if !found {
		rec.Err = fmt.Errorf("%w %q", ErrMissingField, r.cfg.Field)
		return
	}
	if len(text) == 0 || text[0] != '"' {
		rec.Err = fmt.Errorf("%w: %q is %s", ErrNotString, r.cfg.Field, jsonKind(text))
		return
	}
	var s string
	if err := json.Unmarshal(text, &s); err != nil {
		rec.Err = fmt.Errorf("%w: %v", ErrMalformed, err)
		return
	}
	rec.Text = s
}

func jsonKind(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "empty"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
