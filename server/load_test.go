package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/sentiment"
)

// The load tests run the server on 127.0.0.1 only, on a free port, with a bounded number of
// requests and a time limit. TELAAH_STRESS=1 runs the longer versions.

func heavyLoad() bool { return os.Getenv("TELAAH_STRESS") == "1" }

// fast is the time a 503 may take at the 99th percentile: 100 ms, ten times that under the
// race detector.
func fast() time.Duration {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				return time.Second
			}
		}
	}
	return 100 * time.Millisecond
}

// startLoopback serves s on 127.0.0.1 and returns its base URL; the server is shut down when
// the test ends.
func startLoopback(t *testing.T, s *Server) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	host, _, err := net.SplitHostPort(l.Addr().String())
	require.NoError(t, err)
	require.True(t, net.ParseIP(host).IsLoopback(), "load tests run on loopback only")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, l, 5*time.Second) }()
	t.Cleanup(func() {
		cancel()
		assert.NoError(t, <-done)
	})
	return "http://" + l.Addr().String()
}

// loadClient is an HTTP client that keeps one connection per client goroutine.
func loadClient(conns int) *http.Client {
	return &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true},
	}
}

// loadTexts are the request texts, written for these tests.
var loadTexts = []string{
	"Pesanan saya belum sampai padahal sudah dua minggu, penjualnya tidak membalas pesan.",
	"Barangnya bagus sekali dan pengirimannya cepat, terima kasih kak!",
	"Harga cabai naik jadi Rp125.000 per kilo sejak 3 Maret 2025, kata pedagang di Pasar Minggu, Jakarta Selatan.",
	"Menurut Badan Pusat Statistik (BPS), inflasi Oktober sebesar 2,3 persen. Kenaikan terbesar terjadi pada kelompok makanan.",
	"gak sesuai deskripsi, warnanya beda bgt sm fotonya 😡😡 kecewa berat",
	"Rapat dengan Dinas Perhubungan Kota Bandung ditunda sampai Kamis depan karena kepala dinas sedang sakit.",
}

var loadPaths = []string{"/v1/analyze", "/v1/tokenize", "/v1/stem", "/v1/sentiment", "/v1/entities"}

type answer struct {
	status  int
	body    []byte
	latency time.Duration
	err     error
	retry   string
}

