package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/internal/jsonl"
	"github.com/telaah/telaah/sentiment"
)

// sentimentOut is the output record of telaah sentiment.
type sentimentOut struct {
	Label     sentiment.Label           `json:"label"`
	Score     float64                   `json:"score"`
	Positive  float64                   `json:"positive"`
	Neutral   float64                   `json:"neutral"`
	Negative  float64                   `json:"negative"`
	Sentences []sentiment.SentenceScore `json:"sentences"`
	Cues      []sentiment.Cue           `json:"cues"`
}

// errNoTrainer is returned while the sentiment package has no trainable classifier.
var errNoTrainer = errors.New("not available in this build: the sentiment package has no Train/Load yet")

func (a *app) sentimentCmd() *cobra.Command {
	var f inputFlags
	var model string
	cmd := &cobra.Command{
		Use:   "sentiment [FILE...]",
		Short: "Print the sentiment of each document, per sentence, with its cue words",
		Long: `sentiment scores each document with the lexicon and rules (or a trained model, --model):
  {"label":"negative","score":-0.61,"positive":0,"neutral":0.7,"negative":0.3,
   "sentences":[{"start":0,"end":52,"score":-0.61,"label":"negative"}],
   "cues":[{"text":"dirugikan","start":18,"end":27,"value":-2.4}]}
"telaah sentiment train" trains a classifier on labelled data.` + exitHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.validate(cmd); err != nil {
				return err
			}
			if model != "" {
				return errNoTrainer
			}
			an, err := newAnalyzer(&f, analyze.WithStages(analyze.Sentiment|analyze.Sentences), analyze.WithSentenceText(false))
			if err != nil {
				return err
			}
			enc := &jsonl.Encoder{Reserved: []string{"label", "score", "positive", "neutral", "negative", "sentences", "cues"}, Indent: a.indent(&f)}
			render := func(enc *jsonl.Encoder, rec *jsonl.Record, doc *analyze.Document) ([]byte, error) {
				s := doc.Sentiment
				out := sentimentOut{Label: s.Label, Score: s.Score, Positive: s.Positive, Neutral: s.Neutral,
					Negative: s.Negative, Cues: s.Cues, Sentences: []sentiment.SentenceScore{}}
				for _, ss := range doc.Sentences {
					if ss.Sentiment != nil {
						out.Sentences = append(out.Sentences, sentiment.SentenceScore{Start: ss.Start, End: ss.End,
							Score: ss.Sentiment.Score, Label: ss.Sentiment.Label})
					}
				}
				return enc.Object(rec, out)
			}
			a.runInputs("sentiment", args, &f, docBatch(an, &f, enc, render, nil))
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&model, "model", "", "score with a model trained by \"telaah sentiment train\"")
	cmd.AddCommand(a.trainCmd("sentiment", "text<TAB>label lines (positive, neutral, negative)", errNoTrainer))
	return cmd
}

// trainCmd is "telaah sentiment train" and "telaah entities train".
func (a *app) trainCmd(parent, format string, unavailable error) *cobra.Command {
	var data, out string
	cmd := &cobra.Command{
		Use:   "train --data FILE --out MODEL",
		Short: "Train a " + parent + " model on labelled data",
		Long:  "train reads labelled data (" + format + ") and writes a model file for --model." + exitHelp,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" || out == "" {
				return errors.New(parent + " train: --data and --out are required")
			}
			if unavailable != nil {
				return errors.New(parent + " train: " + unavailable.Error())
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "labelled training data")
	cmd.Flags().StringVar(&out, "out", "", "model file to write")
	return cmd
}
