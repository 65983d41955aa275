package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/telaah/telaah/analyze"
)

// Defaults of the limits; each has an Option.
const (
	DefaultAddr         = "127.0.0.1:8080"
	DefaultMaxBodyBytes = 1 << 20
	DefaultTimeout      = 10 * time.Second
)

// DefaultMaxConcurrent is the default number of analyses run at once: two per CPU.
func DefaultMaxConcurrent() int { return 2 * runtime.GOMAXPROCS(0) }

// Option configures a Server.
type Option func(*config)

type config struct {
	maxBody       int64
	timeout       time.Duration
	maxConcurrent int
	readHeader    time.Duration
	analyzeOpts   []analyze.Option
}

// WithMaxBodyBytes sets the largest request body accepted; a larger one is answered 413.
func WithMaxBodyBytes(n int64) Option { return func(c *config) { c.maxBody = n } }

// WithTimeout sets the time one request may take to be analysed; past it the answer is 503.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithMaxConcurrent sets how many analyses run at once. A request that finds them all busy is
// answered 503 with Retry-After at once, never queued.
func WithMaxConcurrent(n int) Option { return func(c *config) { c.maxConcurrent = n } }

// WithReadHeaderTimeout sets how long a client may take to send its request headers
// (default 5 s); a slower one is disconnected.
func WithReadHeaderTimeout(d time.Duration) Option { return func(c *config) { c.readHeader = d } }

// WithAnalyzerOptions passes options (custom stemmer, scorer, recogniser...) to every Analyzer
// the server builds. Stage options are overridden per endpoint.
func WithAnalyzerOptions(opts ...analyze.Option) Option {
	return func(c *config) { c.analyzeOpts = append(c.analyzeOpts, opts...) }
}

// Server is the HTTP JSON API of telaah. It is an http.Handler, safe for concurrent use.
type Server struct {
	cfg       config
	mux       *http.ServeMux
	slots     chan struct{}
	started   time.Time
	endpoints []*endpoint

	requests atomic.Int64 // requests answered, all endpoints and statuses
	failures atomic.Int64 // requests answered with a 4xx or 5xx status
	rejected atomic.Int64 // requests answered 503 because every slot was busy
	timeouts atomic.Int64 // analyses that ran out of time
	inFlight atomic.Int64 // analyses running now
	bytesIn  atomic.Int64 // text bytes analysed
}

// endpoint is one POST route: an Analyzer with the stages it needs and what it answers.
type endpoint struct {
	path   string
	an     *analyze.Analyzer
	answer func(*analyze.Document) any
	count  atomic.Int64
}

// New builds a Server and the Analyzers behind its endpoints.
func New(opts ...Option) (*Server, error) {
	cfg := config{maxBody: DefaultMaxBodyBytes, timeout: DefaultTimeout, maxConcurrent: DefaultMaxConcurrent(), readHeader: 5 * time.Second}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.maxBody <= 0 || cfg.timeout <= 0 || cfg.maxConcurrent <= 0 || cfg.readHeader <= 0 {
		return nil, errors.New("server: limits must be positive")
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), slots: make(chan struct{}, cfg.maxConcurrent), started: time.Now()}
	routes := []struct {
		path   string
		stages analyze.Stage
		answer func(*analyze.Document) any
	}{
		{"/v1/analyze", analyze.AllStages, func(d *analyze.Document) any { return d }},
		{"/v1/tokenize", analyze.Sentences | analyze.Tokens, func(d *analyze.Document) any {
			return map[string]any{"tokens": d.Tokens, "sentences": d.Sentences}
		}},
		{"/v1/stem", analyze.Tokens | analyze.Normalize | analyze.Stem | analyze.Stopwords, func(d *analyze.Document) any {
			return map[string]any{"tokens": d.Tokens}
		}},
		{"/v1/sentiment", analyze.Sentences | analyze.Sentiment, func(d *analyze.Document) any {
			return map[string]any{"sentiment": d.Sentiment, "sentences": d.Sentences}
		}},
		{"/v1/entities", analyze.Entities | analyze.Terms, func(d *analyze.Document) any {
			return map[string]any{"entities": d.Entities, "terms": d.Terms}
		}},
	}
	for _, r := range routes {
		aopts := append(append([]analyze.Option(nil), cfg.analyzeOpts...),
			analyze.WithStages(r.stages), analyze.WithMaxBytes(int(cfg.maxBody)))
		an, err := analyze.New(aopts...)
		if err != nil {
			return nil, fmt.Errorf("server: %s: %w", r.path, err)
		}
		e := &endpoint{path: r.path, an: an, answer: r.answer}
		s.endpoints = append(s.endpoints, e)
		s.mux.Handle(r.path, s.post(e))
	}
	s.mux.HandleFunc("/healthz", s.get(func(w http.ResponseWriter, _ *http.Request) {
		s.writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}))
	s.mux.HandleFunc("/v1/info", s.get(s.info))
	s.mux.HandleFunc("/metrics", s.get(s.metrics))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	return s, nil
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// request is the JSON body of a POST: the text to analyse.
type request struct {
	Text *string `json:"text"`
}

