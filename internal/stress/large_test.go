package stress

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
)

// sampleLines are short Indonesian texts written for these tests; the stream generator cycles
// through them.
var sampleLines = []string{
	"Pesanan saya belum sampai padahal sudah dua minggu, penjualnya tidak membalas pesan.",
	"Barangnya bagus sekali dan pengirimannya cepat, terima kasih kak!",
	"Harga naik jadi Rp125.000 per kilo sejak 3 Maret 2025, kata pedagang di Pasar Minggu.",
	"Menurut Badan Pusat Statistik (BPS), inflasi Oktober sebesar 2,3 persen.",
	"gak sesuai deskripsi, warnanya beda bgt sm fotonya 😡😡",
	"Rapat dengan Dinas Perhubungan Kota Bandung ditunda sampai Kamis depan.",
	"Info lengkap di https://contoh.co.id/promo atau hubungi cs@contoh.co.id.",
	"",
	"Pelayanan kurirnya ramah, tetapi kemasannya penyok dan isinya sedikit tumpah.",
	"Dia bilang, \"Saya tidak pernah menerima uang itu.\" Namun polisi punya buktinya.",
}

// lineStream is an io.Reader of n bytes of text lines, generated on the fly: nothing is stored.
type lineStream struct {
	left  int64
	line  int
	chunk []byte
	lines int // lines started so far
}

func newLineStream(n int64) *lineStream { return &lineStream{left: n} }

func (s *lineStream) Read(p []byte) (int, error) {
	if s.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && s.left > 0 {
		if len(s.chunk) == 0 {
			s.chunk = []byte(sampleLines[s.line%len(sampleLines)] + "\n")
			s.line++
			s.lines++
		}
		k := copy(p[n:], s.chunk)
		if int64(k) > s.left {
			k = int(s.left)
		}
		s.chunk = s.chunk[k:]
		n += k
		s.left -= int64(k)
	}
	return n, nil
}

// byteStream is an io.Reader of n copies of one byte, then an optional tail.
type byteStream struct {
	b    byte
	left int64
	tail string
}

func (s *byteStream) Read(p []byte) (int, error) {
	if s.left <= 0 {
		if s.tail == "" {
			return 0, io.EOF
		}
		n := copy(p, s.tail)
		s.tail = s.tail[n:]
		return n, nil
	}
	n := int64(len(p))
	if n > s.left {
		n = s.left
	}
	for i := range n {
		p[i] = s.b
	}
	s.left -= n
	return int(n), nil
}

// recordCounter is an io.Writer that counts JSON Lines records and keeps the first few bytes
// of each error record; it stores nothing else.
type recordCounter struct {
	records, errors int
	errs            []string
	cur             []byte
}

func (w *recordCounter) Write(p []byte) (int, error) {
	for _, c := range p {
		if len(w.cur) < 512 {
			w.cur = append(w.cur, c)
		}
		if c == '\n' {
			w.records++
			if bytes.HasPrefix(w.cur, []byte(`{"error"`)) {
				w.errors++
				if len(w.errs) < 10 {
					w.errs = append(w.errs, string(w.cur))
				}
			}
			w.cur = w.cur[:0]
		}
	}
	return len(p), nil
}

