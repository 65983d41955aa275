// Command telaah analyses Indonesian text: tokens, stems, entities, key terms, sentiment.
//
// Run "telaah help" for the commands. Every command reads stdin or FILE arguments in one of the
// shared input modes (whole input, --lines, --jsonl) and writes JSON Lines.
//
// Exit status: 0 when every record was processed, 1 when some records failed (each has an error
// record in the output), 2 on a usage or I/O error (a bad flag, an unreadable file, a closed
// stdout).
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// A write to a closed stdout must return EPIPE (exit status 2), not kill the process.
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// The exit statuses.
const (
	exitOK     = 0 // every record processed
	exitFailed = 1 // some records failed
	exitUsage  = 2 // usage or I/O error
)

// run runs the telaah command line args (without the program name) and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		a.errorf("%v", err)
		a.fail(exitUsage)
	}
	return a.status
}
