package main

import (
	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
)

func (a *app) analyzeCmd() *cobra.Command {
	var f inputFlags
	var stages, without string
	cmd := &cobra.Command{
		Use:   "analyze [FILE...]",
		Short: "Run every stage and print the document: sentences, tokens, entities, terms, sentiment, stats, language",
		Long: `analyze runs every stage over each document and prints it as JSON (the schema is
documented in the analyze package and the README). By default each FILE (or stdin) is one
document, printed indented when stdout is a terminal. With --lines or --jsonl each line is a
document and the output is JSON Lines, one record per input line, in input order; a progress bar
is shown on stderr when it is a terminal, and a summary (records, errors, time) at the end.` + exitHelp,
		Example: `  telaah analyze examples/article/keluhan-siaran-belanja.txt
  telaah analyze --lines --workers 2 reviews.txt > docs.jsonl
  telaah analyze --jsonl --field body --stages tokens,stem,sentiment < posts.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.validate(cmd); err != nil {
				return err
			}
			st := analyze.AllStages
			if stages != "" {
				s, err := analyze.ParseStages(stages)
				if err != nil {
					return err
				}
				st = s
			}
			if without != "" {
				s, err := analyze.ParseStages(without)
				if err != nil {
					return err
				}
				st &^= s
			}
			an, err := newAnalyzer(&f, analyze.WithStages(st))
			if err != nil {
				return err
			}
			a.runInputs("analyze", args, &f, a.analyzeBatch(an, &f))
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&stages, "stages", "", "comma-separated stages to run (default all): sentences,tokens,normalize,stem,stopwords,entities,terms,sentiment,language")
	cmd.Flags().StringVar(&without, "without", "", "comma-separated stages to switch off")
	return cmd
}
