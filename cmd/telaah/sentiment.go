package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/internal/jsonl"
	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/tokenize"
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

// modelScorer scores with a trained classifier: the document and sentence labels and scores
// come from the model (score = P(positive) - P(negative)), the cues from the lexicon scorer.
type modelScorer struct {
	m   *sentiment.Model
	lex *sentiment.Scorer
}

func (s modelScorer) Score(text string) sentiment.Result { return s.apply(text, s.lex.Score(text)) }

func (s modelScorer) ScoreTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence) sentiment.Result {
	return s.apply(text, s.lex.ScoreTokens(text, toks, sents))
}

func (s modelScorer) apply(text string, r sentiment.Result) sentiment.Result {
	label, p := s.m.Predict(text)
	r.Label, r.Score = label, p[sentiment.Positive]-p[sentiment.Negative]
	r.Positive, r.Neutral, r.Negative = p[sentiment.Positive], p[sentiment.Neutral], p[sentiment.Negative]
	for i := range r.Sentences {
		ss := &r.Sentences[i]
		if ss.Start < 0 || ss.End > len(text) || ss.Start > ss.End {
			continue
		}
		l, p := s.m.Predict(text[ss.Start:ss.End])
		ss.Label, ss.Score = l, p[sentiment.Positive]-p[sentiment.Negative]
	}
	return r
}

// loadModel reads a model written by "telaah sentiment train".
func loadModel(path string) (analyze.Scorer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := sentiment.Load(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return modelScorer{m: m, lex: sentiment.Default()}, nil
}

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
			opts := []analyze.Option{analyze.WithStages(analyze.Sentiment | analyze.Sentences), analyze.WithSentenceText(false)}
			if model != "" {
				sc, err := loadModel(model)
				if err != nil {
					return err
				}
				opts = append(opts, analyze.WithScorer(sc))
			}
			an, err := newAnalyzer(&f, opts...)
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
	cmd.AddCommand(a.sentimentTrainCmd())
	return cmd
}

func (a *app) sentimentTrainCmd() *cobra.Command {
	var data, out string
	var seed int64
	var epochs int
	cmd := &cobra.Command{
		Use:   "train --data FILE --out MODEL",
		Short: "Train a sentiment classifier on labelled data",
		Long: `train reads labelled examples, one a line: text<TAB>label (positive, neutral, negative; the
label after the last tab; blank lines and lines starting with # skipped), trains a classifier
(deterministic for a --seed) and writes it to MODEL for "telaah sentiment --model MODEL".` + exitHelp,
		Example: `  telaah sentiment train --data ../shared/data/sentiment/smsa/train.tsv --out smsa.model
  telaah sentiment --model smsa.model --lines reviews.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" || out == "" {
				return errors.New("sentiment train: --data and --out are required")
			}
			start := time.Now()
			in, err := os.Open(data)
			if err != nil {
				return err
			}
			ex, err := sentiment.ReadExamples(bufio.NewReader(in))
			in.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", data, err)
			}
			opts := []sentiment.TrainOption{sentiment.WithSeed(seed)}
			if epochs > 0 {
				opts = append(opts, sentiment.WithEpochs(epochs))
			}
			m, err := sentiment.Train(ex, opts...)
			if err != nil {
				return err
			}
			if err := writeFileAtomic(out, m.Save); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "telaah sentiment train: %d examples, labels %v, %s, wrote %s\n",
				len(ex), m.Labels(), time.Since(start).Round(time.Millisecond), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "labelled examples: text<TAB>label lines")
	cmd.Flags().StringVar(&out, "out", "", "model file to write")
	cmd.Flags().Int64Var(&seed, "seed", 1, "seed of the example order")
	cmd.Flags().IntVar(&epochs, "epochs", 0, "passes over the examples (0: the package default)")
	return cmd
}

// writeFileAtomic writes path through write, via a temporary file renamed at the end, so that
// a failed run never leaves a truncated model behind.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
