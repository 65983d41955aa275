package sentiment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The tests in this file read ../../shared/data by path. They are skipped unless TELAAH_DATA=1:
// the project's evaluation lives in eval/; these are for working on the package.
//
//	TELAAH_DATA=1 go test ./sentiment -run Data -v

const dataDir = "../../shared/data/sentiment"

func dataExamples(t testing.TB, set, split string) []Example {
	t.Helper()
	if os.Getenv("TELAAH_DATA") == "" {
		t.Skip("set TELAAH_DATA=1 to run on ../shared/data")
	}
	f, err := os.Open(filepath.Join(dataDir, set, split+".tsv"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	ex, err := ReadExamples(f)
	require.NoError(t, err)
	return ex
}

type confusion struct {
	labels []Label
	m      map[[2]Label]int
	n      int
}

func newConfusion(labels ...Label) *confusion {
	return &confusion{labels: labels, m: map[[2]Label]int{}}
}

func (c *confusion) add(gold, pred Label) { c.m[[2]Label{gold, pred}]++; c.n++ }

func (c *confusion) macroF1() float64 {
	sum := 0.0
	for _, l := range c.labels {
		tp := c.m[[2]Label{l, l}]
		fp, fn := 0, 0
		for _, o := range c.labels {
			if o != l {
				fp += c.m[[2]Label{o, l}]
				fn += c.m[[2]Label{l, o}]
			}
		}
		if tp > 0 {
			p := float64(tp) / float64(tp+fp)
			r := float64(tp) / float64(tp+fn)
			sum += 2 * p * r / (p + r)
		}
	}
	return sum / float64(len(c.labels))
}

func (c *confusion) accuracy() float64 {
	ok := 0
	for _, l := range c.labels {
		ok += c.m[[2]Label{l, l}]
	}
	return float64(ok) / float64(c.n)
}

// binaryLabel maps a compound score to PRDECT-ID's two classes by its sign (0 is negative), as eval/ does.
func binaryLabel(score float64) Label {
	if score > 0 {
		return Positive
	}
	return Negative
}

func evalScorer(s *Scorer, ex []Example, twoClass bool) (f1, acc float64) {
	c := newConfusion(Positive, Neutral, Negative)
	if twoClass {
		c = newConfusion(Positive, Negative)
	}
	for _, e := range ex {
		r := s.Score(e.Text)
		if twoClass {
			c.add(e.Label, binaryLabel(r.Score))
		} else {
			c.add(e.Label, r.Label)
		}
	}
	return c.macroF1(), c.accuracy()
}

func TestDataScorer(t *testing.T) {
	for _, set := range []struct {
		name     string
		twoClass bool
	}{{"smsa", false}, {"prdect_id", true}} {
		for _, split := range []string{"train", "dev"} {
			ex := dataExamples(t, set.name, split)
			f1, acc := evalScorer(Default(), ex, set.twoClass)
			t.Logf("lexicon scorer %s %s: macro-F1 %.1f accuracy %.1f (%d examples)", set.name, split, 100*f1, 100*acc, len(ex))
		}
	}
}

func TestDataTrain(t *testing.T) {
	for _, set := range []struct {
		name     string
		twoClass bool
	}{{"smsa", false}, {"prdect_id", true}} {
		train := dataExamples(t, set.name, "train")
		dev := dataExamples(t, set.name, "dev")
		t0 := time.Now()
		m, err := Train(train, WithSeed(1))
		require.NoError(t, err)
		el := time.Since(t0)
		c := newConfusion(Positive, Neutral, Negative)
		if set.twoClass {
			c = newConfusion(Positive, Negative)
		}
		for _, e := range dev {
			l, _ := m.Predict(e.Text)
			c.add(e.Label, l)
		}
		t.Logf("trained %s dev: macro-F1 %.1f accuracy %.1f; training %.1f s on %d examples", set.name, 100*c.macroF1(), 100*c.accuracy(), el.Seconds(), len(train))
	}
}

// TestReferenceArticle scores the project's reference complaint story (read by path, never
// copied): it must come out negative, with its complaint words among the cues.
func TestReferenceArticle(t *testing.T) {
	data, err := os.ReadFile("../../shared/data/news/tiktok-shop-keranjang-kuning.txt")
	if err != nil {
		t.Skip(err)
	}
	text := string(data)
	r := Default().Score(text)
	require.Equal(t, Negative, r.Label, "score %v", r.Score)
	lemmas := map[string]bool{}
	for _, c := range r.Cues {
		require.Equal(t, text[c.Start:c.End], c.Text)
		lemmas[strings.ToLower(c.Text)] = true
	}
	for _, w := range []string{"dirugikan", "kekecewaan"} {
		require.True(t, lemmas[w], "cue %q", w)
	}
	require.Greater(t, len(r.Sentences), 3)
	require.Greater(t, r.Score, -1.0, "a long text does not saturate")
}
