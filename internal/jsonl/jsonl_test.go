package jsonl

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readAll(t *testing.T, in string, cfg Config) []Record {
	t.Helper()
	rd := NewReader(strings.NewReader(in), cfg)
	var recs []Record
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		recs = append(recs, rec)
		require.Less(t, len(recs), 1000, "runaway reader")
	}
	// After the end, Next keeps returning io.EOF.
	_, err := rd.Next()
	require.ErrorIs(t, err, io.EOF)
	return recs
}

type want struct {
	line int
	text string
	err  error
}

func TestReader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		cfg  Config
		want []want
	}{
		{"whole", "a\nb\n", Config{Mode: Whole}, []want{{1, "a\nb\n", nil}}},
		{"whole empty", "", Config{Mode: Whole}, []want{{1, "", nil}}},
		{"whole too long", "abcdef", Config{Mode: Whole, MaxBytes: 5}, []want{{1, "", ErrTooLong}}},
		{"whole at limit", "abcde", Config{Mode: Whole, MaxBytes: 5}, []want{{1, "abcde", nil}}},
		{"lines", "a\nb\n", Config{Mode: Lines}, []want{{1, "a", nil}, {2, "b", nil}}},
		{"lines empty input", "", Config{Mode: Lines}, nil},
		{"lines empty lines", "\n\nx\n\n", Config{Mode: Lines}, []want{{1, "", nil}, {2, "", nil}, {3, "x", nil}, {4, "", nil}}},
		{"lines truncated last", "a\nb", Config{Mode: Lines}, []want{{1, "a", nil}, {2, "b", nil}}},
		{"lines crlf", "a\r\nb\r\n", Config{Mode: Lines}, []want{{1, "a", nil}, {2, "b", nil}}},
		{"lines invalid utf8 kept", "a\xffb\n", Config{Mode: Lines}, []want{{1, "a\xffb", nil}}},
		{"lines too long", "abc\nabcdefgh\nab\n", Config{Mode: Lines, MaxBytes: 4}, []want{{1, "abc", nil}, {2, "", ErrTooLong}, {3, "ab", nil}}},
		{"lines no limit", strings.Repeat("x", 100) + "\n", Config{Mode: Lines, MaxBytes: -1}, []want{{1, strings.Repeat("x", 100), nil}}},
		{"json", `{"id":1,"text":"halo"}` + "\n", Config{Mode: JSON}, []want{{1, "halo", nil}}},
		{"json field", `{"body":"halo","text":3}`, Config{Mode: JSON, Field: "body"}, []want{{1, "halo", nil}}},
		{"json bom", "\xef\xbb\xbf{\"text\":\"a\"}\n", Config{Mode: JSON}, []want{{1, "a", nil}}},
		{"json escapes", `{"text":"a\nb\u00e9"}`, Config{Mode: JSON}, []want{{1, "a\nbé", nil}}},
		{"json malformed", "{\"text\":\"a\"\n{\"text\":\"b\"}\n", Config{Mode: JSON}, []want{{1, "", ErrMalformed}, {2, "b", nil}}},
		{"json not object", "[1,2]\n\"x\"\n", Config{Mode: JSON}, []want{{1, "", ErrMalformed}, {2, "", ErrMalformed}}},
		{"json trailing data", `{"text":"a"} {"text":"b"}`, Config{Mode: JSON}, []want{{1, "", ErrMalformed}}},
		{"json blank line", "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n", Config{Mode: JSON}, []want{{1, "a", nil}, {2, "", ErrMalformed}, {3, "b", nil}}},
		{"json missing", `{"id":1}`, Config{Mode: JSON}, []want{{1, "", ErrMissingField}}},
		{"json number", `{"text":12}`, Config{Mode: JSON}, []want{{1, "", ErrNotString}}},
		{"json null", `{"text":null}`, Config{Mode: JSON}, []want{{1, "", ErrNotString}}},
		{"json object", `{"text":{"a":1}}`, Config{Mode: JSON}, []want{{1, "", ErrNotString}}},
		{"json invalid utf8", "{\"text\":\"a\xffb\"}\n{\"text\":\"ok\"}", Config{Mode: JSON}, []want{{1, "", ErrInvalidUTF8}, {2, "ok", nil}}},
		{"json truncated last", "{\"text\":\"a\"}\n{\"text\":\"b\"}", Config{Mode: JSON}, []want{{1, "a", nil}, {2, "b", nil}}},
		{"json cut mid-object", "{\"text\":\"a\"}\n{\"text\":\"b", Config{Mode: JSON}, []want{{1, "a", nil}, {2, "", ErrMalformed}}},
		{"json too long", `{"text":"` + strings.Repeat("x", 50) + `"}` + "\n{\"text\":\"b\"}", Config{Mode: JSON, MaxBytes: 20}, []want{{1, "", ErrTooLong}, {2, "b", nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := readAll(t, tt.in, tt.cfg)
			require.Len(t, recs, len(tt.want))
			for i, w := range tt.want {
				assert.Equal(t, w.line, recs[i].Line, "record %d line", i)
				if w.err != nil {
					assert.ErrorIs(t, recs[i].Err, w.err, "record %d", i)
				} else {
					assert.NoError(t, recs[i].Err, "record %d", i)
					assert.Equal(t, w.text, recs[i].Text, "record %d", i)
				}
			}
			if len(recs) > 0 {
				assert.Equal(t, int64(len(tt.in)), recs[len(recs)-1].Offset)
			}
		})
	}
}