func ask(c *http.Client, url, text string) answer {
	body, _ := json.Marshal(map[string]string{"text": text})
	start := time.Now()
	resp, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return answer{err: err, latency: time.Since(start)}
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	return answer{status: resp.StatusCode, body: b, latency: time.Since(start), err: err, retry: resp.Header.Get("Retry-After")}
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// TestLoadBelowLimit sends a fixed number of requests from 8 clients, below the concurrency
// limit, over every endpoint: every answer is 200 and the same as the answer to the request
// made alone. It reports p50/p99 latency and requests/s.
func TestLoadBelowLimit(t *testing.T) {
	clients, total, limit := 8, 2_000, 20*time.Second
	if heavyLoad() {
		total, limit = 50_000, 120*time.Second
	}
	s, err := New(WithMaxConcurrent(2 * clients))
	require.NoError(t, err)
	base := startLoopback(t, s)
	c := loadClient(clients)
	defer c.CloseIdleConnections()

	// the answer to each request made alone
	want := map[string][]byte{}
	for _, p := range loadPaths {
		for i, text := range loadTexts {
			a := ask(c, base+p, text)
			require.NoError(t, a.err)
			require.Equal(t, http.StatusOK, a.status, "%s: %s", p, a.body)
			want[fmt.Sprint(p, i)] = a.body
		}
	}

	var next atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	statuses := map[int]int{}
	var errs []error
	differ := 0
	deadline := time.Now().Add(limit)
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for {
				n := int(next.Add(1)) - 1
				if n >= total || time.Now().After(deadline) {
					return
				}
				p, i := loadPaths[n%len(loadPaths)], (n/len(loadPaths))%len(loadTexts)
				a := ask(c, base+p, loadTexts[i])
				mu.Lock()
				lat = append(lat, a.latency)
				statuses[a.status]++
				if a.err != nil {
					errs = append(errs, a.err)
				} else if a.status == http.StatusOK && !bytes.Equal(a.body, want[fmt.Sprint(p, i)]) {
					differ++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	d := time.Since(start)
	t.Logf("%d requests, %d clients, limit %d: %v, %.0f requests/s, p50 %v, p99 %v, max %v, statuses %v",
		len(lat), clients, 2*clients, d.Round(time.Millisecond), float64(len(lat))/d.Seconds(),
		percentile(lat, 0.5).Round(10*time.Microsecond), percentile(lat, 0.99).Round(10*time.Microsecond), slices.Max(lat).Round(10*time.Microsecond), statuses)
	assert.Empty(t, errs, "transport errors")
	assert.Equal(t, len(lat), statuses[http.StatusOK], "every answer is 200")
	assert.Zero(t, differ, "answers under load equal the answers made alone")
	assert.GreaterOrEqual(t, len(lat), min(total, 200), "the server kept up")
	assert.Zero(t, s.Info().InFlight, "every slot is given back")
}

// TestLoadOverLimit holds every analysis slot and sends many more requests: each is answered
// 503 with Retry-After at once, and neither the heap nor the number of goroutines grows.
func TestLoadOverLimit(t *testing.T) {
	clients, total := 16, 2_000
	if heavyLoad() {
		total = 50_000
	}
	g := &holdScorer{entered: make(chan struct{}, 4), open: make(chan struct{})}
	s, err := New(WithMaxConcurrent(2), WithAnalyzerOptions(analyze.WithScorer(g)))
	require.NoError(t, err)
	base := startLoopback(t, s)
	c := loadClient(clients)

	held := make(chan int, 2)
	for range 2 {
		go func() { held <- ask(loadClient(1), base+"/v1/sentiment", "bagus").status }()
	}
	<-g.entered
	<-g.entered

	burst := func(n int) (lat []time.Duration, statuses map[int]int, errs int, noRetry int) {
		var next atomic.Int64
		var mu sync.Mutex
		statuses = map[int]int{}
		var wg sync.WaitGroup
		for range clients {
			wg.Go(func() {
				for {
					k := int(next.Add(1))
					if k > n {
						return
					}
					a := ask(c, base+loadPaths[k%len(loadPaths)], loadTexts[k%len(loadTexts)])
					mu.Lock()
					lat = append(lat, a.latency)
					statuses[a.status]++
					if a.err != nil {
						errs++
					}
					if a.retry == "" {
						noRetry++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		return
	}
	burst(200) // warm up: connections, pools
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	goroutinesBefore := runtime.NumGoroutine()

	start := time.Now()
	lat, statuses, errs, noRetry := burst(total)
	d := time.Since(start)

	runtime.GC()
	runtime.ReadMemStats(&after)
	growth := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("over the limit: %d requests, %d clients, 2 slots held: %v, %.0f answers/s, 503 p50 %v, p99 %v, max %v; heap %+.2f MB (%.1f -> %.1f MB), goroutines %d -> %d",
		len(lat), clients, d.Round(time.Millisecond), float64(len(lat))/d.Seconds(),
		percentile(lat, 0.5).Round(10*time.Microsecond), percentile(lat, 0.99).Round(10*time.Microsecond), slices.Max(lat).Round(10*time.Microsecond),
		float64(growth)/(1<<20), float64(before.HeapAlloc)/(1<<20), float64(after.HeapAlloc)/(1<<20), goroutinesBefore, runtime.NumGoroutine())
	assert.Zero(t, errs)
	assert.Equal(t, map[int]int{http.StatusServiceUnavailable: total}, statuses, "every request over the limit is answered 503")
	assert.Zero(t, noRetry, "every 503 carries Retry-After")
	assert.Less(t, percentile(lat, 0.99), fast(), "503s come at once")
	assert.Less(t, growth, int64(4<<20), "no memory growth")
	assert.LessOrEqual(t, runtime.NumGoroutine(), goroutinesBefore+4, "no goroutine growth")
	assert.EqualValues(t, total+200, s.Info().Rejected)

	close(g.open)
	assert.Equal(t, http.StatusOK, <-held)
	assert.Equal(t, http.StatusOK, <-held)
	a := ask(c, base+"/v1/analyze", loadTexts[0])
	assert.Equal(t, http.StatusOK, a.status, "the slots are given back")
	c.CloseIdleConnections()
}

// TestLoadMixedOverLimit runs three times more clients than slots on real analyses: every
// answer is 200 or a 503 with Retry-After, nothing else, and the 503s are fast.
func TestLoadMixedOverLimit(t *testing.T) {
	slots, clients, total := 2, 6, 2_000
	if heavyLoad() {
		total = 50_000
	}
	s, err := New(WithMaxConcurrent(slots))
	require.NoError(t, err)
	base := startLoopback(t, s)
	c := loadClient(clients)
	defer c.CloseIdleConnections()
	var next atomic.Int64
	var mu sync.Mutex
	byStatus := map[int][]time.Duration{}
	errs := 0
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for {
				n := int(next.Add(1)) - 1
				if n >= total {
					return
				}
				text := strings.Repeat(loadTexts[n%len(loadTexts)]+" ", 4)
				a := ask(c, base+"/v1/analyze", text)
				mu.Lock()
				byStatus[a.status] = append(byStatus[a.status], a.latency)
				if a.err != nil || (a.status == http.StatusServiceUnavailable && a.retry == "") {
					errs++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	d := time.Since(start)
	ok, busy := byStatus[http.StatusOK], byStatus[http.StatusServiceUnavailable]
	t.Logf("%d requests, %d clients, %d slots: %v, %.0f requests/s; 200: %d (p50 %v, p99 %v); 503: %d (p50 %v, p99 %v)",
		total, clients, slots, d.Round(time.Millisecond), float64(total)/d.Seconds(),
		len(ok), percentile(ok, 0.5).Round(10*time.Microsecond), percentile(ok, 0.99).Round(10*time.Microsecond),
		len(busy), percentile(busy, 0.5).Round(10*time.Microsecond), percentile(busy, 0.99).Round(10*time.Microsecond))
	assert.Zero(t, errs)
	assert.Equal(t, total, len(ok)+len(busy), "only 200 and 503 answers")
	assert.NotEmpty(t, ok)
	if len(busy) > 0 {
		// The analyses use both cores here, and the 503s come exactly when they are all busy,
		// so a 503 waits for the CPU like any answer: the bound is looser than with idle slots.
		assert.Less(t, percentile(busy, 0.99), 5*fast(), "503s come at once")
	}
}

// holdScorer blocks each Score until open is closed, to hold analysis slots.
type holdScorer struct {
	entered chan struct{}
	open    chan struct{}
}

func (h *holdScorer) Score(string) sentiment.Result {
	h.entered <- struct{}{}
	<-h.open
	return sentiment.Result{Label: sentiment.Neutral}
}