// post wraps an endpoint: method check, concurrency slot, body limit, timeout.
func (s *Server) post(e *endpoint) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			s.writeError(w, http.StatusMethodNotAllowed, r.Method+" not allowed on "+e.path+": use POST")
			return
		}
		// The body is read before a slot is taken, so a client still sending holds none.
		text, status, err := s.readText(w, r)
		if err != nil {
			s.writeError(w, status, err.Error())
			return
		}
		select {
		case s.slots <- struct{}{}:
		default:
			s.rejected.Add(1)
			w.Header().Set("Retry-After", "1")
			s.writeError(w, http.StatusServiceUnavailable, "server busy: every analysis slot is taken, retry later")
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.timeout)
		defer cancel()
		doc, err := s.analyze(ctx, e.an, text)
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			s.timeouts.Add(1)
			s.writeError(w, http.StatusServiceUnavailable, "analysis took longer than "+s.cfg.timeout.String())
			return
		case errors.Is(err, analyze.ErrTooLarge):
			s.writeError(w, http.StatusRequestEntityTooLarge, err.Error())
			return
		case err != nil:
			s.writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		e.count.Add(1)
		s.bytesIn.Add(int64(len(text)))
		s.writeJSON(w, http.StatusOK, e.answer(doc))
	})
}

// analyze runs one analysis and returns when it is done or ctx is, whichever comes first.
// The analysis holds its slot (taken by the caller) until it really ends, even when its
// request has already been answered, so the concurrency limit bounds the work being done.
func (s *Server) analyze(ctx context.Context, an *analyze.Analyzer, text string) (*analyze.Document, error) {
	type result struct {
		doc *analyze.Document
		err error
	}
	done := make(chan result, 1)
	s.inFlight.Add(1)
	go func() {
		defer func() { s.inFlight.Add(-1); <-s.slots }()
		doc, err := an.Analyze(ctx, text)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readText reads the text of a request: a JSON object {"text": "..."} (the default), or the
// raw body when the content type is text/plain.
func (s *Server) readText(w http.ResponseWriter, r *http.Request) (string, int, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return "", http.StatusRequestEntityTooLarge, fmt.Errorf("request body over %d bytes", s.cfg.maxBody)
		}
		return "", http.StatusBadRequest, fmt.Errorf("reading request body: %v", err)
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "text/plain" {
		if !utf8.Valid(body) {
			return "", http.StatusBadRequest, errors.New("text/plain body is not valid UTF-8")
		}
		return string(body), 0, nil
	}
	var req request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return "", http.StatusBadRequest, fmt.Errorf("malformed JSON body (want {\"text\": \"...\"}): %v", err)
	}
	if dec.More() {
		return "", http.StatusBadRequest, errors.New("malformed JSON body: more than one JSON value")
	}
	if req.Text == nil {
		return "", http.StatusBadRequest, errors.New(`missing field "text"`)
	}
	return *req.Text, 0, nil
}

