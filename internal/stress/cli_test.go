package stress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
)

// The tests here run the real telaah binary, built once into a temporary directory, for what
// the in-process tests of cmd/telaah cannot show: signals (SIGPIPE, SIGINT, SIGTERM), the peak
// RSS of a whole process, and input shapes their table does not hold.

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// telaahBin returns the path of the telaah binary, building it on first use.
func telaahBin(t *testing.T) string {
	t.Helper()
	if raceEnabled {
		t.Skip("the binary is not built with -race: the plain go test runs these")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "telaah-stress-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "telaah")
		out, err := exec.Command("go", "build", "-o", binPath, "github.com/telaah/telaah/cmd/telaah").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, binErr)
	return binPath
}

type cliResult struct {
	code           int
	stdout, stderr string
}

func runBin(t *testing.T, stdin io.Reader, args ...string) cliResult {
	t.Helper()
	cmd := exec.Command(telaahBin(t), args...)
	cmd.Stdin = stdin
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		require.True(t, ee.Exited(), "telaah %v died: %v; stderr: %s", args, err, errb.String())
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return cliResult{code, out.String(), errb.String()}
}

// batchSubcommands are the subcommands that read records and write one JSON record each.
var batchSubcommands = [][]string{{"analyze"}, {"tokenize"}, {"stem", "--json"}, {"sentiment"}, {"entities"}}

// TestCLIBadInputMore adds to cmd/telaah's TestBadInput the shapes its table does not hold.
func TestCLIBadInputMore(t *testing.T) {
	deep := `{"id":1,"meta":` + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000) + `,"text":"satu"}`
	cases := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		records  int
		errLines []int
	}{
		{"JSON cut inside the last object", "{\"id\":1,\"text\":\"satu\"}\n{\"id\":2,\"text\":\"du", []string{"--jsonl"}, 1, 2, []int{2}},
		{"JSON cut after a key", "{\"text\":\"satu\"}\n{\"text\"", []string{"--jsonl"}, 1, 2, []int{2}},
		{"JSON escapes NUL and lone surrogate", `{"text":"a\u0000b\ud800c \u202e"}` + "\n", []string{"--jsonl"}, 0, 1, nil},
		{"BOM and CRLF", "\xef\xbb\xbf{\"text\":\"satu\"}\r\n{\"text\":\"dua\"}\r\n", []string{"--jsonl"}, 0, 2, nil},
		{"empty line between objects", "{\"text\":\"satu\"}\n\n{\"text\":\"tiga\"}\n", []string{"--jsonl"}, 1, 3, []int{2}},
		{"array and scalar lines", "[1,2]\n\"teks\"\n{\"text\":\"tiga\"}\nnull\n", []string{"--jsonl"}, 1, 4, []int{1, 2, 4}},
		{"trailing garbage", "{\"text\":\"satu\"} x\n{\"text\":\"dua\"}{\"text\":\"tiga\"}\n", []string{"--jsonl"}, 1, 2, []int{1, 2}},
		{"deeply nested other field", deep + "\n{\"text\":\"dua\"}\n", []string{"--jsonl"}, 1, 2, []int{1}},
		{"duplicate text keys", "{\"text\":\"satu\",\"text\":\"dua\"}\n", []string{"--jsonl"}, 0, 1, nil},
		{"NUL and control bytes in lines", "a\x00b\n\x1b[31mmerah\x1b[0m\n\r\n", []string{"--lines"}, 0, 3, nil},
		{"only newlines", "\n\n\n", []string{"--lines"}, 0, 3, nil},
		{"invalid UTF-8 whole", "\xff\xfe kata \xc0", nil, 0, 1, nil},
		{"line at the limit and over it", strings.Repeat("k", 64) + "\r\n" + strings.Repeat("k", 65) + "\n", []string{"--lines", "--max-bytes", "64"}, 1, 2, []int{2}},
	}
	for _, sub := range batchSubcommands {
		for _, tc := range cases {
			t.Run(strings.Join(sub, "_")+"/"+tc.name, func(t *testing.T) {
				args := append(append(append([]string{}, sub...), tc.args...), "-q")
				r := runBin(t, strings.NewReader(tc.stdin), args...)
				assert.Equal(t, tc.code, r.code, "exit status; stderr: %s", r.stderr)
				recs := jsonRecords(t, r.stdout)
				assert.Len(t, recs, tc.records, "one output record per input record")
				var errLines []int
				for _, rec := range recs {
					if msg, ok := rec["error"]; ok {
						assert.NotEmpty(t, msg)
						line, _ := rec["line"].(float64)
						errLines = append(errLines, int(line))
					}
				}
				assert.Equal(t, tc.errLines, errLines, "error records name their lines")
			})
		}
	}
}

