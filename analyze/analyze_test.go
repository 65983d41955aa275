package analyze

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/tokenize"
)

const sample = "Pembeli yang merasa dirugikan meminta uang kembali. Namun penjual tidak menanggapi keluhan itu."

func mustNew(t testing.TB, opts ...Option) *Analyzer {
	t.Helper()
	a, err := New(opts...)
	require.NoError(t, err)
	return a
}

// checkDocument asserts the invariants every Document must hold for text.
func checkDocument(t testing.TB, text string, doc *Document) {
	t.Helper()
	require.NotNil(t, doc)
	require.Equal(t, SchemaVersion, doc.Schema)
	require.Equal(t, len(text), doc.Stats.Bytes)
	prev := 0
	for i, tok := range doc.Tokens {
		require.True(t, tok.Start >= prev && tok.Start < tok.End && tok.End <= len(text), "token %d %+v out of order or range", i, tok)
		require.Equal(t, text[tok.Start:tok.End], tok.Text)
		prev = tok.End
	}
	for i, s := range doc.Sentences {
		require.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(text), "sentence %d %+v", i, s)
		if s.Text != "" {
			require.Equal(t, text[s.Start:s.End], s.Text)
		}
	}
	for _, e := range doc.Entities {
		for _, sp := range e.Spans {
			require.True(t, sp[0] >= 0 && sp[0] <= sp[1] && sp[1] <= len(text), "entity span %v", sp)
		}
	}
	if doc.Sentiment != nil {
		require.True(t, doc.Sentiment.Score >= -1 && doc.Sentiment.Score <= 1, "score %v", doc.Sentiment.Score)
	}
	if doc.Tokens != nil {
		require.Len(t, doc.Tokens, doc.Stats.Tokens)
	}
}

func TestAnalyze(t *testing.T) {
	a := mustNew(t)
	doc, err := a.Analyze(context.Background(), sample)
	require.NoError(t, err)
	checkDocument(t, sample, doc)
	assert.Equal(t, []string{"sentences", "tokens", "normalize", "stem", "stopwords", "entities", "terms", "sentiment", "language"}, doc.Stages)
	require.NotNil(t, doc.Language)
	assert.Equal(t, "id", doc.Language.Code)
	assert.NotNil(t, doc.Sentiment)
	assert.NotNil(t, doc.Entities, "a stage that ran gives a list, even empty")
	assert.NotNil(t, doc.Terms)
	require.NotEmpty(t, doc.Sentences)
	require.NotEmpty(t, doc.Tokens)

	byText := map[string]Token{}
	for _, tok := range doc.Tokens {
		byText[tok.Text] = tok
	}
	assert.Equal(t, "rugi", byText["dirugikan"].Stem)
	assert.Equal(t, "pembeli", byText["Pembeli"].Norm)
	assert.True(t, byText["yang"].Stop)
	assert.False(t, byText["dirugikan"].Stop)
	assert.Equal(t, len(sample), doc.Stats.Runes)
	assert.Positive(t, doc.Stats.Stopwords)
}

