package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/stopword"
)

// field returns the value printed after "label" (a "  label: value" or "  word -> value" line).
func field(t *testing.T, out, label string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		for _, sep := range []string{":", "->"} {
			if rest, ok := strings.CutPrefix(l, label); ok {
				if v, ok := strings.CutPrefix(strings.TrimSpace(rest), sep); ok {
					return strings.TrimSpace(v)
				}
			}
		}
	}
	t.Fatalf("no %q line in:\n%s", label, out)
	return ""
}

func TestWalkThrough(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	out := b.String()

	for word, root := range map[string]string{"pembangunan": "bangun", "dirugikan": "rugi", "kekecewaan": "kecewa", "anak-anaknya": "anak"} {
		assert.Equal(t, root, field(t, out, word), word)
	}

	stemmed := strings.Fields(field(t, out, "stemmed"))
	assert.Subset(t, stemmed, []string{"ekonomi", "tumbuh", "bangga"})
	assert.NotContains(t, stemmed, "Perekonomian", "stems are lower case")

	noStops := field(t, out, "no stops")
	assert.Contains(t, noStops, "Perekonomian", "words keep their case when only stopwords go")
	for _, w := range strings.Fields(noStops) {
		assert.False(t, stopword.Is(strings.ToLower(w)), w)
	}
	both := strings.Fields(field(t, out, "both"))
	assert.Subset(t, both, []string{"ekonomi", "tumbuh", "bangga"})
	assert.NotContains(t, both, "yang")

	assert.NotContains(t, strings.Fields(field(t, out, "default")), "tidak")
	custom := field(t, out, "custom")
	assert.Contains(t, custom, "tidak", "the custom set keeps the negator")
	assert.NotContains(t, custom, "Kak")

	// Custom dictionary: the right-hand column is the custom stemmer's.
	for word, root := range map[string]string{"memviralkan": "viral", "dicuankan": "cuan", "dibooking": "booking", "dikurasi": "kurasi", "pembangunan": "bangun"} {
		line := lineOf(t, out, "  "+word+" ")
		f := strings.Fields(line)
		require.Len(t, f, 3, line)
		assert.Equal(t, root, f[2], word)
	}

	for word, root := range map[string]string{"ngomongin": "omong", "nungguin": "tunggu"} {
		assert.Equal(t, root, field(t, out, word), word)
	}
	assert.Contains(t, field(t, out, "normalized"), "tidak datang", "gak dtg")
}

func lineOf(t *testing.T, out, prefix string) string {
	t.Helper()
	var last string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, prefix) {
			last = l // the custom-dictionary table comes after the word list
		}
	}
	require.NotEmpty(t, last, "no line starting %q", prefix)
	return last
}

func TestStemWords(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, stemWords(&b, []string{"membangun", "dibangun"}))
	assert.Equal(t, "membangun\tbangun\ndibangun\tbangun\n", b.String())
}

func TestHelpers(t *testing.T) {
	for _, text := range []string{"", "   ", "123 !!! 😊", "\xff\xfe\x00"} {
		assert.Empty(t, StemSentence(stem.Default(), text), "%q", text)
		assert.Empty(t, RemoveStopwords(stopword.Default(), text), "%q", text)
	}
	assert.Equal(t, "yang dan", RemoveStopwords(stopword.New("bagus"), "yang bagus dan"))
	var nilSet *stopword.Set
	assert.Equal(t, "yang bagus", RemoveStopwords(nilSet, "yang bagus"), "a nil set is empty")
}

func Example_stemSentence() {
	fmt.Println(StemSentence(stem.Default(), "Pembangunan jalan tol merugikan warga."))
	// Output: bangun jalan tol rugi warga
}
