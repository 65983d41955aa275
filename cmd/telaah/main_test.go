package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const article = "../../examples/article/keluhan-siaran-belanja.txt"

// TestMain lets a test run the real main() in a child process (for the broken-pipe test).
func TestMain(m *testing.M) {
	if os.Getenv("TELAAH_RUN_MAIN") == "1" {
		os.Args = append([]string{"telaah"}, strings.Fields(os.Getenv("TELAAH_ARGS"))...)
		main()
		return
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// records splits JSON Lines output and decodes each record.
func records(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	if out == "" {
		return nil
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), "output line %d is not JSON: %q", i+1, line)
		recs = append(recs, m)
	}
	return recs
}

func TestAnalyzeArticle(t *testing.T) {
	r := runCLI(t, "", "analyze", article)
	require.Equal(t, exitOK, r.code, r.stderr)
	recs := records(t, r.stdout)
	require.Len(t, recs, 1, "the whole file is one document")
	doc := recs[0]
	st, err := os.Stat(article)
	require.NoError(t, err)
	assert.EqualValues(t, 1, doc["schema"])
	assert.EqualValues(t, st.Size(), doc["stats"].(map[string]any)["bytes"])
	assert.Equal(t, "id", doc["language"].(map[string]any)["code"])
	for _, key := range []string{"sentiment", "entities", "terms", "sentences", "tokens"} {
		assert.Contains(t, doc, key)
	}
	assert.Contains(t, r.stderr, "telaah analyze: 1 record, 0 errors")

	r = runCLI(t, "", "analyze", "--pretty", "--quiet", article)
	require.Equal(t, exitOK, r.code)
	assert.True(t, strings.HasPrefix(r.stdout, "{\n  \"schema\": 1,"), r.stdout[:40])
	assert.Empty(t, r.stderr)

	r = runCLI(t, "Saya kecewa.", "analyze", "--stages", "tokens,stem", "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	recs = records(t, r.stdout)
	assert.Equal(t, []any{"tokens", "stem"}, recs[0]["stages"])
	assert.NotContains(t, recs[0], "entities")
}

func TestOrderManyWorkers(t *testing.T) {
	var in strings.Builder
	const n = 300
	for i := range n {
		fmt.Fprintf(&in, "baris%d %s\n", i, strings.Repeat("kata ", i%23))
	}
	one := runCLI(t, in.String(), "analyze", "--lines", "--workers", "1", "-q")
	many := runCLI(t, in.String(), "analyze", "--lines", "--workers", "8", "-q")
	require.Equal(t, exitOK, many.code, many.stderr)
	require.Equal(t, one.stdout, many.stdout, "the output does not depend on the number of workers")
	for _, cmd := range [][]string{{"analyze", "--stages", "tokens"}, {"tokenize"}, {"stem", "--json"}, {"sentiment"}, {"entities"}} {
		r := runCLI(t, in.String(), append(cmd, "--lines", "--workers", "8", "-q")...)
		require.Equal(t, exitOK, r.code, r.stderr)
		recs := records(t, r.stdout)
		require.Len(t, recs, n)
		for i, rec := range recs {
			if cmd[0] == "sentiment" || cmd[0] == "entities" {
				continue // no tokens in their output: the count is checked above
			}
			first := rec["tokens"].([]any)[0].(map[string]any)["text"]
			require.Equal(t, fmt.Sprintf("baris%d", i), first, "%v: record %d out of order", cmd, i)
		}
	}
}

func TestStemPlain(t *testing.T) {
	r := runCLI(t, "Pembeli dirugikan\n\nkekecewaan, 123\npelanggaran", "stem", "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "beli rugi\n\nkecewa\nlanggar\n", r.stdout)

	r = runCLI(t, "pembeli\nxxxxxxxxxxxx\nkecewa\n", "stem", "--max-bytes", "10")
	assert.Equal(t, exitFailed, r.code)
	assert.Equal(t, "beli\n\nkecewa\n", r.stdout, "a failed line keeps its place")
	assert.Contains(t, r.stderr, "line 2")
	assert.Contains(t, r.stderr, "too long")

	r = runCLI(t, "{\"text\":\"dirugikan\"}\n{\"id\":2}\n", "stem", "--jsonl", "-q")
	assert.Equal(t, exitFailed, r.code)
	recs := records(t, r.stdout)
	require.Len(t, recs, 2, "with --jsonl the output is JSON Lines")
	assert.Equal(t, "rugi", recs[0]["tokens"].([]any)[0].(map[string]any)["stem"])
	assert.EqualValues(t, 2, recs[1]["line"])

	var errb bytes.Buffer
	code := run(context.Background(), []string{"stem"}, strings.NewReader(strings.Repeat("pembeli dirugikan\n", 20000)), closedPipe(t), &errb)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errb.String(), "broken pipe")
}

func TestSubcommandOutputs(t *testing.T) {
	r := runCLI(t, `{"id":"a1","text":"Barangnya rusak, saya kecewa."}`, "sentiment", "--jsonl", "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	rec := records(t, r.stdout)[0]
	assert.Equal(t, "a1", rec["id"])
	for _, k := range []string{"label", "score", "positive", "neutral", "negative", "sentences", "cues"} {
		assert.Contains(t, rec, k)
	}

	r = runCLI(t, "Rina membeli di BelanjaKita.", "entities", "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	rec = records(t, r.stdout)[0]
	assert.Contains(t, rec, "entities")
	assert.Contains(t, rec, "terms")

	r = runCLI(t, "TikTok Shop. Lalu", "tokenize", "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	rec = records(t, r.stdout)[0]
	tok := rec["tokens"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"text": "TikTok", "start": 0.0, "end": 6.0, "kind": "word"}, tok)
	assert.NotEmpty(t, rec["sentences"])
}

// closedPipe returns the write end of a pipe whose read end is closed.
func closedPipe(t *testing.T) *os.File {
	t.Helper()
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	require.NoError(t, pr.Close())
	t.Cleanup(func() { pw.Close() })
	return pw
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("satu\ndua\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")

	subcommands := [][]string{{"analyze"}, {"tokenize"}, {"stem", "--json"}, {"sentiment"}, {"entities"}}
	type tcase struct {
		name     string
		stdin    string
		args     []string
		code     int
		records  int
		errLines []int  // lines named by error records
		stderr   string // substring expected on stderr
	}
	cases := []tcase{
		{"malformed JSON", "{\"id\":1,\"text\":\"oke\"}\n{\"id\":2,\"text\":\n{\"id\":3,\"text\":\"oke\"}\n", []string{"--jsonl"}, exitFailed, 3, []int{2}, ""},
		{"missing field", "{\"id\":1}\n{\"id\":2,\"text\":\"oke\"}\n", []string{"--jsonl"}, exitFailed, 2, []int{1}, ""},
		{"non-string field", "{\"text\":12}\n{\"text\":[\"a\"]}\n{\"text\":null}\n{\"text\":\"oke\"}\n", []string{"--jsonl"}, exitFailed, 4, []int{1, 2, 3}, ""},
		{"other field", "{\"body\":\"oke\",\"text\":1}\n", []string{"--jsonl", "--field", "body"}, exitOK, 1, nil, ""},
		{"invalid UTF-8 in JSON", "{\"id\":1,\"text\":\"a\xffb\"}\n{\"id\":2,\"text\":\"oke\"}\n", []string{"--jsonl"}, exitFailed, 2, []int{1}, ""},
		{"truncated last line JSON", "{\"text\":\"satu\"}\n{\"text\":\"dua\"}", []string{"--jsonl"}, exitOK, 2, nil, ""},
		{"truncated last line", "satu\ndua", []string{"--lines"}, exitOK, 2, nil, ""},
		{"empty lines", "satu\n\n\ndua\n", []string{"--lines"}, exitOK, 4, nil, ""},
		{"invalid UTF-8 in text", "a\xffb\n\x00\x01\n", []string{"--lines"}, exitOK, 2, nil, ""},
		{"line too long", "satu\n" + strings.Repeat("x", 100) + "\ndua\n", []string{"--lines", "--max-bytes", "50"}, exitFailed, 3, []int{2}, ""},
		{"document too long", strings.Repeat("x", 100), []string{"--max-bytes", "50"}, exitFailed, 1, []int{1}, ""},
		{"empty input whole", "", nil, exitOK, 1, nil, ""},
		{"empty input lines", "", []string{"--lines"}, exitOK, 0, nil, ""},
		{"unreadable file", "", []string{"--lines", good, missing}, exitUsage, 2, nil, "missing.txt"},
		{"directory", "", []string{"--lines", dir}, exitUsage, 0, nil, "is a directory"},
		{"usage: two modes", "", []string{"--lines", "--jsonl"}, exitUsage, 0, nil, "cannot be used together"},
		{"usage: field without jsonl", "", []string{"--field", "body"}, exitUsage, 0, nil, "--field needs --jsonl"},
		{"usage: unknown flag", "", []string{"--nope"}, exitUsage, 0, nil, "unknown flag"},
		{"usage: workers", "", []string{"--workers", "0"}, exitUsage, 0, nil, "--workers"},
	}
	for _, sub := range subcommands {
		for _, tc := range cases {
			t.Run(strings.Join(sub, "_")+"/"+tc.name, func(t *testing.T) {
				r := runCLI(t, tc.stdin, append(append([]string{}, sub...), tc.args...)...)
				assert.Equal(t, tc.code, r.code, "exit status; stderr: %s", r.stderr)
				recs := records(t, r.stdout)
				assert.Len(t, recs, tc.records, "one output record per input record")
				var errLines []int
				for _, rec := range recs {
					if msg, ok := rec["error"]; ok {
						assert.NotEmpty(t, msg)
						errLines = append(errLines, int(rec["line"].(float64)))
					}
				}
				assert.Equal(t, tc.errLines, errLines, "error records name their lines")
				if tc.stderr != "" {
					assert.Contains(t, r.stderr, tc.stderr)
				}
				if len(tc.errLines) > 0 {
					assert.Contains(t, r.stderr, plural(len(tc.errLines), "error"))
				}
			})
		}
		t.Run(strings.Join(sub, "_")+"/closed stdout", func(t *testing.T) {
			var errb bytes.Buffer
			in := strings.Repeat("baris teks yang cukup panjang untuk mengisi penyangga\n", 5000)
			code := run(context.Background(), append(append([]string{}, sub...), "--lines"), strings.NewReader(in), closedPipe(t), &errb)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, errb.String(), "writing output")
			assert.Contains(t, errb.String(), "broken pipe")
		})
	}
}

// TestBrokenPipeMain runs the real main in a child process whose stdout is a pipe closed by the
// reader: it must exit with status 2, not die of SIGPIPE.
func TestBrokenPipeMain(t *testing.T) {
	if testing.Short() {
		t.Skip("child process")
	}
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TELAAH_RUN_MAIN=1", "TELAAH_ARGS=tokenize --lines")
	cmd.Stdin = strings.NewReader(strings.Repeat("baris teks\n", 200000))
	cmd.Stdout = pw
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	pw.Close()
	buf := make([]byte, 100)
	_, _ = io.ReadFull(pr, buf)
	pr.Close()
	err = cmd.Wait()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "stderr: %s", errb.String())
	assert.Equal(t, exitUsage, ee.ExitCode(), "stderr: %s", errb.String())
	assert.Contains(t, errb.String(), "broken pipe")
}

func TestUsage(t *testing.T) {
	r := runCLI(t, "", "--help")
	assert.Equal(t, exitOK, r.code)
	assert.Contains(t, r.stdout, "Exit status:")
	for _, sub := range []string{"analyze", "tokenize", "stem", "sentiment", "entities", "serve", "view"} {
		assert.Contains(t, r.stdout, "\n  "+sub+" ")
	}
	r = runCLI(t, "", "nosuchcommand")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "unknown command")

	r = runCLI(t, "", "analyze", "--stages", "tokens,lemma")
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "unknown stage")

	for _, sub := range []string{"sentiment", "entities"} {
		r = runCLI(t, "", sub, "train")
		assert.Equal(t, exitUsage, r.code)
		assert.Contains(t, r.stderr, "--data and --out are required")
	}
}

