package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// subcommands builds the subcommands of telaah. Each lives in its own file and is registered
// here, without init(): to add a command, write func (a *app) xxxCmd() *cobra.Command in its
// file and add it to this list.
func (a *app) subcommands() []*cobra.Command {
	return []*cobra.Command{
		a.analyzeCmd(),
		a.tokenizeCmd(),
		a.stemCmd(),
		a.sentimentCmd(),
		a.entitiesCmd(),
		a.serveCmd(),
		a.viewCmd(),
	}
}

const exitHelp = `
Exit status:
  0  every record was processed
  1  some records failed; each has an error record {"error":"...","line":N} in the output
  2  usage or I/O error: a bad flag, an unreadable file, a closed stdout (broken pipe),
     or an interrupted run (SIGINT, SIGTERM)`

// app is one run of the command line: its streams and its exit status.
type app struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	status int
}

// fail raises the exit status to at least code.
func (a *app) fail(code int) { a.status = max(a.status, code) }

// errorf prints an error message on stderr.
func (a *app) errorf(format string, args ...any) {
	fmt.Fprintf(a.stderr, "telaah: "+format+"\n", args...)
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "telaah",
		Short: "Indonesian text analysis: tokens, stems, entities, key terms, sentiment",
		Long: `telaah analyses Indonesian text: sentences and tokens with byte offsets, normal forms,
stems, stopwords, named entities, key terms, sentiment with its cues, and a language check.

Every command reads stdin, or the FILE arguments in turn, in one input mode:
  (default)   the whole input (each FILE) is one document
  --lines     each line is a document; an empty line is an empty document
  --jsonl     each line is a JSON object; its "text" field (--field NAME) is the document and
              its other fields are copied to the output record, so an "id" survives
Output is JSON Lines: one record per input record, in input order, or an error record
{"error":"...","line":N} for a record that cannot be processed.` + exitHelp,
		SilenceUsage:      true,
		SilenceErrors:     true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	root.AddCommand(a.subcommands()...)
	return root
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