// get wraps a read-only handler with a method check.
func (s *Server) get(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.writeError(w, http.StatusMethodNotAllowed, r.Method+" not allowed on "+r.URL.Path+": use GET")
			return
		}
		h(w, r)
	}
}

// Info is the answer of GET /v1/info.
type Info struct {
	Version       string           `json:"version"`
	GoVersion     string           `json:"go_version"`
	UptimeSeconds float64          `json:"uptime_seconds"`
	Requests      int64            `json:"requests"`
	Failures      int64            `json:"failures"`
	Rejected      int64            `json:"rejected"`
	Timeouts      int64            `json:"timeouts"`
	InFlight      int64            `json:"in_flight"`
	BytesAnalysed int64            `json:"bytes_analysed"`
	Endpoints     map[string]int64 `json:"endpoints"`
	Limits        map[string]any   `json:"limits"`
}

// Info returns the server's version, counters and limits.
func (s *Server) Info() Info {
	in := Info{
		Version: version(), GoVersion: runtime.Version(),
		UptimeSeconds: time.Since(s.started).Seconds(),
		Requests:      s.requests.Load(), Failures: s.failures.Load(), Rejected: s.rejected.Load(),
		Timeouts: s.timeouts.Load(), InFlight: s.inFlight.Load(), BytesAnalysed: s.bytesIn.Load(),
		Endpoints: map[string]int64{},
		Limits: map[string]any{
			"max_body_bytes": s.cfg.maxBody, "timeout_seconds": s.cfg.timeout.Seconds(),
			"max_concurrent": s.cfg.maxConcurrent,
		},
	}
	for _, e := range s.endpoints {
		in.Endpoints[e.path] = e.count.Load()
	}
	return in
}

func (s *Server) info(w http.ResponseWriter, _ *http.Request) {
	s.writeJSON(w, http.StatusOK, s.Info())
}

// metrics writes the counters in the Prometheus text format.
func (s *Server) metrics(w http.ResponseWriter, _ *http.Request) {
	in := s.Info()
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	s.requests.Add(1)
	p := func(name, help, typ string, v any) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s %v\n", name, help, name, typ, name, v)
	}
	p("telaah_requests_total", "Requests answered.", "counter", in.Requests)
	p("telaah_request_failures_total", "Requests answered with a 4xx or 5xx status.", "counter", in.Failures)
	p("telaah_requests_rejected_total", "Requests answered 503 because every slot was busy.", "counter", in.Rejected)
	p("telaah_analysis_timeouts_total", "Analyses that ran out of time.", "counter", in.Timeouts)
	p("telaah_analyses_in_flight", "Analyses running now.", "gauge", in.InFlight)
	p("telaah_bytes_analysed_total", "Text bytes analysed.", "counter", in.BytesAnalysed)
	p("telaah_uptime_seconds", "Seconds since the server started.", "gauge", strconv.FormatFloat(in.UptimeSeconds, 'f', 3, 64))
}

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	s.requests.Add(1)
	if status >= 400 {
		s.failures.Add(1)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client went away: nothing left to tell it
}

// writeError answers {"error": message, "status": status}.
func (s *Server) writeError(w http.ResponseWriter, status int, message string) {
	s.writeJSON(w, status, map[string]any{"error": message, "status": status})
}

// version is the module version the binary was built from, "(devel)" in a work tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// HTTPServer returns an http.Server for s on addr with timeouts that cut slow clients:
// headers must arrive within the read-header timeout (5 s by default) and the body within the
// request timeout.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: s.cfg.readHeader,
		ReadTimeout:       s.cfg.timeout + s.cfg.readHeader,
		WriteTimeout:      2*s.cfg.timeout + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// Serve answers requests on l until ctx is done, then shuts down gracefully: it stops
// accepting, lets requests in flight finish (for up to grace), and returns.
func (s *Server) Serve(ctx context.Context, l net.Listener, grace time.Duration) error {
	hs := s.HTTPServer(l.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
