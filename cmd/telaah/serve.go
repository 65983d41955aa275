package main

import (
	"fmt"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/server"
)

func (a *app) serveCmd() *cobra.Command {
	var (
		addr          string
		maxBody       int64
		timeout       time.Duration
		maxConcurrent int
		grace         time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP JSON API (POST /v1/analyze, /v1/tokenize, /v1/stem, /v1/sentiment, /v1/entities)",
		Long: `serve answers the HTTP JSON API until SIGINT or SIGTERM, then finishes the requests in
flight and stops. It binds to 127.0.0.1 (this machine only) unless --addr says otherwise.

  POST /v1/analyze     {"text": "..."} -> the analyze Document
  POST /v1/tokenize    -> {"tokens": [...], "sentences": [...]}
  POST /v1/stem        -> {"tokens": [...]} with norm, stem, stop
  POST /v1/sentiment   -> {"sentiment": {...}, "sentences": [...]}
  POST /v1/entities    -> {"entities": [...], "terms": [...]}
  GET  /healthz, GET /v1/info, GET /metrics

A body over --max-body is answered 413, malformed JSON 400, a wrong method 405; when
--max-concurrent analyses are running a new request is answered 503 with Retry-After at once.`,
		Example: `  telaah serve
  curl -s localhost:8080/v1/analyze -d '{"text":"Barangnya rusak, saya kecewa."}'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := server.New(server.WithMaxBodyBytes(maxBody), server.WithTimeout(timeout),
				server.WithMaxConcurrent(maxConcurrent))
			if err != nil {
				return err
			}
			l, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			scope := "this machine only"
			if host, _, _ := net.SplitHostPort(l.Addr().String()); !net.ParseIP(host).IsLoopback() {
				scope = "reachable from the network"
			}
			fmt.Fprintf(a.stderr, "telaah serve: listening on http://%s (%s); Ctrl-C stops\n", l.Addr(), scope)
			if err := s.Serve(a.ctx, l, grace); err != nil {
				return err
			}
			fmt.Fprintln(a.stderr, "telaah serve: stopped")
			return nil
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&addr, "addr", server.DefaultAddr, "address to listen on")
	fs.Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "largest request body in bytes")
	fs.DurationVar(&timeout, "timeout", server.DefaultTimeout, "time one request may take")
	fs.IntVar(&maxConcurrent, "max-concurrent", server.DefaultMaxConcurrent(), "analyses run at once; more are answered 503")
	fs.DurationVar(&grace, "grace", 10*time.Second, "on shutdown, time given to requests in flight")
	return cmd
}
