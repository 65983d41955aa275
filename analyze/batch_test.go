package analyze

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outRecord is the part of an output record the tests look at.
type outRecord struct {
	ID    *int   `json:"id"`
	Error string `json:"error"`
	Line  int    `json:"line"`
	File  string `json:"file"`
	Stats Stats  `json:"stats"`
	Toks  []struct {
		Text string `json:"text"`
	} `json:"tokens"`
}

func decodeLines(t *testing.T, out string) []outRecord {
	t.Helper()
	var recs []outRecord
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var r outRecord
		require.NoError(t, json.Unmarshal([]byte(line), &r), "output line %d: %q", i+1, line)
		recs = append(recs, r)
	}
	return recs
}

func TestAnalyzeAllOrder(t *testing.T) {
	a := mustNew(t, WithStages(Tokens))
	var in strings.Builder
	const n = 2000
	for i := range n {
		fmt.Fprintf(&in, "kata%d %s\n", i, strings.Repeat("x ", i%37))
	}
	for _, workers := range []int{1, 3, 16} {
		var out bytes.Buffer
		sum, err := a.AnalyzeAll(context.Background(), strings.NewReader(in.String()), &out, WithWorkers(workers), WithWindow(5))
		require.NoError(t, err)
		assert.Equal(t, n, sum.Records)
		assert.Equal(t, 0, sum.Errors)
		assert.Equal(t, int64(in.Len()), sum.Bytes)
		recs := decodeLines(t, out.String())
		require.Len(t, recs, n)
		for i, r := range recs {
			require.Equal(t, fmt.Sprintf("kata%d", i), r.Toks[0].Text, "workers=%d record %d out of order", workers, i)
		}
	}
}

func TestAnalyzeAllBadRecords(t *testing.T) {
	a := mustNew(t, WithStages(Tokens), WithMaxBytes(40))
	in := strings.Join([]string{
		`{"id":1,"text":"barang rusak"}`,
		`{"id":2,"text":"tidak lengkap"`,                          // malformed
		`{"id":3}`,                                                // missing field
		`{"id":4,"text":42}`,                                      // not a string
		"{\"id\":5,\"text\":\"a\xff\"}",                           // invalid UTF-8 inside JSON
		`{"id":6,"text":"` + strings.Repeat("panjang ", 8) + `"}`, // over the document limit, under the line limit
		`{"id":7,"text":"` + strings.Repeat("x", 5000) + `"}`,     // over the line limit
		``,                      // blank line
		`{"id":9,"text":"oke"}`, // truncated last line: no newline
	}, "\n")
	var out bytes.Buffer
	sum, err := a.AnalyzeAll(context.Background(), strings.NewReader(in), &out, WithMode(JSONLines), WithName("in.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, 9, sum.Records)
	assert.Equal(t, 7, sum.Errors)
	recs := decodeLines(t, out.String())
	require.Len(t, recs, 9, "one output record per input record")
	wantErr := map[int]string{2: "malformed JSON", 3: "missing field", 4: "not a string", 5: "invalid UTF-8",
		6: "document too large", 7: "record too long", 8: "empty line"}
	for i, r := range recs {
		line := i + 1
		if want, ok := wantErr[line]; ok {
			assert.Contains(t, r.Error, want, "line %d", line)
			assert.Equal(t, line, r.Line, "the error names its line")
			assert.Equal(t, "in.jsonl", r.File)
		} else {
			assert.Empty(t, r.Error, "line %d", line)
		}
		if line <= 6 || line == 9 {
			require.NotNil(t, r.ID, "line %d: the id survives", line)
			if line != 2 {
				assert.Equal(t, line, *r.ID)
			}
		}
	}
}

func TestAnalyzeAllModes(t *testing.T) {
	a := mustNew(t, WithStages(Tokens))
	ctx := context.Background()

	var out bytes.Buffer
	sum, err := a.AnalyzeAll(ctx, strings.NewReader("satu\n\ntiga"), &out, WithMode(Lines))
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Records)
	recs := decodeLines(t, out.String())
	require.Len(t, recs, 3)
	assert.Equal(t, 0, recs[1].Stats.Bytes, "an empty line is an empty document")
	assert.Equal(t, 4, recs[2].Stats.Bytes)

	out.Reset()
	sum, err = a.AnalyzeAll(ctx, strings.NewReader("satu\n\ntiga"), &out, WithMode(Whole), WithIndent("  "))
	require.NoError(t, err)
	assert.Equal(t, 1, sum.Records)
	assert.Contains(t, out.String(), "\n  \"schema\": 1,")
	var doc Document
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	assert.Equal(t, 10, doc.Stats.Bytes)

	out.Reset()
	sum, err = a.AnalyzeAll(ctx, strings.NewReader(""), &out, WithMode(Lines))
	require.NoError(t, err)
	assert.Equal(t, 0, sum.Records)
	assert.Empty(t, out.String())

	out.Reset()
	_, err = a.AnalyzeAll(ctx, strings.NewReader(`{"body":"a","text":"b","stats":1}`), &out, WithMode(JSONLines), WithField("body"))
	require.NoError(t, err)
	assert.Contains(t, out.String(), `{"text":"b","input_stats":1,"schema":1`)
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, syscall.EPIPE
	}
	w.n--
	return len(p), nil
}

