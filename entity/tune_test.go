package entity

import (
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTuneModel trains on the first 80% of IDNER train and scores the rest (TUNE=1).
func TestTuneModel(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip("set TUNE=1")
	}
	train := readIDNER(t, "train.conll")
	cut := len(train) * 4 / 5
	ep, _ := strconv.Atoi(os.Getenv("EPOCHS"))
	if ep == 0 {
		ep = 12
	}
	runs, _ := strconv.Atoi(os.Getenv("RUNS"))
	if runs == 0 {
		runs = 3
	}
	m, err := Train(train[:cut], WithEpochs(ep), WithRuns(runs))
	require.NoError(t, err)
	r, _ := New(WithModel(m), WithModelOnly())
	r2, _ := New(WithModel(m))
	sc2 := Evaluate(r2, train[cut:], PER, ORG, LOC)
	t.Logf("on top of rules held-out: P %.3f R %.3f F1 %.3f", sc2.Precision, sc2.Recall, sc2.F1)
	for _, typ := range []Type{"", PER, ORG, LOC} {
		var sc Scores
		if typ == "" {
			sc = Evaluate(r, train[cut:], PER, ORG, LOC)
		} else {
			sc = Evaluate(r, train[cut:], typ)
		}
		t.Logf("%s held-out: P %.3f R %.3f F1 %.3f", typ, sc.Precision, sc.Recall, sc.F1)
	}
}

func TestTuneErrors(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip("set TUNE=1")
	}
	train := readIDNER(t, "train.conll")
	cut := len(train) * 4 / 5
	m, err := Train(train[:cut])
	require.NoError(t, err)
	r, _ := New(WithModel(m), WithModelOnly())
	for _, s := range train[cut:] {
		text, _ := s.Text()
		gold := map[TypedSpan]bool{}
		for _, g := range s.Gold() {
			gold[g] = true
		}
		pred := map[TypedSpan]bool{}
		for _, e := range r.Extract(text).Entities {
			if e.Type == PER || e.Type == ORG || e.Type == LOC {
				for _, sp := range e.Spans {
					pred[TypedSpan{sp, e.Type}] = true
				}
			}
		}
		for g := range gold {
			if !pred[g] {
				t.Logf("FN %s %q | %s", g.Type, text[g.Span[0]:g.Span[1]], text)
			}
		}
		for p := range pred {
			if !gold[p] {
				t.Logf("FP %s %q | %s", p.Type, text[p.Span[0]:p.Span[1]], text)
			}
		}
	}
}
