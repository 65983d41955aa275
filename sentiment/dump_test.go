package sentiment

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/telaah/telaah/internal/gate"
	"github.com/telaah/telaah/tokenize"
)

// TestDumpResults writes every field of the results of Score, ScoreTokens and ScoreWords (with
// the Words of Scorer.Word, as an analyzer passes them) over the benchmark corpus (each line, and
// the whole file), the reference article and the SmSA and PRDECT-ID dev texts (each, and all
// joined) to the file named by SENTIMENT_DUMP, scores as their exact bits, and logs its SHA-256.
// Two dumps taken before and after a change to the scorer must be identical: it is the gate for
// optimisations that must not change any output.
//
//	SENTIMENT_DUMP=/tmp/before.txt go test -run TestDumpResults ./sentiment/
func TestDumpResults(t *testing.T) {
	d := gate.Open(t, "SENTIMENT_DUMP")
	docs := gate.CorpusDocs(t)
	for _, set := range []string{"smsa", "prdect_id"} {
		var texts []string
		for _, ex := range dumpExamples(t, set) {
			texts = append(texts, ex.Text)
		}
		docs = gate.AppendJoined(docs, texts)
	}
	out := d.Printf
	s := Default()
	custom, err := New(WithNeutralBand(0.2), WithEntries(map[string]float64{"harga": -1, "tidak enak": -4}))
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range docs {
		out("# %d\n", i)
		dumpResult(out, s.Score(text))
		toks, sents := tokenize.Tokens(text), tokenize.Sentences(text)
		dumpResult(out, s.ScoreTokens(text, toks, sents))
		dumpResult(out, s.ScoreWords(text, toks, sents, dumpWords(s, toks, 0)))
		if i%7 == 0 {
			dumpResult(out, s.ScoreTokens(text, toks, nil))
			dumpResult(out, s.ScoreWords(text, toks, nil, dumpWords(s, toks, 3)))
			dumpResult(out, custom.ScoreWords(text, toks, sents, dumpWords(s, toks, 0)))
		}
		if i%3 == 0 {
			dumpResult(out, s.ScoreWords(text, toks, sents, dumpWords(s, toks, -1)))
		}
		if i%5 == 0 {
			dumpResult(out, custom.Score(text))
			dumpResult(out, custom.ScoreWords(text, toks, sents, dumpWords(custom, toks, 2)))
		}
	}
	d.Close(len(docs))
}

// dumpWords returns the Words of s for the word tokens of toks, as an analyzer passes them;
// with skip > 0, every skip-th word is left zero (looked up by the scorer itself); with skip < 0,
// every token has its Word, punctuation too.
func dumpWords(s *Scorer, toks []tokenize.Token, skip int) []Word {
	words := make([]Word, len(toks))
	for i, t := range toks {
		if skip < 0 || t.Kind == tokenize.Word && (skip == 0 || i%skip != 0) {
			words[i] = s.Word(t.Text)
		}
	}
	return words
}

// dumpExamples reads the dev split of a data set under dataDir.
func dumpExamples(t *testing.T, set string) []Example {
	f, err := os.Open(filepath.Join(dataDir, set, "dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := ReadExamples(f)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func dumpResult(out func(string, ...any), r Result) {
	out("R %s %016x %016x %016x %016x\n", r.Label, math.Float64bits(r.Score), math.Float64bits(r.Positive),
		math.Float64bits(r.Neutral), math.Float64bits(r.Negative))
	out("S %d %t\n", len(r.Sentences), r.Sentences == nil)
	for _, x := range r.Sentences {
		out("%d %d %016x %s\n", x.Start, x.End, math.Float64bits(x.Score), x.Label)
	}
	out("C %d %t\n", len(r.Cues), r.Cues == nil)
	for _, c := range r.Cues {
		out("%q %d %d %016x %q %q\n", c.Text, c.Start, c.End, math.Float64bits(c.Value), c.Lemma, c.Rule)
	}
}
