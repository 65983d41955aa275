package analyze

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.jsonl")

// goldenTexts are sentences we wrote that exercise capitals, slang, elongation, reduplication,
// clitics, numbers, URLs, emoji, invalid UTF-8 and several sentences per line.
var goldenTexts = []string{
	"Pembeli yang merasa dirugikan meminta uang kembali. Namun penjual tidak menanggapi keluhan itu.",
	"GAK BISA dipake, barangnya rusakkk bangettt!!! Kecewa bgt sama seller-nya 😡",
	"Dr. Siti Aminah, S.H. menjelaskan bahwa anak-anaknya bermain-main di Jl. Merdeka No. 5, Jakarta.",
	"Harga naik 12,5% menjadi Rp1.250.000 per unit sejak 1 Januari 2024; cek https://contoh.co.id/promo atau email ke cs@contoh.co.id",
	"udah gpp kok, makasih ya kak @tokobaju #belanjaonline",
	"The seller did not answer and the package was late.",
	"Kerajaan Malaysia telah mengumumkan bahawa syarikat itu akan ditutup selepas kempen.",
	"",
	"a\xffb\x00 Ｆｕｌｌ ｗｉｄｔｈ ÉCOLE café",
	"Pelayanannya mantaaap, pengirimannya cepaaat sekali.\n\nKualitas: oke.\nHarga: murah",
}

// goldenStages are the stages whose output comes from the packages analyze, tokenize, normalize
// and stopword alone, so that the golden file changes only when those do. The other stages are
// held to referenceAnalyze by TestMatchesReference.
const goldenStages = Sentences | Tokens | Normalize | Stopwords | Language

// TestGolden compares the JSON of goldenStages over goldenTexts with testdata/golden.jsonl
// (go test -run TestGolden -update rewrites it).
func TestGolden(t *testing.T) {
	// A fixed stopword set: the golden file follows the code, not edits of the embedded list.
	stop := stopword.New("yang", "itu", "di", "ke", "dan", "akan", "telah", "tidak", "sama", "ya", "kok", "per", "atau", "the", "and")
	a := mustNew(t, WithStages(goldenStages), WithStopwords(stop))
	var got bytes.Buffer
	for _, text := range goldenTexts {
		doc, err := a.Analyze(context.Background(), text)
		require.NoError(t, err)
		b, err := doc.appendJSON(nil)
		require.NoError(t, err)
		got.Write(b)
		got.WriteByte('\n')
	}
	const path = "testdata/golden.jsonl"
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got.Bytes(), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	wantLines := strings.Split(string(want), "\n")
	gotLines := strings.Split(got.String(), "\n")
	require.Len(t, gotLines, len(wantLines))
	for i := range wantLines {
		assert.Equal(t, wantLines[i], gotLines[i], "line %d", i+1)
	}
}

// referenceAnalyze is the plain reading of Analyze: every stage called on its own, one token at
// a time, with no sharing, pooling or caching. The optimised Analyze must give the same Document.
func referenceAnalyze(a *Analyzer, text string) *Document {
	c := &a.cfg
	doc := &Document{Schema: SchemaVersion, Stages: slices.Clone(a.stages)}
	doc.Stats.Bytes = len(text)
	doc.Stats.Runes, doc.Stats.InvalidUTF8 = countRunes(text)
	var toks []tokenize.Token
	var lang langCounts
	for it := tokenize.NewIterator(text); it.Next(); {
		t := it.Token()
		toks = append(toks, t)
		if t.Kind == tokenize.Word {
			doc.Stats.Words++
			if c.stages&Language != 0 {
				lang.add(t.Text)
			}
		}
	}
	doc.Stats.Tokens = len(toks)
	if c.stages&Language != 0 {
		g := lang.guess()
		doc.Language = &g
	}
	if c.stages&Tokens != 0 {
		doc.Tokens = make([]Token, len(toks))
		for i, tt := range toks {
			t := Token{Text: tt.Text, Start: tt.Start, End: tt.End, Kind: tt.Kind}
			if t.Kind == tokenize.Word {
				form := ""
				if c.normalizer != nil {
					t.Norm = c.normalizer.Token(t.Text)
					form = t.Norm
				} else if c.stemmer != nil || c.stopwords != nil {
					form = strings.ToLower(t.Text)
				}
				if c.stemmer != nil {
					t.Stem = c.stemmer.Stem(form)
				}
				if c.stopwords != nil && c.stopwords.Contains(form) {
					t.Stop = true
					doc.Stats.Stopwords++
				}
			}
			doc.Tokens[i] = t
		}
	}
	spans := tokenize.Sentences(text)
	if c.stages&Sentences != 0 {
		doc.Sentences = make([]Sentence, 0, len(spans))
		for _, s := range spans {
			ss := Sentence{Start: s.Start, End: s.End}
			if c.sentText {
				ss.Text = text[s.Start:s.End]
			}
			doc.Sentences = append(doc.Sentences, ss)
		}
		doc.Stats.Sentences = len(doc.Sentences)
	}
	if c.stages&(Entities|Terms) != 0 {
		res := c.recognizer.Extract(text)
		if c.stages&Entities != 0 {
			doc.Entities = res.Entities
			if doc.Entities == nil {
				doc.Entities = []entity.Entity{}
			}
		}
		if c.stages&Terms != 0 {
			doc.Terms = res.Terms
			if doc.Terms == nil {
				doc.Terms = []entity.Term{}
			}
			for i := range doc.Terms {
				doc.Terms[i].Score = finite(doc.Terms[i].Score)
			}
		}
	}
	if c.stages&Sentiment != 0 {
		a.sentiment(doc, c.scorer.Score(text))
	}
	return doc
}

// TestMatchesReference holds Analyze, with several stage sets, to referenceAnalyze, byte for
// byte in JSON, over the golden texts, the example article and (when the shared data is
// present) the first lines of the benchmark corpus.
func TestMatchesReference(t *testing.T) {
	texts := slices.Clone(goldenTexts)
	if article, err := os.ReadFile("../examples/article/keluhan-siaran-belanja.txt"); err == nil {
		texts = append(texts, string(article))
	}
	limit := 3000
	if testing.Short() {
		limit = 300
	}
	if f, err := os.Open(corpusPath); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for n := 0; n < limit && sc.Scan(); n++ {
			texts = append(texts, sc.Text())
		}
		f.Close()
	}
	for _, stages := range []Stage{AllStages, Stem, Tokens | Stopwords, AllStages &^ Normalize, Sentences | Sentiment, Entities} {
		a := mustNew(t, WithStages(stages))
		for i, text := range texts {
			doc, err := a.Analyze(context.Background(), text)
			require.NoError(t, err)
			got, err := doc.appendJSON(nil)
			require.NoError(t, err)
			want := stdJSON(t, referenceAnalyze(a, text))
			if want != string(got) {
				t.Fatalf("stages %v, text %d %q:\n got %s\nwant %s", stages, i, text, got, want)
			}
		}
	}
}
