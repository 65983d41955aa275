package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/view"
)

func (a *app) viewCmd() *cobra.Command {
	var title string
	cmd := &cobra.Command{
		Use:   "view [FILE]",
		Short: "Write a self-contained HTML page showing entities, key terms, sentence sentiment and cue words",
		Long: `view analyses FILE (or stdin) as one document and writes an HTML page to stdout: the text
with entities highlighted by type, sentences shaded by sentiment, the cue words that moved the
score with their values, and tables of entities and key terms. The page loads nothing from
outside.` + exitHelp,
		Example: `  telaah view examples/article/keluhan-siaran-belanja.txt > report.html`,
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = a.stdin
			name := "stdin"
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				r, name = f, filepath.Base(args[0])
			}
			if title == "" {
				title = name
			}
			b, err := io.ReadAll(io.LimitReader(r, analyze.DefaultMaxBytes+1))
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			an, err := analyze.New()
			if err != nil {
				return err
			}
			text := string(b)
			doc, err := an.Analyze(a.ctx, text)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			w := bufio.NewWriter(a.stdout)
			if err := errors.Join(view.Write(w, text, doc, view.WithTitle(title)), w.Flush()); err != nil {
				return fmt.Errorf("writing output: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&title, "title", "", "page title (default: the file name)")
	return cmd
}