func TestReaderFields(t *testing.T) {
	recs := readAll(t, `{"id":7,"text":"a","meta":{"x":[1,2]},"s":"é"}`, Config{Mode: JSON, Name: "in.jsonl"})
	require.Len(t, recs, 1)
	require.NoError(t, recs[0].Err)
	assert.Equal(t, "in.jsonl", recs[0].Name)
	require.Len(t, recs[0].Fields, 3)
	assert.Equal(t, "id", recs[0].Fields[0].Key)
	assert.JSONEq(t, `7`, string(recs[0].Fields[0].Value))
	assert.Equal(t, "meta", recs[0].Fields[1].Key)
	assert.JSONEq(t, `{"x":[1,2]}`, string(recs[0].Fields[1].Value))
}

// errReader returns data, then an error.
type errReader struct {
	data []byte
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReaderIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	for _, mode := range []Mode{Whole, Lines, JSON} {
		rd := NewReader(&errReader{[]byte("{\"text\":\"a\"}\npartial"), boom}, Config{Mode: mode})
		var err error
		for err == nil {
			_, err = rd.Next()
		}
		assert.ErrorIs(t, err, boom, mode.String())
		_, err = rd.Next()
		assert.ErrorIs(t, err, boom, "the error sticks")
	}
}

// repeatReader yields n bytes of c without holding them in memory.
type repeatReader struct {
	n int64
	c byte
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := int64(len(p))
	if k > r.n {
		k = r.n
	}
	for i := range p[:k] {
		p[i] = r.c
	}
	r.n -= k
	return int(k), nil
}

func TestReaderHugeLineBoundedMemory(t *testing.T) {
	const huge = 64 << 20 // 64 MiB on one line, limit 1 MiB
	in := io.MultiReader(strings.NewReader("a\n"), &repeatReader{huge, 'x'}, strings.NewReader("\nb"))
	rd := NewReader(in, Config{Mode: Lines, MaxBytes: 1 << 20})
	var recs []Record
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		recs = append(recs, rec)
		assert.LessOrEqual(t, cap(rd.buf), 2<<20, "the reader must not buffer the huge line")
	}
	require.Len(t, recs, 3)
	assert.Equal(t, "a", recs[0].Text)
	assert.ErrorIs(t, recs[1].Err, ErrTooLong)
	assert.Contains(t, recs[1].Err.Error(), fmt.Sprint(huge))
	assert.Equal(t, 2, recs[1].Line)
	assert.Equal(t, "b", recs[2].Text)
	assert.Equal(t, 3, recs[2].Line)
}

func TestEncoder(t *testing.T) {
	rec := &Record{Line: 4, Name: "x.jsonl", Fields: []Field{
		{"id", []byte(`12`)}, {"tokens", []byte(`"mine"`)}, {"error", []byte(`"old"`)}, {"meta", []byte(`{ "a" : 1 }`)},
	}}
	enc := &Encoder{Reserved: []string{"tokens"}}
	b, err := enc.Object(rec, map[string]int{"tokens": 3})
	require.NoError(t, err)
	assert.Equal(t, `{"id":12,"input_tokens":"mine","input_error":"old","meta":{"a":1},"tokens":3}`+"\n", string(b))

	b = enc.Error(rec, errors.New("boom <x>"))
	assert.Equal(t, `{"id":12,"input_tokens":"mine","input_error":"old","meta":{"a":1},"error":"boom <x>","line":4,"file":"x.jsonl"}`+"\n", string(b))

	b, err = enc.Object(&Record{Fields: rec.Fields[:1]}, struct{}{})
	require.NoError(t, err)
	assert.Equal(t, `{"id":12}`+"\n", string(b))

	b, err = (&Encoder{Indent: "  "}).Object(&Record{}, map[string]int{"a": 1})
	require.NoError(t, err)
	assert.Equal(t, "{\n  \"a\": 1\n}\n", string(b))

	_, err = enc.Object(rec, func() {})
	assert.Error(t, err)

	obj := append(make([]byte, 0, 16), `{"a":1}`...) // spare capacity, as a reused buffer has
	line := enc.Raw(&Record{}, obj)
	assert.Equal(t, `{"a":1}`+"\n", string(line))
	line[1] = 'X'
	assert.Equal(t, `{"a":1}`, string(obj), "Raw never shares obj's memory")
	assert.Equal(t, `{"id":12,"input_tokens":"mine","input_error":"old","meta":{"a":1},"a":1}`+"\n", string(enc.Raw(rec, obj)))
}