func TestAnalyzeAllStops(t *testing.T) {
	a := mustNew(t, WithStages(Tokens))
	big := strings.Repeat("baris teks biasa\n", 50000)

	_, err := a.AnalyzeAll(context.Background(), strings.NewReader(big), &failWriter{n: 2}, WithWorkers(2))
	assert.ErrorIs(t, err, syscall.EPIPE, "a closed output is an error")

	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	sum, err := a.AnalyzeAll(ctx, strings.NewReader(big), &bytes.Buffer{}, WithWorkers(2), WithProgress(func(s Summary) {
		calls++
		if s.Records == 100 {
			cancel()
		}
	}))
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, sum.Records, 50000)
	assert.GreaterOrEqual(t, calls, 100)
}

func TestRecords(t *testing.T) {
	a := mustNew(t, WithStages(Tokens))
	in := "{\"id\":1,\"text\":\"satu\"}\n{\"id\":2}\n{\"id\":3,\"text\":\"tiga\"}\n"
	var got []Record
	for r := range a.Records(context.Background(), strings.NewReader(in), WithMode(JSONLines), WithWorkers(3)) {
		got = append(got, r)
	}
	require.Len(t, got, 3)
	assert.Equal(t, "satu", got[0].Doc.Tokens[0].Text)
	assert.JSONEq(t, "1", string(got[0].Fields["id"]))
	assert.Nil(t, got[1].Doc)
	assert.Error(t, got[1].Err)
	assert.Equal(t, 2, got[1].Line)
	assert.Equal(t, 3, got[2].Line)

	// Breaking early stops the pipeline.
	n := 0
	for range a.Records(context.Background(), strings.NewReader(strings.Repeat("a\n", 10000)), WithWorkers(2)) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)

	// A read error ends the sequence with a record carrying it.
	boom := errors.New("boom")
	var last Record
	for r := range a.Records(context.Background(), &errAfter{data: "a\nb\n", err: boom}) {
		last = r
	}
	assert.ErrorIs(t, last.Err, boom)
	assert.Zero(t, last.Line)
}

type errAfter struct {
	data string
	err  error
}

func (r *errAfter) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestAnalyzeAllStreams(t *testing.T) {
	// A slow producer sees each result before it sends the next line (output flushed when idle).
	a := mustNew(t, WithStages(Tokens))
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, err := a.AnalyzeAll(context.Background(), inR, outW, WithWorkers(2))
		outW.CloseWithError(err)
		done <- err
	}()
	out := bufio.NewReader(outR)
	for i := range 3 {
		_, err := fmt.Fprintf(inW, "baris %d\n", i)
		require.NoError(t, err)
		line, err := out.ReadString('\n')
		require.NoError(t, err)
		assert.Contains(t, line, fmt.Sprintf(`"text":"%d"`, i))
	}
	inW.Close()
	require.NoError(t, <-done)
}
