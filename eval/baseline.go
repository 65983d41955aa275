package main

import "github.com/telaah/telaah/sentiment"

// baselineScorer returns the scorer whose cue values the lexicon-sum baseline adds up.
func baselineScorer() *sentiment.Scorer { return sentiment.Default() }