// TestSizeLimitIsAnError checks that a document over the limit is an error that says so, in
// every entry point and input mode, and never a truncated document; and that a document of
// exactly the limit is accepted.
func TestSizeLimitIsAnError(t *testing.T) {
	const limit = 1000
	an, err := analyze.New(analyze.WithMaxBytes(limit))
	require.NoError(t, err)
	assert.Equal(t, limit, an.MaxBytes())
	ctx := context.Background()

	at := strings.Repeat("kata ", limit/5)
	require.Len(t, at, limit)
	doc, err := an.Analyze(ctx, at)
	require.NoError(t, err, "a document of exactly the limit is accepted")
	assert.Equal(t, limit/5, doc.Stats.Words)

	doc, err = an.Analyze(ctx, at+"x")
	require.ErrorIs(t, err, analyze.ErrTooLarge)
	assert.Nil(t, doc, "no truncated document")
	assert.Contains(t, err.Error(), "too large")
	assert.Contains(t, err.Error(), "1001 bytes")
	assert.Contains(t, err.Error(), "limit of 1000")

	over := strings.Repeat("y", limit+1)
	jsonOver, _ := json.Marshal(map[string]string{"id": "b", "text": over})
	for _, tc := range []struct {
		name  string
		mode  analyze.Mode
		input string
	}{
		{"lines", analyze.Lines, "satu\n" + over + "\r\n" + at + "\r\ntiga\n"},
		{"jsonl", analyze.JSONLines, `{"id":"a","text":"satu"}` + "\n" + string(jsonOver) + "\n" + `{"id":"c","text":"` + at + `"}` + "\n" + `{"text":"tiga"}` + "\n"},
		{"whole", analyze.Whole, over},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			sum, err := an.AnalyzeAll(ctx, strings.NewReader(tc.input), &out, analyze.WithMode(tc.mode))
			require.NoError(t, err)
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			want := 4
			if tc.mode == analyze.Whole {
				want = 1
			}
			require.Len(t, lines, want, "one output record per input record")
			assert.Equal(t, want, sum.Records)
			assert.Equal(t, 1, sum.Errors)
			errLine := 1
			if tc.mode != analyze.Whole {
				errLine = 2
			}
			var rec map[string]any
			require.NoError(t, json.Unmarshal([]byte(lines[errLine-1]), &rec))
			assert.EqualValues(t, errLine, rec["line"], "the error record names its line")
			msg, _ := rec["error"].(string)
			assert.Regexp(t, `too (large|long)`, msg)
			assert.Contains(t, msg, "limit")
			assert.NotContains(t, rec, "tokens", "no truncated document")
			if tc.mode == analyze.JSONLines {
				assert.Equal(t, "b", rec["id"], "the error record keeps the other fields")
			}
			for i, l := range lines {
				if i != errLine-1 {
					assert.NotContains(t, l, `"error"`, "record %d", i+1)
				}
			}
		})
	}
}

// TestHugeLine streams a 100 MB line (never stored: generated by a reader) between two short
// ones through AnalyzeAll with the default limit (analyze.DefaultMaxBytes): it becomes one error record naming
// line 2, the other lines are analysed, and the heap stays far below the size of the line.
func TestHugeLine(t *testing.T) {
	an, err := analyze.New()
	require.NoError(t, err)
	const size = 100 << 20
	in := io.MultiReader(strings.NewReader("satu dua\n"), &byteStream{b: 'a', left: size, tail: "\n"}, strings.NewReader("tiga empat\n"))
	out := &recordCounter{}
	var sum analyze.Summary
	start := time.Now()
	heap, hwm := peakHeap(func() {
		sum, err = an.AnalyzeAll(context.Background(), in, out, analyze.WithWorkers(2))
	})
	require.NoError(t, err)
	t.Logf("100 MB line: %v, peak heap in use %.1f MB, process VmHWM %.1f MB", time.Since(start).Round(time.Millisecond), float64(heap)/mb, float64(hwm)/mb)
	assert.Equal(t, 3, out.records)
	assert.Equal(t, 3, sum.Records)
	assert.Equal(t, 1, out.errors)
	require.Len(t, out.errs, 1)
	assert.Contains(t, out.errs[0], `"line":2`)
	assert.Contains(t, out.errs[0], "over the limit")
	assert.EqualValues(t, 9+size+1+11, sum.Bytes, "every byte consumed")
	assert.Less(t, heap, uint64(96*mb), "the line is not buffered")
}

// TestHugeLineNoLimit analyses a 100 MB line with the limit off (tokens and stems only).
func TestHugeLineNoLimit(t *testing.T) {
	needHeavy(t)
	an, err := analyze.New(analyze.WithMaxBytes(0), analyze.WithStages(analyze.Tokens|analyze.Stem))
	require.NoError(t, err)
	line := strings.Repeat("pembangunan jalan tol ", (100<<20)/22)
	var doc *analyze.Document
	start := time.Now()
	heap, hwm := peakHeap(func() { doc, err = an.Analyze(context.Background(), line) })
	require.NoError(t, err)
	t.Logf("100 MB document, no limit, tokens+stem: %v, %d tokens, peak heap %.0f MB, VmHWM %.0f MB",
		time.Since(start).Round(time.Millisecond), doc.Stats.Tokens, float64(heap)/mb, float64(hwm)/mb)
	assert.Equal(t, 3*((100<<20)/22), doc.Stats.Tokens)
	assert.Equal(t, "bangun", doc.Tokens[0].Stem)
}

