package entity

import (
	"strings"
	"sync"
	"testing"

	"github.com/telaah/telaah/tokenize"
)

// linesOnce holds the lines of the benchmark corpus with their tokens and sentences, computed
// once per process: under valgrind, runs of 1 and 3 passes then differ by 2 passes exactly.
var linesOnce struct {
	sync.Once
	lines []string
	toks  [][]tokenize.Token
	sents [][]tokenize.Sentence
}

func corpusLines(b *testing.B) ([]string, [][]tokenize.Token, [][]tokenize.Sentence) {
	text := readCorpus(b)
	linesOnce.Do(func() {
		linesOnce.lines = strings.Split(text, "\n")
		for _, l := range linesOnce.lines {
			linesOnce.toks = append(linesOnce.toks, tokenize.Tokens(l))
			linesOnce.sents = append(linesOnce.sents, tokenize.Sentences(l))
		}
	})
	return linesOnce.lines, linesOnce.toks, linesOnce.sents
}

// BenchmarkTermsLines runs ExtractTokens on each line of the corpus, tokens computed once, with
// and without key terms: the difference is the cost of the key terms of short documents.
func BenchmarkTermsLines(b *testing.B) {
	for _, bc := range []struct {
		name     string
		maxTerms int
	}{{"terms", 10}, {"none", 0}} {
		b.Run(bc.name, func(b *testing.B) {
			lines, toks, sents := corpusLines(b)
			r, err := New(WithMaxTerms(bc.maxTerms))
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for _, l := range lines {
				n += len(l) + 1
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for k, l := range lines {
					r.ExtractTokens(l, toks[k], sents[k])
				}
			}
		})
	}
}
