package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/internal/jsonl"
	"github.com/telaah/telaah/tokenize"
)

// stemToken is one token of telaah stem --json.
type stemToken struct {
	Text  string        `json:"text"`
	Start int           `json:"start"`
	End   int           `json:"end"`
	Kind  tokenize.Kind `json:"kind"`
	Stem  string        `json:"stem,omitempty"`
	Stop  bool          `json:"stopword"`
}

func (a *app) stemCmd() *cobra.Command {
	var f inputFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stem [FILE...]",
		Short: "Print the stems of the words, one output line per input line",
		Long: `stem prints, for each input line, one line with the stems of its word tokens joined by
single spaces, so a word-per-line file gives one stem per line. Words are normalised (case,
colloquial forms) before stemming. An input line that cannot be processed gives an empty output
line and a message naming the line on stderr.

With --json (or --jsonl) the output is JSON Lines with, per document, each token with its stem and
whether it is a stopword:
  {"tokens":[{"text":"dirugikan","start":0,"end":9,"kind":"word","stem":"rugi","stopword":false}]}` + exitHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.validate(cmd); err != nil {
				return err
			}
			an, err := newAnalyzer(&f, analyze.WithStages(analyze.Normalize|analyze.Stem|analyze.Stopwords))
			if err != nil {
				return err
			}
			if !asJSON && !f.jsonl {
				f.lines = true // plain output is line by line whatever the mode
				render := func(_ *jsonl.Encoder, _ *jsonl.Record, doc *analyze.Document) ([]byte, error) {
					var b []byte
					for _, t := range doc.Tokens {
						if t.Kind != tokenize.Word || t.Stem == "" {
							continue
						}
						if len(b) > 0 {
							b = append(b, ' ')
						}
						b = append(b, t.Stem...)
					}
					return append(b, '\n'), nil
				}
				errLine := func(rec *jsonl.Record, err error) []byte {
					where := fmt.Sprintf("line %d", rec.Line)
					if rec.Name != "" {
						where = rec.Name + ":" + fmt.Sprint(rec.Line)
					}
					a.errorf("stem: %s: %v", where, err)
					return []byte("\n")
				}
				a.runInputs("stem", args, &f, docBatch(an, &f, nil, render, errLine))
				return nil
			}
			enc := &jsonl.Encoder{Reserved: []string{"tokens"}, Indent: a.indent(&f)}
			render := func(enc *jsonl.Encoder, rec *jsonl.Record, doc *analyze.Document) ([]byte, error) {
				out := struct {
					Tokens []stemToken `json:"tokens"`
				}{make([]stemToken, len(doc.Tokens))}
				for i, t := range doc.Tokens {
					out.Tokens[i] = stemToken{Text: t.Text, Start: t.Start, End: t.End, Kind: t.Kind, Stem: t.Stem, Stop: t.Stop}
				}
				return enc.Object(rec, out)
			}
			a.runInputs("stem", args, &f, docBatch(an, &f, enc, render, nil))
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "JSON Lines output: each token with its stem and stopword flag")
	return cmd
}
