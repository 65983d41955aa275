package jsonl

import (
	"bytes"
	"encoding/json"
	"slices"
	"sync"
)

// Encoder turns results and errors into output lines. Its zero value writes compact JSON Lines.
// An Encoder is safe for concurrent use once configured.
type Encoder struct {
	// Reserved lists the top-level keys that the results use. A copied input field with one of
	// these names, or named "error", "line" or "file", is renamed "input_"+name so that it
	// neither overwrites nor duplicates a key of the result.
	Reserved []string
	// Indent, when not empty, indents the output (one JSON value over several lines).
	Indent string
}

var errorKeys = []string{"error", "line", "file"}

func (e *Encoder) reserved(k string) bool {
	return slices.Contains(e.Reserved, k) || slices.Contains(errorKeys, k)
}

func (e *Encoder) key(k string) string {
	for e.reserved(k) {
		k = "input_" + k
	}
	return k
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// marshal encodes v without HTML escaping and without the trailing newline. It encodes into a
// pooled buffer and returns an exact-size copy, so a large record costs one allocation of its
// size rather than the garbage of a growing buffer.
func marshal(v any) ([]byte, error) {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	defer func() {
		if b.Cap() <= 4<<20 {
			bufPool.Put(b)
		}
	}()
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	return append(make([]byte, 0, len(out)+1), out...), nil // room for the newline
}

// Object returns the output line for rec: v, which must marshal to a JSON object, with the
// copied fields of rec before its own keys. The line ends with a newline.
func (e *Encoder) Object(rec *Record, v any) ([]byte, error) {
	b, err := marshal(v)
	if err != nil {
		return nil, err
	}
	return e.merge(rec, b), nil
}

// Raw is Object for a result already encoded as a JSON object. The line it returns never shares
// memory with obj, so obj may be a reused buffer.
func (e *Encoder) Raw(rec *Record, obj []byte) []byte {
	line := e.merge(rec, obj)
	if len(obj) > 0 && len(line) > 0 && &line[0] == &obj[0] {
		line = bytes.Clone(line)
	}
	return line
}

// Error returns the error record for rec: {"error":"...","line":N}, with "file" when the input is
// named, after the copied fields of rec. The line ends with a newline.
func (e *Encoder) Error(rec *Record, err error) []byte {
	v := struct {
		Error string `json:"error"`
		Line  int    `json:"line"`
		File  string `json:"file,omitempty"`
	}{err.Error(), rec.Line, rec.Name}
	b, merr := marshal(v)
	if merr != nil { // cannot happen: a struct of strings and ints
		b = []byte(`{"error":"jsonl: cannot encode the error"}`)
	}
	return e.merge(rec, b)
}

func (e *Encoder) merge(rec *Record, obj []byte) []byte {
	out := obj
	if len(rec.Fields) > 0 && len(obj) >= 2 && obj[0] == '{' {
		size := len(obj) + 1
		for _, f := range rec.Fields {
			size += len(f.Key) + len(f.Value) + 8
		}
		out = make([]byte, 0, size)
		out = append(out, '{')
		var cb bytes.Buffer
		for i, f := range rec.Fields {
			if i > 0 {
				out = append(out, ',')
			}
			k, _ := marshal(e.key(f.Key))
			out = append(out, k...)
			out = append(out, ':')
			// Copied values keep their own spacing: compact them so each record stays on one line.
			cb.Reset()
			if err := json.Compact(&cb, f.Value); err == nil {
				out = append(out, cb.Bytes()...)
			} else {
				out = append(out, f.Value...)
			}
		}
		if rest := bytes.TrimSpace(obj[1:]); len(rest) > 0 && rest[0] != '}' {
			out = append(out, ',')
		}
		out = append(out, obj[1:]...)
	}
	if e.Indent != "" {
		var b bytes.Buffer
		if err := json.Indent(&b, out, "", e.Indent); err == nil {
			out = b.Bytes()
		}
	}
	return append(out, '\n')
}
