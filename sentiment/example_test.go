package sentiment_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/tokenize"
)

// A small lexicon keeps the examples' output fixed while the embedded lexicon grows.
const lexicon = "bagus\t3\nramah\t2\nkecewa\t-3\nrugi\t-3\nlambat\t-2\n"

func ExampleScorer_Score() {
	s, err := sentiment.New(sentiment.WithLexicon(strings.NewReader(lexicon)))
	if err != nil {
		panic(err)
	}
	r := s.Score("Penjualnya ramah, tapi barangnya tidak sesuai pesanan. Saya dirugikan!")
	fmt.Println(r.Label)
	for _, c := range r.Cues {
		fmt.Printf("%q %d-%d %.2f %s (%s)\n", c.Text, c.Start, c.End, c.Value, c.Lemma, c.Rule)
	}
	for _, st := range r.Sentences {
		fmt.Println(st.Start, st.End, st.Label)
	}
	// Output:
	// negative
	// "Penjualnya ramah" 0-16 1.33 penjual ramah (phrase+contrast)
	// "tidak sesuai pesanan" 33-53 -4.50 tidak sesuai pesanan (phrase+contrast)
	// "dirugikan" 60-69 -1.50 rugi (stem)
	// 0 54 negative
	// 55 70 negative
}

func ExampleScorer_Score_negation() {
	s, _ := sentiment.New(sentiment.WithLexicon(strings.NewReader(lexicon)))
	for _, text := range []string{"bagus", "tidak bagus", "sangat bagus", "tidak terlalu bagus", "tidak ada masalah", "bagus tapi lambat"} {
		fmt.Printf("%-20s %s\n", text, s.Score(text).Label)
	}
	// Output:
	// bagus                positive
	// tidak bagus          negative
	// sangat bagus         positive
	// tidak terlalu bagus  negative
	// tidak ada masalah    positive
	// bagus tapi lambat    negative
}

func ExampleScorer_ScoreTokens() {
	s, _ := sentiment.New(sentiment.WithLexicon(strings.NewReader(lexicon)))
	text := "Pengirimannya lambat. Kecewa!"
	// An analyzer that has tokenized the text already passes its tokens and sentences.
	r := s.ScoreTokens(text, tokenize.Tokens(text), tokenize.Sentences(text))
	fmt.Println(r.Label, len(r.Sentences), len(r.Cues))
	// Output:
	// negative 2 2
}

func ExampleScorer_ScoreWords() {
	s, _ := sentiment.New(sentiment.WithLexicon(strings.NewReader(lexicon)))
	// An analyzer that caches its words keeps each one's Word the first time it meets it...
	cache := map[string]sentiment.Word{}
	for _, text := range []string{"Pengirimannya lambat. Kecewa!", "Pengirimannya cepat, bagus."} {
		toks := tokenize.Tokens(text)
		words := make([]sentiment.Word, len(toks))
		for i, t := range toks {
			w, ok := cache[t.Text]
			if !ok {
				w = s.Word(t.Text)
				cache[t.Text] = w
			}
			words[i] = w
		}
		// ...and passes them with the tokens: ScoreWords skips its own look-ups.
		r := s.ScoreWords(text, toks, tokenize.Sentences(text), words)
		fmt.Println(r.Label, len(r.Cues))
	}
	// Output:
	// negative 2
	// positive 2
}

func ExampleNew() {
	s, err := sentiment.New(
		sentiment.WithLexicon(strings.NewReader(lexicon)),
		sentiment.WithEntries(map[string]float64{"mantul": 4, "zonk": -3}),
		sentiment.WithNeutralBand(0.1),
	)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Score("mantul").Label, s.Score("zonk").Label)
	// Output:
	// positive negative
}

func ExampleTrain() {
	examples, err := sentiment.ReadExamples(strings.NewReader(
		"barangnya bagus, pengiriman cepat\tpositive\n" +
			"mantap, sesuai pesanan\tpositive\n" +
			"barang rusak, kecewa\tnegative\n" +
			"tidak sesuai gambar, jelek\tnegative\n"))
	if err != nil {
		panic(err)
	}
	m, err := sentiment.Train(examples, sentiment.WithSeed(1))
	if err != nil {
		panic(err)
	}
	label, _ := m.Predict("barangnya rusak dan jelek")
	fmt.Println(m.Labels(), label)

	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		panic(err)
	}
	m2, err := sentiment.Load(&buf)
	if err != nil {
		panic(err)
	}
	label, _ = m2.Predict("mantap, bagus")
	fmt.Println(label)
	// Output:
	// [positive negative] negative
	// positive
}