func lines(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d\n", i)
	}
	return b.String()
}

func TestRunOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7, 32} {
		rd := NewReader(strings.NewReader(lines(500)), Config{Mode: Lines})
		var inFlight, maxInFlight atomic.Int64
		var got []string
		window := 3 * workers
		err := Run(context.Background(), rd, Limits{Workers: workers, Window: window},
			func(_ context.Context, rec *Record) string {
				n := inFlight.Add(1)
				for {
					m := maxInFlight.Load()
					if n <= m || maxInFlight.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				inFlight.Add(-1)
				return rec.Text
			},
			func(rec *Record, out string) error {
				assert.Equal(t, rec.Text, out)
				got = append(got, out)
				return nil
			}, nil)
		require.NoError(t, err)
		require.Len(t, got, 500)
		for i, s := range got {
			require.Equal(t, fmt.Sprint(i), s, "workers=%d: output in input order", workers)
		}
		assert.LessOrEqual(t, maxInFlight.Load(), int64(workers))
	}
}

func TestRunBoundedWindow(t *testing.T) {
	// The reader must not run ahead of the consumer by more than the window.
	rd := NewReader(strings.NewReader(lines(200)), Config{Mode: Lines})
	var read atomic.Int64
	emitted := 0
	err := Run(context.Background(), rd, Limits{Workers: 4, Window: 8},
		func(_ context.Context, rec *Record) int { read.Store(int64(rec.Line)); return rec.Line },
		func(rec *Record, _ int) error {
			emitted++
			time.Sleep(50 * time.Microsecond)
			assert.LessOrEqual(t, read.Load()-int64(emitted), int64(8+2))
			return nil
		}, nil)
	require.NoError(t, err)
	assert.Equal(t, 200, emitted)
}

func TestRunStops(t *testing.T) {
	boom := errors.New("write failed")
	t.Run("emit error", func(t *testing.T) {
		rd := NewReader(strings.NewReader(lines(1000)), Config{Mode: Lines})
		n := 0
		err := Run(context.Background(), rd, Limits{Workers: 4, Window: 16},
			func(_ context.Context, rec *Record) int { return rec.Line },
			func(*Record, int) error {
				n++
				if n == 10 {
					return boom
				}
				return nil
			}, nil)
		assert.ErrorIs(t, err, boom)
		assert.Equal(t, 10, n)
	})
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		rd := NewReader(strings.NewReader(lines(1000)), Config{Mode: Lines})
		n := 0
		err := Run(ctx, rd, Limits{Workers: 4, Window: 16, WindowBytes: 10},
			func(_ context.Context, rec *Record) int { return rec.Line },
			func(*Record, int) error {
				n++
				if n == 5 {
					cancel()
				}
				return nil
			}, nil)
		assert.ErrorIs(t, err, context.Canceled)
		assert.Less(t, n, 1000)
	})
	t.Run("read error", func(t *testing.T) {
		rd := NewReader(&errReader{[]byte("a\nb\n"), boom}, Config{Mode: Lines})
		n := 0
		err := Run(context.Background(), rd, Limits{Workers: 2, Window: 4},
			func(_ context.Context, rec *Record) int { return rec.Line },
			func(*Record, int) error { n++; return nil }, nil)
		assert.ErrorIs(t, err, boom)
		assert.Equal(t, 2, n, "records read before the error are emitted")
	})
	t.Run("idle error", func(t *testing.T) {
		pr, pw := io.Pipe()
		go func() {
			pw.Write([]byte("a\n"))
			time.Sleep(20 * time.Millisecond)
			pw.Write([]byte("b\n"))
			pw.Close()
		}()
		rd := NewReader(pr, Config{Mode: Lines})
		err := Run(context.Background(), rd, Limits{Workers: 1, Window: 1},
			func(_ context.Context, rec *Record) int { return rec.Line },
			func(*Record, int) error { return nil }, func() error { return boom })
		assert.ErrorIs(t, err, boom)
	})
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("a\nb"), uint8(1), 0)
	f.Add([]byte("{\"text\":\"a\",\"id\":1}\n{bad\n\n"), uint8(2), 0)
	f.Add([]byte("{\"text\":\"a\xff\"}\r\n"), uint8(2), 8)
	f.Add([]byte("\xef\xbb\xbf{\"text\":null}"), uint8(2), 3)
	f.Add([]byte(""), uint8(0), 1)
	f.Add([]byte("xxxxxxxx\nyy\n"), uint8(1), 4)
	f.Fuzz(func(t *testing.T, data []byte, mode uint8, max int) {
		m := Mode(mode % 3)
		max %= 64
		rd := NewReader(bytes.NewReader(data), Config{Mode: m, MaxBytes: max})
		var recs []Record
		last := int64(0)
		for {
			rec, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if rec.Offset < last {
				t.Fatalf("offset went back: %d < %d", rec.Offset, last)
			}
			last = rec.Offset
			if rec.Line != len(recs)+1 {
				t.Fatalf("line %d, want %d", rec.Line, len(recs)+1)
			}
			recs = append(recs, rec)
		}
		if last != int64(len(data)) {
			t.Fatalf("consumed %d of %d bytes", last, len(data))
		}
		want := 1
		if m != Whole {
			want = bytes.Count(data, []byte("\n"))
			if len(data) > 0 && data[len(data)-1] != '\n' {
				want++
			}
		}
		if len(recs) != want {
			t.Fatalf("%d records, want %d", len(recs), want)
		}
		enc := &Encoder{Reserved: []string{"text"}}
		for i := range recs {
			var line []byte
			if recs[i].Err != nil {
				line = enc.Error(&recs[i], recs[i].Err)
			} else {
				var err error
				line, err = enc.Object(&recs[i], map[string]string{"text": recs[i].Text})
				if err != nil {
					t.Fatal(err)
				}
			}
			if bytes.Count(line, []byte("\n")) != 1 || !json.Valid(line) {
				t.Fatalf("bad output line %q", line)
			}
		}
	})
}

