package sentiment

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/tokenize"
)

// testLexicon is a small lexicon so that the rule tests do not move when the embedded one grows.
const testLexicon = `# test lexicon
bagus	3
buruk	-3
jelek	-3
masalah	-2
kecewa	-3
rugi	-3
puas	3
mahal	-1
enak	3
palsu	-3
`

func testScorer(t testing.TB, opts ...Option) *Scorer {
	t.Helper()
	s, err := New(append([]Option{WithLexicon(strings.NewReader(testLexicon))}, opts...)...)
	require.NoError(t, err)
	return s
}

func cueOf(r Result, text string) (Cue, bool) {
	for _, c := range r.Cues {
		if c.Text == text {
			return c, true
		}
	}
	return Cue{}, false
}

func TestRules(t *testing.T) {
	s := testScorer(t)
	score := func(text string) float64 { return s.Score(text).Score }
	tests := []struct {
		name string
		ok   func() bool
	}{
		{"positive word", func() bool { return score("bagus") > 0 }},
		{"negative word", func() bool { return score("buruk") < 0 }},
		{"negation flips", func() bool { return score("tidak bagus") < 0 }},
		{"negated negative is mildly positive", func() bool {
			return score("tidak buruk") > 0 && score("tidak buruk") < score("bagus")
		}},
		{"slang negator", func() bool { return score("gak bagus") < 0 && score("nggak enak") < 0 }},
		{"tidak ada masalah is not negative", func() bool { return score("tidak ada masalah") >= 0 }},
		{"tanpa masalah is positive", func() bool { return score("tanpa masalah") > 0 }},
		{"negation scope ends at punctuation", func() bool { return score("tidak, bagus") > 0 }},
		{"negation scope ends at a contrast marker", func() bool { return score("tidak tahu tapi bagus") > 0 }},
		{"negation window is bounded", func() bool { return score("tidak ada yang bilang kalau ini bagus") > 0 }},
		{"booster before", func() bool { return score("sangat bagus") > score("bagus") }},
		{"booster after", func() bool { return score("bagus sekali") > score("bagus") && score("enak banget") > score("enak") }},
		{"booster negative", func() bool { return score("sangat buruk") < score("buruk") }},
		{"diminisher", func() bool { return score("agak bagus") < score("bagus") && score("agak bagus") > 0 }},
		{"booster inside negation softens", func() bool {
			return score("tidak terlalu bagus") < 0 && score("tidak terlalu bagus") > score("tidak bagus")
		}},
		{"contrast: after counts more", func() bool { return score("bagus tapi buruk") < 0 && score("buruk tapi bagus") > 0 }},
		{"contrast across sentences", func() bool { return score("Bagus. Namun buruk.") < 0 }},
		{"concessive clause counts less", func() bool {
			return score("meskipun buruk, bagus") > 0 && score("bagus meskipun buruk") > 0
		}},
		{"exclamation", func() bool { return score("bagus!!!") > score("bagus") && score("buruk!!") < score("buruk") }},
		{"all caps", func() bool { return score("barang ini BAGUS") > score("barang ini bagus") }},
		{"all-caps text is not emphasis", func() bool { return score("BARANG INI BAGUS") == score("barang ini bagus") }},
		{"question damps", func() bool { return math.Abs(score("bagus?")) < math.Abs(score("bagus")) }},
		{"phrase", func() bool { c, ok := cueOf(s.Score("tidak sesuai"), "tidak sesuai"); return ok && c.Value == -3 }},
		{"phrase through slang", func() bool { return score("gak sesuai pesanan") < 0 }},
		{"phrase through stems", func() bool { c, ok := cueOf(s.Score("barangnya palsu"), "barangnya palsu"); return ok && c.Value < 0 }},
		{"recommendation despite negator", func() bool { return score("jangan lewatkan") > 0 }},
		{"dangling negator", func() bool { return score("barang tidak datang") < 0 }},
		{"neutral expression does not negate", func() bool { return score("tidak hanya enak") > 0 }},
		{"negation looks through function words", func() bool { return score("tidak ada yang bagus") < 0 }},
		{"reported speech counts less", func() bool {
			return score("menteri sebut hasilnya bagus") > 0 && score("menteri sebut hasilnya bagus") < score("hasilnya bagus")
		}},
		{"first-person opinion is not reported", func() bool { return score("menurut saya bagus") == score("bagus") }},
		{"earlier state counts less", func() bool { return score("dulu bagus, sekarang buruk") < 0 }},
		{"no cues is neutral", func() bool { r := s.Score("rapat digelar hari senin"); return r.Label == Neutral && r.Score == 0 }},
		{"reported events are neutral", func() bool {
			r := Default().Score("Kapal tenggelam, dua nelayan di Cilacap tewas")
			return r.Label == Neutral && r.Score < 0 && r.Sentences[0].Label == Neutral
		}},
		{"event word counts less", func() bool {
			c, ok := cueOf(Default().Score("tim itu menang"), "menang")
			return ok && c.Rule == "event" && c.Value > 0 && c.Value < 2
		}},
		{"event word beside a judgement", func() bool { return Default().Score("kecewa, tim kami kalah lagi").Label == Negative }},
		{"reported judgement is neutral", func() bool { return Default().Score("PDIP sebut Ridwan Kamil menang karena hebat").Label == Neutral }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.True(t, tt.ok()) })
	}
}

