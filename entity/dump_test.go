package entity

import (
	"math"
	"testing"

	"github.com/telaah/telaah/internal/gate"
	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

// TestDumpResults writes every field of the results of Extract and ExtractTokens over the
// benchmark corpus (each line, and the whole file), the reference article and the IDNER dev
// sentences (each, and all joined) to the file named by ENTITY_DUMP, scores as their exact bits,
// and logs its SHA-256. Two dumps taken before and after a change to the recogniser must be
// identical: it is the gate for optimisations that must not change any output.
//
//	ENTITY_DUMP=/tmp/before.txt go test -run TestDumpResults ./entity/
func TestDumpResults(t *testing.T) {
	d := gate.Open(t, "ENTITY_DUMP")
	docs := gate.CorpusDocs(t)
	var texts []string
	for _, s := range readIDNER(t, "dev.conll") {
		text, _ := s.Text()
		texts = append(texts, text)
	}
	docs = gate.AppendJoined(docs, texts)
	out := d.Printf
	every, err := New(WithEveryCountry(), WithMaxTerms(3), WithMaxTermWords(2))
	if err != nil {
		t.Fatal(err)
	}
	custom, err := New(WithStopwords(stopword.New("yang", "dan", "di", "pemerintah", "harga", "baru", "jakarta")),
		WithoutPatterns(), WithMaxTerms(25), WithEntries(ORG, "Keranjang Kuning"))
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range docs {
		out("# %d\n", i)
		dumpResult(out, Default().Extract(text))
		toks, sents := tokenize.Tokens(text), tokenize.Sentences(text)
		dumpResult(out, Default().ExtractTokens(text, toks, sents))
		if i%7 == 0 {
			dumpResult(out, Default().ExtractTokens(text, toks, nil))
			dumpResult(out, every.Extract(text))
		}
		if i%5 == 0 {
			dumpResult(out, custom.Extract(text))
		}
	}
	d.Close(len(docs))
}

func dumpResult(out func(string, ...any), res Result) {
	out("E %d %t\n", len(res.Entities), res.Entities == nil)
	for _, e := range res.Entities {
		out("%q %s %d %v %q %t\n", e.Text, e.Type, e.Count, e.Spans, e.Aliases, e.Aliases == nil)
	}
	out("T %d %t\n", len(res.Terms), res.Terms == nil)
	for _, x := range res.Terms {
		out("%q %016x %d %v\n", x.Text, math.Float64bits(x.Score), x.Count, x.Spans)
	}
}
