package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/sentiment"
)

// gate is a sentiment scorer that blocks until it is opened, to hold analyses in flight.
type gate struct {
	entered chan struct{}
	open    chan struct{}
}

func newGate() *gate { return &gate{entered: make(chan struct{}, 100), open: make(chan struct{})} }

func (g *gate) Score(string) sentiment.Result {
	g.entered <- struct{}{}
	<-g.open
	return sentiment.Result{Label: sentiment.Neutral}
}

func post(t *testing.T, url, contentType, body string) (int, map[string]any, http.Header) {
	t.Helper()
	resp, err := http.Post(url, contentType, strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	var v map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v), "every answer is JSON")
	return resp.StatusCode, v, resp.Header
}

func TestEndpoints(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	defer ts.Close()

	const text = `Pembeli merasa dirugikan oleh toko itu di Jakarta. Pelayanannya sangat mengecewakan!`
	body := `{"text":` + strconvQuote(text) + `}`

	code, v, h := post(t, ts.URL+"/v1/analyze", "application/json", body)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, h.Get("Content-Type"), "application/json")
	for _, k := range []string{"schema", "tokens", "sentences", "entities", "terms", "sentiment", "stats", "language"} {
		assert.Contains(t, v, k)
	}
	assert.Equal(t, "negative", v["sentiment"].(map[string]any)["label"])

	code, v, _ = post(t, ts.URL+"/v1/tokenize", "text/plain; charset=utf-8", text)
	require.Equal(t, http.StatusOK, code)
	toks := v["tokens"].([]any)
	first := toks[0].(map[string]any)
	assert.Equal(t, "Pembeli", first["text"])
	assert.EqualValues(t, 0, first["start"])
	assert.Len(t, v["sentences"], 2)

	code, v, _ = post(t, ts.URL+"/v1/stem", "application/json", body)
	require.Equal(t, http.StatusOK, code)
	stems := map[string]string{}
	for _, tok := range v["tokens"].([]any) {
		m := tok.(map[string]any)
		if st, ok := m["stem"].(string); ok {
			stems[m["text"].(string)] = st
		}
	}
	assert.Equal(t, "rugi", stems["dirugikan"])

	code, v, _ = post(t, ts.URL+"/v1/sentiment", "application/json", body)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, v, "sentiment")
	assert.NotContains(t, v, "tokens")

	code, v, _ = post(t, ts.URL+"/v1/entities", "application/json", body)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, v, "entities")

	for _, path := range []string{"/healthz", "/v1/info"} {
		resp, err := http.Get(ts.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
	}
	resp, err := http.Get(ts.URL + "/metrics")
	require.NoError(t, err)
	m, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Contains(t, string(m), "telaah_requests_total")
	assert.EqualValues(t, 1, s.Info().Endpoints["/v1/analyze"])
}

func TestBadRequests(t *testing.T) {
	s, err := New(WithMaxBodyBytes(1000))
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	defer ts.Close()

	tests := []struct {
		name, method, path, ctype, body string
		status                          int
		message                         string
	}{
		{"malformed JSON", "POST", "/v1/analyze", "application/json", `{"text": "abc`, 400, "malformed JSON"},
		{"not an object", "POST", "/v1/analyze", "application/json", `["abc"]`, 400, "malformed JSON"},
		{"text not a string", "POST", "/v1/analyze", "application/json", `{"text": 5}`, 400, "malformed JSON"},
		{"unknown field", "POST", "/v1/analyze", "application/json", `{"txt": "abc"}`, 400, "unknown field"},
		{"missing text", "POST", "/v1/analyze", "application/json", `{}`, 400, `missing field "text"`},
		{"two values", "POST", "/v1/analyze", "application/json", `{"text":"a"}{"text":"b"}`, 400, "more than one"},
		{"invalid UTF-8 plain", "POST", "/v1/tokenize", "text/plain", "ab\xffc", 400, "UTF-8"},
		{"too large", "POST", "/v1/analyze", "text/plain", strings.Repeat("kata ", 300), 413, "over 1000 bytes"},
		{"wrong method", "GET", "/v1/analyze", "", "", 405, "use POST"},
		{"wrong method on GET route", "POST", "/healthz", "application/json", "{}", 405, "use GET"},
		{"unknown path", "GET", "/v2/analyze", "", "", 404, "no such endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader(tt.body))
			require.NoError(t, err)
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			var v map[string]any
			require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.EqualValues(t, tt.status, v["status"])
			assert.Contains(t, v["error"], tt.message)
			if tt.status == 405 {
				assert.NotEmpty(t, resp.Header.Get("Allow"))
			}
		})
	}
}