func TestCues(t *testing.T) {
	s := testScorer(t)
	text := "Pelayanannya sangat bagus, tapi barangnya tidak sesuai. Saya dirugikan!"
	r := s.Score(text)
	require.NotEmpty(t, r.Cues)
	for _, c := range r.Cues {
		require.Equal(t, text[c.Start:c.End], c.Text)
		assert.NotEmpty(t, c.Lemma)
		assert.NotEmpty(t, c.Rule)
	}
	c, ok := cueOf(r, "bagus")
	require.True(t, ok)
	assert.Equal(t, "bagus", c.Lemma)
	assert.Contains(t, c.Rule, "boosted")
	assert.Contains(t, c.Rule, "contrast")
	c, ok = cueOf(r, "tidak sesuai")
	require.True(t, ok)
	assert.Equal(t, "phrase+contrast", c.Rule)
	c, ok = cueOf(r, "dirugikan")
	require.True(t, ok, "dirugikan scores through its stem rugi")
	assert.Equal(t, "rugi", c.Lemma)
	assert.Equal(t, "stem", c.Rule)
	assert.Len(t, r.Sentences, 2)
	assert.Equal(t, Negative, r.Label)
}

func TestStemFallback(t *testing.T) {
	s := testScorer(t)
	for _, w := range []string{"dirugikan", "merugikan", "kekecewaan", "mengecewakan"} {
		r := s.Score(w)
		require.Len(t, r.Cues, 1, w)
		assert.Equal(t, "stem", r.Cues[0].Rule, w)
		assert.Less(t, r.Score, 0.0, w)
	}
	// Listed forms win over stems.
	s2 := testScorer(t, WithEntries(map[string]float64{"dirugikan": -5}))
	r := s2.Score("dirugikan")
	require.Len(t, r.Cues, 1)
	assert.Equal(t, "lexicon", r.Cues[0].Rule)
	assert.Equal(t, -5.0, r.Cues[0].Value)
	// Neutral derived forms are not looked up by stem (melakukan is not laku).
	s3 := testScorer(t, WithEntries(map[string]float64{"laku": 2}))
	assert.Empty(t, s3.Score("melakukan").Cues)
}