func TestRunWindowBytes(t *testing.T) {
	// Records of 10 bytes with a budget of 25: at most 2 in flight, whatever the window; a record
	// over the budget runs alone.
	in := strings.Repeat(strings.Repeat("x", 10)+"\n", 50) + strings.Repeat("y", 100) + "\n" + strings.Repeat("z", 10) + "\n"
	rd := NewReader(strings.NewReader(in), Config{Mode: Lines})
	var inFlight, maxInFlight atomic.Int64
	n := 0
	err := Run(context.Background(), rd, Limits{Workers: 8, Window: 32, WindowBytes: 25},
		func(_ context.Context, rec *Record) int {
			k := inFlight.Add(int64(len(rec.Text)))
			if len(rec.Text) == 100 {
				assert.Equal(t, int64(100), k, "a record over the budget runs alone")
			} else {
				assert.LessOrEqual(t, k, int64(25))
			}
			for {
				m := maxInFlight.Load()
				if k <= m || maxInFlight.CompareAndSwap(m, k) {
					break
				}
			}
			time.Sleep(100 * time.Microsecond)
			return len(rec.Text)
		},
		func(_ *Record, size int) error {
			inFlight.Add(-int64(size))
			n++
			return nil
		}, nil)
	require.NoError(t, err)
	assert.Equal(t, 52, n)
	assert.LessOrEqual(t, maxInFlight.Load(), int64(100))
}

func TestRunBatchesKeepWindow(t *testing.T) {
	// With batches of 16 (window 64, 2 workers) the reader still runs ahead of the consumer by at
	// most the window, and every record comes out once, in order.
	require.Equal(t, 16, batchSize(64, 2))
	rd := NewReader(strings.NewReader(lines(2000)), Config{Mode: Lines})
	var read atomic.Int64
	emitted := 0
	err := Run(context.Background(), rd, Limits{Workers: 2, Window: 64},
		func(_ context.Context, rec *Record) int {
			for {
				m := read.Load()
				if int64(rec.Line) <= m || read.CompareAndSwap(m, int64(rec.Line)) {
					break
				}
			}
			return rec.Line
		},
		func(rec *Record, line int) error {
			emitted++
			assert.Equal(t, emitted, line)
			assert.LessOrEqual(t, read.Load()-int64(emitted), int64(64))
			return nil
		}, nil)
	require.NoError(t, err)
	assert.Equal(t, 2000, emitted)
}

func TestReaderReady(t *testing.T) {
	rd := NewReader(strings.NewReader("a\nb"), Config{Mode: Lines})
	assert.False(t, rd.Ready(), "nothing buffered before the first read")
	_, err := rd.Next()
	require.NoError(t, err)
	assert.False(t, rd.Ready(), "the last line has no newline: reading it may wait")
	whole := NewReader(strings.NewReader("a\nb\n"), Config{Mode: Whole})
	assert.False(t, whole.Ready())
}
