package main

import (
	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/internal/jsonl"
	"github.com/telaah/telaah/tokenize"
)

// tokenizeOut is the output record of telaah tokenize.
type tokenizeOut struct {
	Tokens    []tokenize.Token    `json:"tokens"`
	Sentences []tokenize.Sentence `json:"sentences"`
}

func (a *app) tokenizeCmd() *cobra.Command {
	var f inputFlags
	cmd := &cobra.Command{
		Use:   "tokenize [FILE...]",
		Short: "Print tokens and sentences with byte offsets",
		Long: `tokenize prints, per document, its tokens (text, start, end, kind) and its sentence spans,
with byte offsets into the document:
  {"tokens":[{"text":"TikTok","start":0,"end":6,"kind":"word"},...],"sentences":[{"start":0,"end":120}]}` + exitHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.validate(cmd); err != nil {
				return err
			}
			an, err := newAnalyzer(&f, analyze.WithStages(analyze.Tokens|analyze.Sentences), analyze.WithSentenceText(false))
			if err != nil {
				return err
			}
			enc := &jsonl.Encoder{Reserved: []string{"tokens", "sentences"}, Indent: a.indent(&f)}
			render := func(enc *jsonl.Encoder, rec *jsonl.Record, doc *analyze.Document) ([]byte, error) {
				out := tokenizeOut{
					Tokens:    make([]tokenize.Token, len(doc.Tokens)),
					Sentences: make([]tokenize.Sentence, len(doc.Sentences)),
				}
				for i, t := range doc.Tokens {
					out.Tokens[i] = tokenize.Token{Text: t.Text, Start: t.Start, End: t.End, Kind: t.Kind}
				}
				for i, s := range doc.Sentences {
					out.Sentences[i] = tokenize.Sentence{Start: s.Start, End: s.End}
				}
				return enc.Object(rec, out)
			}
			a.runInputs("tokenize", args, &f, docBatch(an, &f, enc, render, nil))
			return nil
		},
	}
	f.register(cmd)
	return cmd
}