func TestResultInvariants(t *testing.T) {
	s := testScorer(t)
	for _, text := range []string{"", " ", "bagus", "tidak ada masalah.", "Buruk! Jelek! Kecewa!!!",
		"harga mahal tapi enak, puas.", strings.Repeat("bagus sekali. ", 200), "\x00\xff\xfe", "😀 :) :-( <3"} {
		r := s.Score(text)
		assert.GreaterOrEqual(t, r.Score, -1.0, text)
		assert.LessOrEqual(t, r.Score, 1.0, text)
		assert.InDelta(t, 1, r.Positive+r.Neutral+r.Negative, 0.002, text)
		assert.NotNil(t, r.Cues)
		assert.NotNil(t, r.Sentences)
		for _, c := range r.Cues {
			assert.Equal(t, text[c.Start:c.End], c.Text)
		}
	}
}

func TestNoSaturation(t *testing.T) {
	s := testScorer(t)
	one := s.Score("Barangnya bagus.").Score
	many := s.Score(strings.Repeat("Barangnya bagus. ", 100)).Score
	assert.Less(t, many, 1.0)
	assert.InDelta(t, one, many, 0.25, "a long positive text scores like its sentences")
	mixed := s.Score(strings.Repeat("Barangnya bagus. Kurirnya buruk. ", 50)).Score
	assert.InDelta(t, 0, mixed, 0.3, "a balanced long text stays near 0")
}

func TestNeutralBand(t *testing.T) {
	s := testScorer(t, WithNeutralBand(0.99))
	r := s.Score("bagus")
	assert.Greater(t, r.Score, 0.0)
	assert.Equal(t, Neutral, r.Label)
	s = testScorer(t, WithNeutralBand(0))
	assert.Equal(t, Positive, s.Score("bagus").Label)
}

func TestScoreTokens(t *testing.T) {
	s := testScorer(t)
	text := "Kurirnya ramah. Tapi barangnya rusak dan tidak bisa dipakai, kecewa!"
	want := s.Score(text)
	got := s.ScoreTokens(text, tokenize.Tokens(text), tokenize.Sentences(text))
	assert.Equal(t, want, got)
	// Bad offsets are ignored, never a panic.
	bad := []tokenize.Token{{Text: "x", Start: -1, End: 3}, {Text: "y", Start: 5, End: 500}, {Text: "bagus", Start: 2, End: 1}}
	assert.NotPanics(t, func() { s.ScoreTokens(text, bad, []tokenize.Sentence{{Start: 10, End: 5}}) })
	assert.NotPanics(t, func() { s.ScoreTokens("", nil, nil) })
}

func TestScoreWords(t *testing.T) {
	s, other := testScorer(t), testScorer(t)
	for _, text := range []string{
		"Kurirnya ramah. Tapi barangnya rusak dan tidak bisa dipakai, kecewa!",
		"BARANGNYA TIDAK SESUAI PESANAN!!! gak bagus :( 😡 Ĳssel ÉNAK",
		"meskipun mahal, enak banget. tapi pelayanannya lambat? pengirimannyaaaaaaaaaa lambaaaaat",
		"", ".,!?",
	} {
		toks, sents := tokenize.Tokens(text), tokenize.Sentences(text)
		want := s.ScoreTokens(text, toks, sents)
		words := make([]Word, len(toks))
		for i, tk := range toks {
			words[i] = s.Word(tk.Text)
		}
		assert.Equal(t, want, s.ScoreWords(text, toks, sents, words), text)
		// Zero Words and Words of another Scorer are looked up again.
		for i, tk := range toks {
			switch i % 3 {
			case 0:
				words[i] = Word{}
			case 1:
				words[i] = other.Word(tk.Text)
			}
		}
		assert.Equal(t, want, s.ScoreWords(text, toks, sents, words), text)
		assert.Equal(t, want, s.ScoreWords(text, toks, sents, nil), text)
		if len(toks) > 0 {
			assert.Equal(t, want, s.ScoreWords(text, toks, sents, words[1:]), text) // not in step: ignored
		}
	}
	// Tokens out of order: the Words are dropped with them.
	text := "bagus sekali"
	toks := tokenize.Tokens(text)
	bad := append([]tokenize.Token{toks[1]}, toks...)
	words := []Word{s.Word(toks[1].Text), s.Word("jelek"), s.Word("jelek")}
	assert.Equal(t, s.ScoreTokens(text, bad, nil), s.ScoreWords(text, bad, nil, words))
}

