package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/internal/jsonl"
)

func (a *app) entitiesTrainCmd() *cobra.Command {
	var data, out string
	var seed int64
	var epochs int
	cmd := &cobra.Command{
		Use:   "train --data FILE --out MODEL",
		Short: "Train an entity tagger on CoNLL data",
		Long: `train reads CoNLL data (token<TAB>BIO tag such as B-PER, I-ORG, O; a blank line between
sentences), trains an averaged-perceptron tagger on top of the rules (deterministic for a --seed)
and writes it to MODEL for "telaah entities --model MODEL".` + exitHelp,
		Example: `  telaah entities train --data ../shared/data/ner/idner-news-2k/train.conll --out idner.model
  telaah entities --model idner.model article.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" || out == "" {
				return errors.New("entities train: --data and --out are required")
			}
			start := time.Now()
			in, err := os.Open(data)
			if err != nil {
				return err
			}
			sents, err := entity.ReadCoNLL(bufio.NewReader(in))
			in.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", data, err)
			}
			opts := []entity.TrainOption{entity.WithSeed(seed)}
			if epochs > 0 {
				opts = append(opts, entity.WithEpochs(epochs))
			}
			m, err := entity.Train(sents, opts...)
			if err != nil {
				return err
			}
			if err := writeFileAtomic(out, m.Save); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "telaah entities train: %d sentences, tags %v, %s, wrote %s\n",
				len(sents), m.Tags(), time.Since(start).Round(time.Millisecond), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "CoNLL training data")
	cmd.Flags().StringVar(&out, "out", "", "model file to write")
	cmd.Flags().Int64Var(&seed, "seed", 1, "seed of the shuffling between passes")
	cmd.Flags().IntVar(&epochs, "epochs", 0, "passes over the data (0: the package default)")
	return cmd
}

// loadTagger reads a model written by "telaah entities train" and returns a Recognizer that
// uses it on top of the rules (or alone for names, with modelOnly).
func loadTagger(path string, modelOnly bool) (*entity.Recognizer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := entity.Load(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	opts := []entity.Option{entity.WithModel(m)}
	if modelOnly {
		opts = append(opts, entity.WithModelOnly())
	}
	return entity.New(opts...)
}

func (a *app) entitiesCmd() *cobra.Command {
	var f inputFlags
	var model string
	var modelOnly bool
	cmd := &cobra.Command{
		Use:   "entities [FILE...]",
		Short: "Print the named entities, patterns and key terms of each document",
		Long: `entities prints, per document, its entities (people, organisations, places, money, dates,
domains...) with every span where they occur, and its key terms:
  {"entities":[{"text":"TikTok Shop","type":"ORG","count":9,"spans":[[0,11],...]}],
   "terms":[{"text":"keranjang kuning","score":0.02,"count":3,"spans":[...]}]}
"telaah entities train" trains a tagger on CoNLL data.` + exitHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.validate(cmd); err != nil {
				return err
			}
			opts := []analyze.Option{analyze.WithStages(analyze.Entities | analyze.Terms)}
			if model != "" {
				rec, err := loadTagger(model, modelOnly)
				if err != nil {
					return err
				}
				opts = append(opts, analyze.WithRecognizer(rec))
			} else if modelOnly {
				return errors.New("--model-only needs --model")
			}
			an, err := newAnalyzer(&f, opts...)
			if err != nil {
				return err
			}
			enc := &jsonl.Encoder{Reserved: []string{"entities", "terms"}, Indent: a.indent(&f)}
			render := func(enc *jsonl.Encoder, rec *jsonl.Record, doc *analyze.Document) ([]byte, error) {
				return enc.Object(rec, entity.Result{Entities: doc.Entities, Terms: doc.Terms})
			}
			a.runInputs("entities", args, &f, docBatch(an, &f, enc, render, nil))
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&model, "model", "", "tag names with a model trained by \"telaah entities train\", on top of the rules")
	cmd.Flags().BoolVar(&modelOnly, "model-only", false, "with --model: names come from the model alone (patterns still from rules)")
	cmd.AddCommand(a.entitiesTrainCmd())
	return cmd
}
