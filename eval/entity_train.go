package main

import "github.com/telaah/telaah/entity"

func init() {
	entityTrainer = func(train []NERSentence) ([]nerSystem, error) {
		sents := make([]entity.TaggedSentence, len(train))
		for i, s := range train {
			sents[i] = entity.TaggedSentence{Tokens: s.Tokens, Tags: s.Tags}
		}
		m, err := entity.Train(sents)
		if err != nil {
			return nil, err
		}
		withRules, err := entity.New(entity.WithModel(m))
		if err != nil {
			return nil, err
		}
		only, err := entity.New(entity.WithModel(m), entity.WithModelOnly())
		if err != nil {
			return nil, err
		}
		return []nerSystem{
			{"telaah tagger + rules (entity.Train, WithModel)", "tagger", recognizerExtract(withRules)},
			{"telaah tagger alone (WithModelOnly)", "tagger_only", recognizerExtract(only)},
		}, nil
	}
}