// TestEmptyKey checks that a token that lower-cases to nothing (a lone variation selector) is a
// plain word, not an empty slot of the front table.
func TestEmptyKey(t *testing.T) {
	s := testScorer(t)
	for _, text := range []string{"tidak \ufe0f bagus", "bagus \ufe0f \ufe0f"} {
		want := s.Score(strings.ReplaceAll(text, "\ufe0f", "xq"))
		for range 2 { // the second time from the front table
			got := s.Score(text)
			assert.Equal(t, want.Score, got.Score, text)
			assert.Equal(t, want.Neutral, got.Neutral, text)
		}
	}
}

func TestOptions(t *testing.T) {
	_, err := New(WithLexicon(strings.NewReader("bagus\tsangat\n")))
	assert.ErrorIs(t, err, ErrFormat)
	_, err = New(WithLexicon(strings.NewReader("bagus\t9\n")))
	assert.ErrorIs(t, err, ErrValence)
	_, err = New(WithLexicon(strings.NewReader("bagus 3\n")))
	assert.ErrorIs(t, err, ErrFormat)
	_, err = New(WithModifiers(strings.NewReader("sangat\tbooster\n")))
	assert.ErrorIs(t, err, ErrFormat)
	_, err = New(WithModifiers(strings.NewReader("sangat\tpenguat\t0.3\n")))
	assert.ErrorIs(t, err, ErrFormat)

	s := testScorer(t, WithEntries(map[string]float64{"bagus": 0, "mantul": 4, "barang ori": 3}))
	assert.Empty(t, s.Score("bagus").Cues, "0 removes an entry")
	assert.Greater(t, s.Score("mantul").Score, 0.0)
	c, ok := cueOf(s.Score("ini barang ori"), "barang ori")
	require.True(t, ok)
	assert.Equal(t, 3.0, c.Value)

	s = testScorer(t, WithEntries(map[string]float64{":)": 2, "T_T": -2}))
	r := s.Score("mantap :) tapi lama T_T")
	_, ok = cueOf(r, ":)")
	assert.True(t, ok, "emoticon over several tokens")
	_, ok = cueOf(r, "T_T")
	assert.True(t, ok)

	s, err = New(WithPhrases(strings.NewReader("barang bagus\t4\n")), WithModifiers(strings.NewReader("tidak\tnegator\t1\n")))
	require.NoError(t, err)
	assert.Less(t, s.Score("tidak oke").Score, 0.0+1e-9)
}

func TestEmbeddedLexicon(t *testing.T) {
	l, err := embeddedLexicon(false, true, true, true)
	require.NoError(t, err, "the embedded files parse strictly")
	n := 0
	for _, ps := range l.phrases {
		for _, p := range ps {
			if p.value != 0 {
				n++
			}
		}
	}
	assert.GreaterOrEqual(t, n, 300, "multiword expressions")
	for _, k := range []string{"tidak", "tak", "gak", "nggak", "enggak", "ga", "tdk", "bukan", "belum", "jangan", "tanpa", "kurang"} {
		assert.Equal(t, modNegator, l.mods[k].kind, k)
	}
	for _, k := range []string{"sangat", "amat", "paling", "terlalu", "makin"} {
		assert.Equal(t, modBooster, l.mods[k].kind, k)
	}
	for _, k := range []string{"sekali", "banget"} {
		assert.Equal(t, modBoosterPost, l.mods[k].kind, k)
	}
	for _, k := range []string{"agak", "sedikit", "cukup", "lumayan"} {
		assert.Equal(t, modDiminisher, l.mods[k].kind, k)
	}
	for _, k := range []string{"tetapi", "tapi", "namun", "padahal", "sayangnya"} {
		assert.Equal(t, modContrast, l.mods[k].kind, k)
	}
	assert.Equal(t, modConcessive, l.mods["meskipun"].kind)
	for w := range l.neutral {
		_, isMod := l.mods[w]
		assert.False(t, isMod, "neutral word %q is also a modifier", w)
	}
}