// streamCases are the streams of TestStreamBoundedMemory and TestCLIStream: every stage on
// short lines (about 0.6 MB/s per core, the entity and sentiment stages cost most per record),
// and the word stages alone over a larger stream. With TELAAH_STRESS=1 the word-stage stream
// is 1 GB; under the race detector the streams are four times shorter.
func streamCases() []struct {
	name   string
	stages analyze.Stage
	size   int64
} {
	all, word := int64(1<<20), int64(4<<20)
	switch {
	case heavy():
		all, word = 64<<20, 1<<30
	case raceEnabled:
		all, word = 256<<10, 1<<20
	}
	return []struct {
		name   string
		stages analyze.Stage
		size   int64
	}{
		{"all stages", analyze.AllStages, all},
		{"word stages", analyze.Sentences | analyze.Tokens | analyze.Normalize | analyze.Stem | analyze.Stopwords, word},
	}
}

// TestStreamBoundedMemory streams generated lines (never stored) through AnalyzeAll and
// checks that every line gives one record and that the heap stays flat.
func TestStreamBoundedMemory(t *testing.T) {
	for _, tc := range streamCases() {
		t.Run(tc.name, func(t *testing.T) {
			an, err := analyze.New(analyze.WithStages(tc.stages))
			require.NoError(t, err)
			in := newLineStream(tc.size)
			out := &recordCounter{}
			var sum analyze.Summary
			start := time.Now()
			var heap, hwm uint64
			live := peakLiveHeap(func() {
				heap, hwm = peakHeap(func() {
					sum, err = an.AnalyzeAll(context.Background(), in, out, analyze.WithWorkers(2))
				})
			})
			require.NoError(t, err)
			d := time.Since(start)
			t.Logf("%d MB stream, %s, %d records, 2 workers: %v (%.2f MB/s), peak live heap %.1f MB, peak heap in use %.1f MB, process VmHWM %.1f MB",
				tc.size>>20, tc.name, sum.Records, d.Round(time.Millisecond), float64(tc.size)/mb/d.Seconds(), float64(live)/mb, float64(heap)/mb, float64(hwm)/mb)
			assert.Equal(t, in.lines, sum.Records, "one record per input line")
			assert.Equal(t, in.lines, out.records)
			assert.Zero(t, out.errors, "%v", out.errs)
			assert.Equal(t, tc.size, sum.Bytes)
			// The live heap, not the heap in use: on a loaded machine the collector may fall
			// behind and the heap in use grow with garbage that is not retained.
			assert.Less(t, live, uint64(64*mb), "batch memory stays flat")
		})
	}
}

// TestStreamCancel checks that cancelling the context stops a long stream promptly.
func TestStreamCancel(t *testing.T) {
	an, err := analyze.New()
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	out := bufio.NewWriter(io.Discard)
	_, err = an.AnalyzeAll(ctx, newLineStream(1<<40), out)
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "got %v", err)
	assert.Less(t, time.Since(start), 3*time.Second*slowdown(), "cancellation is prompt")
}

// TestLargestDocumentMemory measures the heap that one document of the default size limit
// (analyze.DefaultMaxBytes) costs with every stage on, and its JSON. AnalyzeAll keeps up to
// its window (4 per worker) of records in flight, so its worst case is that many times this.
func TestLargestDocumentMemory(t *testing.T) {
	needHeavy(t)
	an, err := analyze.New()
	require.NoError(t, err)
	var b strings.Builder
	for b.Len() < analyze.DefaultMaxBytes-200 {
		b.WriteString(sampleLines[b.Len()%len(sampleLines)])
		b.WriteByte(' ')
	}
	text := b.String()
	var size int
	start := time.Now()
	heap, hwm := peakHeap(func() {
		doc, err := an.Analyze(context.Background(), text)
		require.NoError(t, err)
		out, err := json.Marshal(doc)
		require.NoError(t, err)
		size = len(out)
	})
	t.Logf("%.1f MB document, all stages: %v, peak heap in use %.0f MB (%.0f bytes per byte of text), JSON %.0f MB, VmHWM %.0f MB",
		float64(len(text))/mb, time.Since(start).Round(time.Millisecond), float64(heap)/mb, float64(heap)/float64(len(text)), float64(size)/mb, float64(hwm)/mb)
}