func TestAnalyzeEmptyAndOdd(t *testing.T) {
	a := mustNew(t)
	for _, text := range []string{
		"", " ", "\n\n\t", "\x00\x00", "a\xffb\xfe", strings.Repeat("a", 100<<10), "!!!???...,,,", "مرحبا بالعالم",
		"👩‍👩‍👧‍👦 keren 👍🏽", "日本語 dan Bahasa", "\u202eterbalik\u202c",
	} {
		doc, err := a.Analyze(context.Background(), text)
		require.NoError(t, err, "%q", text)
		checkDocument(t, text, doc)
		_, err = json.Marshal(doc)
		require.NoError(t, err)
	}
	doc, err := a.Analyze(context.Background(), "a\xffb\xfe")
	require.NoError(t, err)
	assert.Equal(t, 2, doc.Stats.InvalidUTF8)
	assert.Equal(t, 4, doc.Stats.Runes)

	doc, err = a.Analyze(context.Background(), "")
	require.NoError(t, err)
	assert.Equal(t, "und", doc.Language.Code)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"entities":[]`)
}

func TestStages(t *testing.T) {
	ctx := context.Background()
	a := mustNew(t, WithStages(Stem))
	assert.Equal(t, Tokens|Stem, a.Stages(), "stems need tokens")
	doc, err := a.Analyze(ctx, sample)
	require.NoError(t, err)
	assert.Nil(t, doc.Sentences)
	assert.Nil(t, doc.Entities)
	assert.Nil(t, doc.Terms)
	assert.Nil(t, doc.Sentiment)
	assert.Nil(t, doc.Language)
	require.NotEmpty(t, doc.Tokens)
	assert.Empty(t, doc.Tokens[0].Norm)
	assert.Equal(t, "beli", doc.Tokens[0].Stem)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	for _, key := range []string{`"sentences":[`, `"entities"`, `"terms"`, `"sentiment"`, `"language"`, `"norm"`} {
		assert.NotContains(t, string(b), key)
	}

	a = mustNew(t, WithoutEntities(), WithoutSentiment(), WithoutLanguage())
	doc, err = a.Analyze(ctx, sample)
	require.NoError(t, err)
	assert.Nil(t, doc.Entities)
	assert.Nil(t, doc.Sentiment)
	assert.Nil(t, doc.Language)
	assert.NotNil(t, doc.Sentences)

	a = mustNew(t, WithStages(Sentiment|Sentences), WithSentenceText(false))
	doc, err = a.Analyze(ctx, sample)
	require.NoError(t, err)
	assert.Nil(t, doc.Tokens)
	assert.Positive(t, doc.Stats.Tokens, "stats count tokens even when the list is off")
	require.NotEmpty(t, doc.Sentences)
	assert.Empty(t, doc.Sentences[0].Text)
	assert.NotNil(t, doc.Sentences[0].Sentiment)

	_, err = New(WithStages(0))
	assert.ErrorIs(t, err, ErrNoStages)
}

func TestParseStages(t *testing.T) {
	s, err := ParseStages("tokens, Stem,,")
	require.NoError(t, err)
	assert.Equal(t, Tokens|Stem, s)
	assert.Equal(t, "tokens|stem", s.String())
	s, err = ParseStages("all")
	require.NoError(t, err)
	assert.Equal(t, AllStages, s)
	_, err = ParseStages("tokens,lemmas")
	assert.ErrorIs(t, err, ErrUnknownStage)
	assert.Equal(t, "none", Stage(0).String())
}

func TestMaxBytes(t *testing.T) {
	a := mustNew(t, WithMaxBytes(10))
	_, err := a.Analyze(context.Background(), "12345678901")
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "11 bytes")
	assert.Contains(t, err.Error(), "limit of 10")
	doc, err := a.Analyze(context.Background(), "1234567890")
	require.NoError(t, err)
	assert.Equal(t, 10, doc.Stats.Bytes)

	a = mustNew(t, WithMaxBytes(0), WithStages(Tokens))
	assert.Equal(t, 0, a.MaxBytes())
	_, err = a.Analyze(context.Background(), strings.Repeat("kata ", 100))
	assert.NoError(t, err, "0 means no limit")
}

func TestContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := mustNew(t).Analyze(ctx, sample)
	assert.ErrorIs(t, err, context.Canceled)
}

type fakeStemmer struct{}

func (fakeStemmer) Stem(w string) string { return "<" + w + ">" }

type panicScorer struct{}

func (panicScorer) Score(string) sentiment.Result { panic("boom") }

type nanScorer struct{}

func (nanScorer) Score(string) sentiment.Result {
	nan := 0.0
	nan /= nan
	return sentiment.Result{Label: sentiment.Negative, Score: nan, Sentences: []sentiment.SentenceScore{{Start: 0, End: 3, Score: nan}},
		Cues: []sentiment.Cue{{Text: "x", Value: nan}}}
}

type fixedRecognizer struct{}

func (fixedRecognizer) Extract(string) entity.Result {
	return entity.Result{Entities: []entity.Entity{{Text: "Rina", Type: "PER", Count: 1, Spans: []entity.Span{{0, 4}}}}}
}

func TestInjection(t *testing.T) {
	ctx := context.Background()
	a := mustNew(t, WithStemmer(fakeStemmer{}), WithStages(Stem|Entities), WithRecognizer(fixedRecognizer{}))
	doc, err := a.Analyze(ctx, "Rina kecewa")
	require.NoError(t, err)
	assert.Equal(t, "<rina>", doc.Tokens[0].Stem)
	assert.Equal(t, "Rina", doc.Entities[0].Text)
	assert.Nil(t, doc.Terms)

	a = mustNew(t, WithScorer(panicScorer{}))
	_, err = a.Analyze(ctx, "apa saja")
	require.ErrorIs(t, err, ErrInternal)
	assert.Contains(t, err.Error(), "sentiment")

	a = mustNew(t, WithScorer(nanScorer{}))
	doc, err = a.Analyze(ctx, "apa saja")
	require.NoError(t, err)
	_, err = json.Marshal(doc)
	require.NoError(t, err, "NaN scores are made finite")
}

func TestLanguage(t *testing.T) {
	a := mustNew(t, WithStages(Language))
	tests := []struct {
		text, code string
	}{
		{"Saya tidak bisa membuka aplikasi ini karena selalu gagal, padahal sudah saya perbarui.", "id"},
		{"barangnya udah sampai tapi gak sesuai sama foto, kecewa banget", "id"},
		{"The seller did not answer and the package was never delivered to my house.", "en"},
		{"Kerajaan negeri berkata bahawa syarikat itu perlu membayar wang pampasan kerana kelewatan projek.", "ms"},
		{"Jokowi", "und"},
		{"", "und"},
		{"Pengguna menilai fitur live shopping di aplikasi itu sangat membantu, meski kadang lemot.", "id"},
	}
	for _, tt := range tests {
		doc, err := a.Analyze(context.Background(), tt.text)
		require.NoError(t, err)
		assert.Equal(t, tt.code, doc.Language.Code, tt.text)
		assert.Equal(t, tt.code == "id", doc.Language.Indonesian)
		assert.True(t, doc.Language.Confidence >= 0 && doc.Language.Confidence <= 1)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	a := mustNew(t)
	doc, err := a.Analyze(context.Background(), sample)
	require.NoError(t, err)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	var back Document
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, *doc, back)
	assert.Equal(t, tokenize.Word, back.Tokens[0].Kind)
}

func TestConcurrentAnalyze(t *testing.T) {
	a := mustNew(t)
	texts := []string{sample, "Barangnya bagus, pengiriman cepat!", "", "a\xffb", "Rp1.250.000 pada 17/08/2023 di Jakarta."}
	want := make([]string, len(texts))
	for i, text := range texts {
		doc, err := a.Analyze(context.Background(), text)
		require.NoError(t, err)
		b, _ := json.Marshal(doc)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				k := (g + i) % len(texts)
				doc, err := a.Analyze(context.Background(), texts[k])
				if !assert.NoError(t, err) {
					return
				}
				b, _ := json.Marshal(doc)
				assert.Equal(t, want[k], string(b))
			}
		}()
	}
	wg.Wait()
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{sample, "", "a\xffb", "\x00", "Rp 1,5 juta (20/11) @user #tagar https://x.co.id/a?b=c 😡😡", "tidak ada masalah!!!", "PT. ABC Tbk., Jl. Sudirman No. 5"} {
		f.Add(s)
	}
	a := mustNew(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := a.Analyze(context.Background(), text)
		if err != nil {
			t.Fatalf("Analyze(%q): %v", text, err) // includes a recovered panic (ErrInternal)
		}
		checkDocument(t, text, doc)
		if doc.Stats.Runes != utf8.RuneCountInString(text) {
			t.Fatalf("Stats.Runes = %d, want %d", doc.Stats.Runes, utf8.RuneCountInString(text))
		}
		b1, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if fast, _ := doc.appendJSON(nil); string(fast) != stdJSON(t, doc) {
			t.Fatalf("appendJSON differs from encoding/json:\n%s\n%s", fast, stdJSON(t, doc))
		}
		again, err := a.Analyze(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		b2, _ := json.Marshal(again)
		if string(b1) != string(b2) {
			t.Fatalf("Analyze is not deterministic on %q", text)
		}
		var back Document
		if err := json.Unmarshal(b1, &back); err != nil {
			t.Fatalf("unmarshal: %v", err)
		}
		// Invalid UTF-8 comes back as U+FFFD, so compare from the first decoded value on.
		b3, err := json.Marshal(&back)
		if err != nil {
			t.Fatal(err)
		}
		var back2 Document
		if err := json.Unmarshal(b3, &back2); err != nil {
			t.Fatalf("unmarshal: %v", err)
		}
		require.Equal(t, back, back2, "JSON round trip")
		if len(back.Tokens) != len(doc.Tokens) || len(back.Sentences) != len(doc.Sentences) || back.Stats != doc.Stats {
			t.Fatalf("JSON round trip lost data:\n%s\n%s", b1, b3)
		}
	})
}

// plainRecognizer and plainScorer hide ExtractTokens and ScoreTokens.
type plainRecognizer struct{ r Recognizer }

func (p plainRecognizer) Extract(text string) entity.Result { return p.r.Extract(text) }

type plainScorer struct{ s Scorer }

func (p plainScorer) Score(text string) sentiment.Result { return p.s.Score(text) }

func TestSharedTokensSameResult(t *testing.T) {
	shared := mustNew(t)
	plain := mustNew(t, WithRecognizer(plainRecognizer{shared.cfg.recognizer}), WithScorer(plainScorer{shared.cfg.scorer}))
	require.Nil(t, plain.tokRecognizer)
	require.Nil(t, plain.tokScorer)
	article, err := os.ReadFile("../examples/article/keluhan-siaran-belanja.txt")
	require.NoError(t, err)
	for _, text := range []string{string(article), sample, "", "a\xffb", "Barangnya bagus!!! Tapi kurirnya lambat :("} {
		d1, err := shared.Analyze(context.Background(), text)
		require.NoError(t, err)
		d2, err := plain.Analyze(context.Background(), text)
		require.NoError(t, err)
		assert.Equal(t, d2, d1, "reusing tokens must not change the result")
	}
}

// stdJSON encodes v with encoding/json as AnalyzeAll's output promises: no HTML escaping.
func stdJSON(t testing.TB, v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return strings.TrimSuffix(b.String(), "\n")
}

func TestAppendJSON(t *testing.T) {
	article, err := os.ReadFile("../examples/article/keluhan-siaran-belanja.txt")
	require.NoError(t, err)
	docs := []*Document{
		{},
		{Stages: []string{}, Sentences: []Sentence{}, Tokens: []Token{}, Entities: []entity.Entity{}, Terms: []entity.Term{}},
		{Schema: 1, Language: &LanguageGuess{Code: "id", Confidence: 1e-7, Evidence: 3},
			Sentences: []Sentence{{Start: 1, End: 2, Text: "a<b>&\u2028\b\f\x01\x7f\"\\", Sentiment: &SentenceSentiment{Score: -1e21, Label: "negative"}}},
			Tokens:    []Token{{Text: "x\xffy", Kind: 0, Stop: true}, {Text: "é😀", Start: 3, End: 99, Kind: tokenize.Emoji, Norm: "n", Stem: "s"}},
			Sentiment: &DocSentiment{Score: 0.1 + 0.2, Positive: 1.0 / 3, Cues: []sentiment.Cue{{Text: "<&>"}}}},
	}
	a := mustNew(t)
	for _, text := range []string{string(article), sample, "", "a\xffb\x00\"\\ <tag> &amp;"} {
		d, err := a.Analyze(context.Background(), text)
		require.NoError(t, err)
		docs = append(docs, d)
	}
	for i, d := range docs {
		got, err := d.appendJSON(nil)
		require.NoError(t, err)
		assert.Equal(t, stdJSON(t, d), string(got), "document %d", i)
	}
	for _, f := range []float64{0, -0.5, 1e-6, 9.99e-7, 1e20, 1e21, 123456789.125, -2.5e-9, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		assert.Equal(t, stdJSON(t, f), string(appendFloat(nil, f)), "%v", f)
	}
}

// TestJSONFields lists the JSON fields of every type that appendJSON writes by hand: a field
// added to one of them must be added to json.go too (and here).
func TestJSONFields(t *testing.T) {
	for v, want := range map[reflect.Type]string{
		reflect.TypeFor[Document]():          "schema stages stats language,omitzero sentiment,omitzero entities,omitzero terms,omitzero sentences,omitzero tokens,omitzero",
		reflect.TypeFor[Stats]():             "bytes runes invalid_utf8 tokens words stopwords sentences",
		reflect.TypeFor[LanguageGuess]():     "code indonesian confidence evidence",
		reflect.TypeFor[DocSentiment]():      "label score positive neutral negative cues",
		reflect.TypeFor[sentiment.Cue]():     "text start end value lemma,omitempty rule,omitempty",
		reflect.TypeFor[entity.Entity]():     "text type count spans aliases,omitempty",
		reflect.TypeFor[entity.Term]():       "text score count spans",
		reflect.TypeFor[Sentence]():          "start end text,omitempty sentiment,omitzero",
		reflect.TypeFor[SentenceSentiment](): "score label",
		reflect.TypeFor[Token]():             "text start end kind norm,omitempty stem,omitempty stop,omitempty",
	} {
		typ := v
		var tags []string
		for i := range typ.NumField() {
			tags = append(tags, typ.Field(i).Tag.Get("json"))
		}
		assert.Equal(t, want, strings.Join(tags, " "), "%v changed: update json.go", typ)
	}
}

func TestCountValidRunes(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "héllo wörld, ini 😀 teks", strings.Repeat("é😀a", 9), "\u00a0\u00a0\u00a0\u00a0\u00a0"} {
		assert.Equal(t, utf8.RuneCountInString(s), countValidRunes(s), "%q", s)
	}
}