func TestBusyAnswers503(t *testing.T) {
	g := newGate()
	s, err := New(WithMaxConcurrent(2), WithAnalyzerOptions(analyze.WithScorer(g)))
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	defer ts.Close()

	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			code, _, _ := post(t, ts.URL+"/v1/sentiment", "text/plain", "bagus")
			assert.Equal(t, http.StatusOK, code)
		})
	}
	<-g.entered
	<-g.entered // both slots are held

	start := time.Now()
	for range 20 {
		code, v, h := post(t, ts.URL+"/v1/sentiment", "text/plain", "bagus")
		require.Equal(t, http.StatusServiceUnavailable, code)
		assert.Equal(t, "1", h.Get("Retry-After"))
		assert.Contains(t, v["error"], "busy")
	}
	assert.Less(t, time.Since(start), 5*time.Second, "over the limit, 503s come at once")
	assert.EqualValues(t, 20, s.Info().Rejected)

	close(g.open)
	wg.Wait()
	code, _, _ := post(t, ts.URL+"/v1/sentiment", "text/plain", "bagus")
	assert.Equal(t, http.StatusOK, code, "slots are given back")
}

func TestTimeout(t *testing.T) {
	g := newGate()
	defer close(g.open)
	s, err := New(WithTimeout(50*time.Millisecond), WithAnalyzerOptions(analyze.WithScorer(slowScorer{g})))
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	defer ts.Close()
	// The analysis checks its context between stages: the slow scorer runs past the
	// deadline, and the stage after it is not run.
	code, v, _ := post(t, ts.URL+"/v1/analyze", "text/plain", "bagus sekali")
	assert.Equal(t, http.StatusServiceUnavailable, code)
	assert.Contains(t, v["error"], "longer than")
}

// slowScorer takes 100 ms, or until its gate opens.
type slowScorer struct{ g *gate }

func (s slowScorer) Score(string) sentiment.Result {
	select {
	case <-time.After(100 * time.Millisecond):
	case <-s.g.open:
	}
	return sentiment.Result{Label: sentiment.Neutral}
}

func TestSlowClientIsCut(t *testing.T) {
	s, err := New(WithReadHeaderTimeout(200 * time.Millisecond))
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, l, time.Second) }()
	defer func() { cancel(); require.NoError(t, <-done) }()

	// A slowloris client: a request line, then one header byte at a time, too slowly.
	c, err := net.Dial("tcp", l.Addr().String())
	require.NoError(t, err)
	defer c.Close()
	_, err = fmt.Fprint(c, "POST /v1/analyze HTTP/1.1\r\nHost: x\r\n")
	require.NoError(t, err)
	start := time.Now()
	var werr error
	for time.Since(start) < 3*time.Second && werr == nil {
		time.Sleep(50 * time.Millisecond)
		_, werr = c.Write([]byte("X"))
		if werr == nil {
			_ = c.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
			var b [1]byte
			if _, rerr := c.Read(b[:]); rerr != nil && !isTimeout(rerr) {
				werr = rerr
			}
		}
	}
	assert.Error(t, werr, "the server hangs up on a client that dribbles its headers")
	assert.Less(t, time.Since(start), 3*time.Second)
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

func TestGracefulShutdownFinishesInFlight(t *testing.T) {
	g := newGate()
	s, err := New(WithAnalyzerOptions(analyze.WithScorer(g)))
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, l, 5*time.Second) }()

	result := make(chan int, 1)
	go func() {
		resp, err := http.Post("http://"+l.Addr().String()+"/v1/sentiment", "text/plain", strings.NewReader("bagus"))
		if err != nil {
			result <- -1
			return
		}
		resp.Body.Close()
		result <- resp.StatusCode
	}()
	<-g.entered
	cancel() // SIGTERM arrives while a request is in flight
	time.Sleep(50 * time.Millisecond)
	_, err = net.DialTimeout("tcp", l.Addr().String(), 200*time.Millisecond)
	assert.Error(t, err, "no new connections once shutting down")
	close(g.open)
	assert.Equal(t, http.StatusOK, <-result, "the request in flight is finished")
	assert.NoError(t, <-done)
}

func TestNewRejectsBadLimits(t *testing.T) {
	_, err := New(WithMaxConcurrent(0))
	assert.Error(t, err)
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
