package stress

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/normalize"
	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

// concurrencyTexts are the inputs of the concurrency tests: ordinary text and a few hostile
// shapes, short enough for the race detector.
func concurrencyTexts() []string {
	texts := append([]string{}, sampleLines...)
	texts = append(texts,
		"", " \t\n", "a\xffb\x00c", "👩‍👩‍👧‍👦 keren 🇮🇩", "مرحبا Saya 米饭",
		strings.Repeat("!", 500), strings.Repeat("gakkk ", 50), "Otoritas Jasa Keuangan (OJK) menegur PT Maju Jaya Tbk. OJK juga memanggil direksinya.",
		"Pembeli yang merasa dirugikan meminta uang kembali. Namun penjual tidak menanggapi keluhan itu.",
	)
	return texts
}

// hammer calls f(i) for every text index from g goroutines, each starting at a different
// index so that the goroutines meet on different inputs, rounds times over.
func hammer(t *testing.T, goroutines, rounds, n int, f func(i int)) {
	t.Helper()
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for k := range n {
					f((g*7 + r*3 + k) % n)
				}
			}
		})
	}
	wg.Wait()
}

// shared builds each shared type once and describes how to run it on a text: the output is
// encoded as JSON so that runs compare as strings.
func sharedTypes(t *testing.T) map[string]func(string) string {
	smallCache, err := stem.New(stem.WithCacheSize(8)) // evicts all the time
	require.NoError(t, err)
	custom, err := normalize.New(normalize.WithSlang(map[string]string{"bokek": "tidak punya uang"}))
	require.NoError(t, err)
	tk, err := tokenize.New(tokenize.WithDetachedDots())
	require.NoError(t, err)
	an, err := analyze.New()
	require.NoError(t, err)
	stemOnly, err := analyze.New(analyze.WithStages(analyze.Tokens|analyze.Stem), analyze.WithStemmer(smallCache))
	require.NoError(t, err)
	set := stopword.Default().Without("tidak").With("kak")
	model := trainSentiment(t)
	rec := trainedRecognizer(t)

	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			return "marshal error: " + err.Error()
		}
		return string(b)
	}
	words := func(text string, f func(string) any) string {
		var out []any
		for tok := range tokenize.All(text) {
			out = append(out, f(tok.Text))
		}
		return js(out)
	}
	return map[string]func(string) string{
		"Tokenizer": func(s string) string { return js([]any{tk.Tokens(s), tk.Sentences(s), tokenize.Tokens(s)}) },
		"Normalizer": func(s string) string {
			return words(s, func(w string) any { return []string{normalize.Default().Token(w), custom.Token(w)} })
		},
		"Stemmer": func(s string) string {
			return words(s, func(w string) any {
				return []any{stem.Default().Stem(w), smallCache.Stem(w), smallCache.IsRoot(w)}
			})
		},
		"stopword.Set": func(s string) string {
			return words(s, func(w string) any {
				return []bool{stopword.Default().ContainsFold(w), set.ContainsFold(w), stopword.Is(w)}
			})
		},
		"Scorer":     func(s string) string { return js(sentiment.Default().Score(s)) },
		"Model":      func(s string) string { l, p := model.Predict(s); return js([]any{l, p}) },
		"Recognizer": func(s string) string { return js([]any{entity.Default().Extract(s), rec.Extract(s)}) },
		"Analyzer": func(s string) string {
			d1, err1 := an.Analyze(context.Background(), s)
			d2, err2 := stemOnly.Analyze(context.Background(), s)
			return js([]any{d1, fmt.Sprint(err1), d2, fmt.Sprint(err2)})
		},
	}
}

