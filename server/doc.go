// Package server is the HTTP JSON API of telaah, the handler behind "telaah serve", ready to
// mount in a program's own mux.
//
//	s, err := server.New(server.WithMaxConcurrent(8))
//	if err != nil { ... }
//	http.Handle("/", s)
//
// # Endpoints
//
// Every POST endpoint takes a JSON body {"text": "..."} (or the raw text with Content-Type
// text/plain) and answers JSON; all offsets are byte offsets into the text.
//
//	POST /v1/analyze    the whole Document of package analyze
//	POST /v1/tokenize   {"tokens": [...], "sentences": [...]}
//	POST /v1/stem       {"tokens": [...]} with norm, stem and stop
//	POST /v1/sentiment  {"sentiment": {...}, "sentences": [...]}
//	POST /v1/entities   {"entities": [...], "terms": [...]}
//	GET  /healthz       {"status": "ok"}
//	GET  /v1/info       version, uptime, counters and limits
//	GET  /metrics       the counters in the Prometheus text format
//
// Errors are JSON too: {"error": "message", "status": N}.
//
// # Limits
//
// A body over WithMaxBodyBytes is answered 413; malformed JSON or a missing "text" 400; a
// wrong method 405 with Allow; an unknown path 404. At most WithMaxConcurrent analyses run at
// once: a request that finds every slot taken is answered 503 with Retry-After at once instead
// of waiting in an unbounded queue. An analysis that takes longer than WithTimeout is answered
// 503. HTTPServer sets read-header, read, write and idle timeouts, so slow clients
// (slowloris) are cut off, and Serve shuts down gracefully, finishing requests in flight.
//
// # Concurrency
//
// A Server is safe for concurrent use; its counters are atomic.
package server