func TestDefault(t *testing.T) {
	s := Default()
	require.Same(t, s, Default())
	assert.Equal(t, Negative, s.Score("Barangnya rusak dan tidak sesuai pesanan, sangat mengecewakan.").Label)
	assert.Equal(t, Positive, s.Score("Mantap, barang sampai dengan selamat dan sesuai pesanan!").Label)
	assert.GreaterOrEqual(t, s.Score("tidak ada masalah").Score, 0.0)
	assert.Equal(t, s.Score("bagus"), Score("bagus"))
}

func TestConcurrent(t *testing.T) {
	s := testScorer(t)
	texts := []string{"bagus sekali", "tidak sesuai pesanan", "agak mahal tapi enak", "kecewa berat!!", "dirugikan"}
	want := make([]Result, len(texts))
	for i, x := range texts {
		want[i] = s.Score(x)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := n % len(texts)
				if got := s.Score(texts[i]); fmt.Sprint(got) != fmt.Sprint(want[i]) {
					errs <- texts[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent result differs for %q", e)
	}
}

func TestScoreAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	s := testScorer(t)
	text := "Barangnya sampai dengan selamat, packing rapi, tapi warnanya tidak sesuai gambar. Agak kecewa!"
	s.Score(text)
	allocs := testing.AllocsPerRun(50, func() { s.Score(text) })
	assert.LessOrEqual(t, allocs, 4.0, "only the result is allocated")
}

func TestEmptyTokens(t *testing.T) {
	s := testScorer(t)
	text := "bagus :)"
	toks := []tokenize.Token{{Start: 0, End: 0}, {Start: 0, End: 5}, {Start: 5, End: 5}, {Start: 6, End: 6}, {Start: 6, End: 8}}
	assert.NotPanics(t, func() { s.ScoreTokens(text, toks, nil) })
}

// TestLexiconDecisions pins entries whose root would mislead the stem fallback.
func TestLexiconDecisions(t *testing.T) {
	s := Default()
	for _, tt := range []struct {
		text string
		want Label
	}{
		{"Polisi mengamankan dua pelaku", Neutral},
		{"tiga orang diamankan petugas", Neutral},
		{"serum ini menghilangkan jerawat", Positive},
		{"tolong jangan dihilangkan fiturnya", Negative},
		{"ia berkorban demi keluarga", Neutral},
		{"beli pembersih, pelembut, pewangi, penyegar dan pengharum ruangan", Neutral},
		{"transfer lewat bank mandiri", Neutral},
		{"tanggapan menteri soal harga", Neutral},
		{"selamat pagi, ada yang bisa kami bantu?", Neutral},
		{"Yang terhormat, mohon bantuannya untuk cek pesanan saya", Neutral},
		{"Gianyar terima bantuan sosial Rp44 miliar", Neutral},
		{"Sembilan penambang tertimpa longsor", Neutral},
		{"seller salah kirim barang", Negative},
		{"salah ukuran, kebesaran", Negative},
		{"langsung jatuh cinta sama wanginya", Positive},
		{"penjualan pecah rekor", Positive},
		{"tokonya banjir pembeli", Positive},
		{"barang sampai dengan selamat", Positive},
	} {
		r := s.Score(tt.text)
		assert.Equal(t, tt.want, r.Label, "%q: %+v", tt.text, r.Cues)
	}
}
