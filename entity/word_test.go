package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

// TestWordOutOfContext holds Word to what the recogniser finds for each token inside its text,
// for the default and a custom stopword set, over the corpus lines and some odd tokens.
func TestWordOutOfContext(t *testing.T) {
	corpus, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	lines := strings.Split(string(corpus), "\n")
	lines = append(lines, "dll. Tbk. S.H. a.n. PT. jl. Rp.5.000 x\xffy é😀 UNDANG-UNDANG ke-2 #tag @user https://x.co.id/a")
	custom, err := New(WithStopwords(stopword.New("yang", "harga")))
	require.NoError(t, err)
	for _, r := range []*Recognizer{Default(), custom} {
		for _, l := range lines {
			for _, tk := range tokenize.Tokens(l) {
				cls, lists := r.tokenInfoAt(l, tk.Start, tk.End)
				w := r.Word(tk.Text)
				if w.cls != cls || w.lists != lists {
					t.Fatalf("Word(%q) = %d %x, in its text %d %x", tk.Text, w.cls, w.lists, cls, lists)
				}
			}
		}
	}
}

// TestExtractWords gives ExtractWords the Words of every token, of some, of none, of another
// Recognizer and of the wrong length: the result is always that of ExtractTokens.
func TestExtractWords(t *testing.T) {
	other, err := New(WithStopwords(stopword.New("yang")))
	require.NoError(t, err)
	r := Default()
	article, err := os.ReadFile(referenceArticle)
	if err != nil {
		t.Skipf("reference article not available: %v", err)
	}
	for _, text := range []string{string(article), "Presiden Joko Widodo bertemu CEO TikTok Shop di Jakarta pada 3 Desember 2026.", "", "a\xffb"} {
		toks, sents := tokenize.Tokens(text), tokenize.Sentences(text)
		want := r.ExtractTokens(text, toks, sents)
		all := make([]Word, len(toks))
		some := make([]Word, len(toks))
		foreign := make([]Word, len(toks))
		for i, tk := range toks {
			all[i] = r.Word(tk.Text)
			if i%2 == 0 {
				some[i] = all[i]
			}
			foreign[i] = other.Word(tk.Text)
		}
		for name, words := range map[string][]Word{"all": all, "some": some, "none": make([]Word, len(toks)), "foreign": foreign, "short": all[:len(all)/2], "nil": nil} {
			assert.Equal(t, want, r.ExtractWords(text, toks, sents, words), "%s words of %.30q", name, text)
		}
	}
}
