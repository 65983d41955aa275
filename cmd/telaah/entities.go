package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/internal/jsonl"
)

// errNoTagger is returned while the entity package has no trainable tagger (entity.Train and
// entity.Load): --model and "entities train" say so and exit with status 2.
var errNoTagger = errors.New("not available in this build: the entity package has no Train/Load yet")

func (a *app) entitiesTrainCmd() *cobra.Command {
	var data, out string
	cmd := &cobra.Command{
		Use:   "train --data FILE --out MODEL",
		Short: "Train an entity tagger on CoNLL data",
		Long: `train reads CoNLL data (token<TAB>BIO tag, a blank line between sentences), trains a tagger
and writes it to MODEL for "telaah entities --model MODEL".` + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" || out == "" {
				return errors.New("entities train: --data and --out are required")
			}
			return errors.New("entities train: " + errNoTagger.Error())
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "CoNLL training data")
	cmd.Flags().StringVar(&out, "out", "", "model file to write")
	return cmd
}

func (a *app) entitiesCmd() *cobra.Command {
	var f inputFlags
	var model string
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
			if model != "" {
				return errNoTagger
			}
			an, err := newAnalyzer(&f, analyze.WithStages(analyze.Entities|analyze.Terms))
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
	cmd.Flags().StringVar(&model, "model", "", "tag with a model trained by \"telaah entities train\"")
	cmd.AddCommand(a.entitiesTrainCmd())
	return cmd
}