// jsonRecords decodes JSON Lines output; every line must be one JSON object.
func jsonRecords(t *testing.T, out string) []map[string]any {
	t.Helper()
	if out == "" {
		return nil
	}
	require.True(t, strings.HasSuffix(out, "\n"), "output ends with a whole record")
	var recs []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), "output line %d is not a JSON object: %.200q", i+1, line)
		recs = append(recs, m)
	}
	return recs
}

// TestCLIBrokenPipe closes the reader of telaah's stdout early, for every subcommand: telaah
// must exit with status 2 and say "broken pipe", not die of SIGPIPE.
func TestCLIBrokenPipe(t *testing.T) {
	bin := telaahBin(t)
	for _, sub := range append(batchSubcommands, []string{"stem"}) {
		t.Run(strings.Join(sub, "_"), func(t *testing.T) {
			pr, pw, err := os.Pipe()
			require.NoError(t, err)
			cmd := exec.Command(bin, append(append([]string{}, sub...), "--lines", "-q")...)
			cmd.Stdin = newLineStream(64 << 20)
			cmd.Stdout = pw
			var errb bytes.Buffer
			cmd.Stderr = &errb
			require.NoError(t, cmd.Start())
			pw.Close()
			_, _ = io.ReadFull(pr, make([]byte, 4096))
			pr.Close()
			err = cmd.Wait()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee, "stderr: %s", errb.String())
			require.True(t, ee.Exited(), "telaah died of a signal: %v", err)
			assert.Equal(t, 2, ee.ExitCode(), "stderr: %s", errb.String())
			assert.Contains(t, errb.String(), "broken pipe")
		})
	}
}

// TestCLIInterrupt sends SIGINT and SIGTERM to telaah in the middle of an endless stream: it
// stops promptly with status 2, and every record it wrote is whole.
func TestCLIInterrupt(t *testing.T) {
	bin := telaahBin(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "analyze", "--lines", "-q")
			cmd.Stdin = newLineStream(1 << 40)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			require.NoError(t, cmd.Start())
			time.Sleep(500 * time.Millisecond)
			require.NoError(t, cmd.Process.Signal(sig))
			sent := time.Now()
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatalf("telaah still running 10 s after %v", sig)
			}
			t.Logf("stopped %v after %v; %s", time.Since(sent).Round(time.Millisecond), sig, strings.TrimSpace(errb.String()))
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee, "stderr: %s", errb.String())
			require.True(t, ee.Exited(), "telaah died of the signal instead of stopping: %v", err)
			assert.Equal(t, 2, ee.ExitCode())
			jsonRecords(t, out.String()) // every record written is whole
		})
	}
}

