package main

import (
	"strings"

	"github.com/telaah/telaah/sentiment"
)

// baselineScorer returns the scorer whose cue values the lexicon-sum baseline adds up: the
// embedded word lexicon with no modifiers (boosters, diminishers, negators, contrast markers)
// and no multiword expressions, so each cue is a listed word (or a stem of one) at its value.
func baselineScorer() *sentiment.Scorer {
	s, err := sentiment.New(sentiment.WithModifiers(strings.NewReader("")), sentiment.WithPhrases(strings.NewReader("")))
	if err != nil {
		return sentiment.Default()
	}
	return s
}