func TestSentimentTrainAndModel(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "train.tsv")
	var b strings.Builder
	pos := []string{"barangnya bagus sekali", "pengiriman cepat dan rapi", "puas dengan pelayanannya", "mantap sesuai pesanan", "penjual ramah, recommended"}
	neg := []string{"barangnya rusak parah", "pengiriman lambat sekali", "kecewa dengan pelayanannya", "tidak sesuai pesanan", "penjual menipu, kapok"}
	for i := range 20 {
		fmt.Fprintf(&b, "%s %d\tpositive\n%s %d\tnegative\n", pos[i%5], i, neg[i%5], i)
	}
	require.NoError(t, os.WriteFile(data, []byte(b.String()), 0o644))
	model := filepath.Join(dir, "m.model")

	r := runCLI(t, "", "sentiment", "train", "--data", data, "--out", model)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "40 examples")

	r = runCLI(t, "{\"id\":1,\"text\":\"barangnya bagus sekali\"}\n{\"id\":2,\"text\":\"barangnya rusak parah\"}\n", "sentiment", "--jsonl", "--model", model, "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	recs := records(t, r.stdout)
	require.Len(t, recs, 2)
	assert.Equal(t, "positive", recs[0]["label"])
	assert.Equal(t, "negative", recs[1]["label"])

	r = runCLI(t, "", "sentiment", "--model", filepath.Join(dir, "nope.model"))
	assert.Equal(t, exitUsage, r.code)
	r = runCLI(t, "", "sentiment", "--model", data) // not a model file
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, "not a model file")
	r = runCLI(t, "", "sentiment", "train", "--data", filepath.Join(dir, "nope.tsv"), "--out", model)
	assert.Equal(t, exitUsage, r.code)

	r = runCLI(t, "", "entities", "--model", model) // a sentiment model is not a tagger
	assert.Equal(t, exitUsage, r.code)
}