// TestCLIStream pipes a generated stream (never stored) through telaah analyze --lines and
// checks the record count and the peak RSS of the process (from its rusage).
func TestCLIStream(t *testing.T) {
	bin := telaahBin(t)
	for _, tc := range streamCases() {
		t.Run(tc.name, func(t *testing.T) {
			stages := strings.ReplaceAll(tc.stages.String(), "|", ",")
			cmd := exec.Command(bin, "analyze", "--lines", "-q", "--workers", "2", "--stages", stages)
			in := newLineStream(tc.size)
			cmd.Stdin = in
			stdout, err := cmd.StdoutPipe()
			require.NoError(t, err)
			var errb bytes.Buffer
			cmd.Stderr = &errb
			start := time.Now()
			require.NoError(t, cmd.Start())
			hwm := watchHWM(cmd.Process.Pid)
			records, errRecords := 0, 0
			br := bufio.NewReaderSize(stdout, 1<<20)
			for {
				line, err := br.ReadSlice('\n')
				if err == bufio.ErrBufferFull {
					for err == bufio.ErrBufferFull {
						_, err = br.ReadSlice('\n')
					}
				}
				if len(line) > 0 && err == nil {
					records++
					if bytes.HasPrefix(line, []byte(`{"error"`)) {
						errRecords++
					}
				}
				if err != nil {
					break
				}
			}
			rss := hwm() // before Wait, while /proc still shows the process
			require.NoError(t, cmd.Wait(), "stderr: %s", errb.String())
			d := time.Since(start)
			t.Logf("telaah analyze --lines --workers 2 --stages %s: %d MB, %d records in %v (%.2f MB/s), peak RSS %.1f MB",
				stages, tc.size>>20, records, d.Round(time.Millisecond), float64(tc.size)/mb/d.Seconds(), float64(rss)/mb)
			assert.Equal(t, in.lines, records, "one record per input line")
			assert.Zero(t, errRecords)
			assert.Less(t, rss, int64(150*mb), "peak RSS stays flat")
		})
	}
}

// watchHWM samples the peak RSS (VmHWM) of process pid every 10 ms until the returned function
// is called, which returns the last value read. The rusage of a child is no use here: on Linux
// its ru_maxrss counts the parent's memory, shared until exec.
func watchHWM(pid int) func() int64 {
	var mu sync.Mutex
	var peak int64
	stop := make(chan struct{})
	done := make(chan struct{})
	path := fmt.Sprintf("/proc/%d/status", pid)
	go func() {
		defer close(done)
		for {
			if b, err := os.ReadFile(path); err == nil {
				for _, line := range strings.Split(string(b), "\n") {
					if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
						var kb int64
						fmt.Sscan(rest, &kb)
						mu.Lock()
						peak = max(peak, kb<<10)
						mu.Unlock()
					}
				}
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	return func() int64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// TestCLIView checks the view command's bad input: a missing file, invalid UTF-8, a document
// over the limit (an error, not a truncated page) and a closed stdout.
func TestCLIView(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.txt")
	r := runBin(t, strings.NewReader(""), "view", missing)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "nope.txt")
	assert.Empty(t, r.stdout)

	r = runBin(t, strings.NewReader("Saya \xff\x00 kecewa 👩‍👩‍👧 مرحبا."), "view")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "<html")
	assert.True(t, strings.Contains(r.stdout, "</html>"), "a whole page")

	r = runBin(t, &byteStream{b: 'a', left: analyze.DefaultMaxBytes + 1}, "view")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "too large")
	assert.Empty(t, r.stdout, "no truncated page")
}

// TestCLIServe starts telaah serve on 127.0.0.1 with a free port, asks it once, and stops it
// with SIGTERM: it must say it listens on this machine only and exit with status 0.
func TestCLIServe(t *testing.T) {
	cmd := exec.Command(telaahBin(t), "serve", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Kill() }()
	br := bufio.NewReader(stderr)
	first, err := br.ReadString('\n')
	require.NoError(t, err)
	assert.Contains(t, first, "this machine only")
	i := strings.Index(first, "http://127.0.0.1:")
	require.GreaterOrEqual(t, i, 0, first)
	url := strings.Fields(first[i:])[0]

	resp, err := http.Post(url+"/v1/analyze", "application/json", strings.NewReader(`{"text":"Barangnya rusak, saya kecewa."}`))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, string(body))

	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	rest, _ := io.ReadAll(br)
	err = cmd.Wait()
	assert.NoError(t, err, "stderr: %s", rest)
	assert.Contains(t, string(rest), "stopped")
}