// trainSentiment trains a small classifier on examples written here.
func trainSentiment(t *testing.T) *sentiment.Model {
	var ex []sentiment.Example
	pos := []string{"barangnya bagus sekali", "pengiriman cepat dan rapi", "puas dengan pelayanannya", "mantap sesuai pesanan"}
	neg := []string{"barangnya rusak parah", "pengiriman lambat sekali", "kecewa dengan pelayanannya", "tidak sesuai pesanan"}
	for i := range 10 {
		ex = append(ex, sentiment.Example{Text: fmt.Sprintf("%s %d", pos[i%4], i), Label: sentiment.Positive},
			sentiment.Example{Text: fmt.Sprintf("%s %d", neg[i%4], i), Label: sentiment.Negative})
	}
	m, err := sentiment.Train(ex, sentiment.WithEpochs(3), sentiment.WithSeed(1))
	require.NoError(t, err)
	return m
}

// trainedRecognizer is a Recognizer with a tagger trained on a few sentences written here.
func trainedRecognizer(t *testing.T) *entity.Recognizer {
	conll := `Budi B-PER
tinggal O
di O
Bandung B-LOC
. O

Siti B-PER
bekerja O
di O
Bank B-ORG
Mandiri I-ORG
. O
`
	sents, err := entity.ReadCoNLL(strings.NewReader(conll))
	require.NoError(t, err)
	m, err := entity.Train(sents, entity.WithEpochs(2), entity.WithSeed(1))
	require.NoError(t, err)
	r, err := entity.New(entity.WithModel(m))
	require.NoError(t, err)
	return r
}

// TestConcurrentSharedTypes uses every shared type from many goroutines at once (run it with
// -race) and checks that each call gives the same output as a call made alone.
func TestConcurrentSharedTypes(t *testing.T) {
	texts := concurrencyTexts()
	goroutines, rounds := 8, 3
	if raceEnabled {
		rounds = 1
	}
	if heavy() {
		goroutines, rounds = 32, 20
	}
	for name, f := range sharedTypes(t) {
		t.Run(name, func(t *testing.T) {
			want := make([]string, len(texts))
			for i, s := range texts {
				want[i] = f(s)
			}
			var mu sync.Mutex
			bad := map[int]bool{}
			hammer(t, goroutines, rounds, len(texts), func(i int) {
				if got := f(texts[i]); got != want[i] {
					mu.Lock()
					bad[i] = true
					mu.Unlock()
				}
			})
			for i := range bad {
				t.Errorf("%s is not deterministic under concurrent use on %.60q", name, texts[i])
			}
		})
	}
}

// TestConcurrentFirstUse calls every Default() for the first time from many goroutines at
// once, in a fresh process (the lazy loading behind sync.Once is what is tested).
func TestConcurrentFirstUse(t *testing.T) {
	if os.Getenv("TELAAH_STRESS_FIRST_USE") == "1" {
		firstUse(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestConcurrentFirstUse$", "-test.count=1")
	cmd.Env = append(os.Environ(), "TELAAH_STRESS_FIRST_USE=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
}

func firstUse(t *testing.T) {
	const text = "Gak nyangka barangnya rusak, padahal kata Pak Budi di Jakarta bagus banget."
	type result struct{ toks, norm, stem, stop, score, ents, doc string }
	run := func() result {
		js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
		an, err := analyze.New()
		if err != nil {
			return result{doc: err.Error()}
		}
		doc, err := an.Analyze(context.Background(), text)
		return result{
			toks: js(tokenize.Default().Tokens(text)), norm: normalize.Default().Token("Gakkk"),
			stem: stem.Default().Stem("dirugikan"), stop: fmt.Sprint(stopword.Default().Contains("yang")),
			score: js(sentiment.Default().Score(text)), ents: js(entity.Default().Extract(text)),
			doc: js(doc) + fmt.Sprint(err),
		}
	}
	const n = 16
	results := make([]result, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { <-start; results[i] = run() })
	}
	close(start)
	wg.Wait()
	for i := 1; i < n; i++ {
		assert.Equal(t, results[0], results[i], "goroutine %d", i)
	}
	assert.Equal(t, "tidak", results[0].norm)
	assert.Equal(t, "rugi", results[0].stem)
}