func TestEntitiesTrainAndModel(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "train.conll")
	var b strings.Builder
	names := []string{"Rina", "Budi", "Dewi", "Andi"}
	for i := range 40 {
		fmt.Fprintf(&b, "%s\tB-PER\nbekerja\tO\ndi\tO\nSurabaya\tB-LOC\n.\tO\n\n", names[i%4])
	}
	require.NoError(t, os.WriteFile(data, []byte(b.String()), 0o644))
	model := filepath.Join(dir, "ner.model")
	r := runCLI(t, "", "entities", "train", "--data", data, "--out", model, "--epochs", "3")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stderr, "40 sentences")

	r = runCLI(t, "Rina bekerja di Surabaya.", "entities", "--model", model, "-q")
	require.Equal(t, exitOK, r.code, r.stderr)
	rec := records(t, r.stdout)[0]
	assert.NotEmpty(t, rec["entities"])

	r = runCLI(t, "", "entities", "--model-only")
	assert.Equal(t, exitUsage, r.code)
	r = runCLI(t, "", "entities", "--model", data)
	assert.Equal(t, exitUsage, r.code)
}

func TestServeAndViewWired(t *testing.T) {
	r := runCLI(t, "", "view", article)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "<html")

	ctx, cancel := context.WithCancel(context.Background())
	var errb syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &errb)
	}()
	for i := 0; i < 200 && !strings.Contains(errb.String(), "listening"); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	require.Contains(t, errb.String(), "listening on http://127.0.0.1:")
	cancel()
	select {
	case code := <-done:
		assert.Equal(t, exitOK, code, errb.String())
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
