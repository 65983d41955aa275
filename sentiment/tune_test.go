package sentiment

import (
	"os"
	"testing"
)

// TestTune searches the scoring constants by coordinate ascent on the TRAIN splits only (the mean
// of SmSA train macro-F1 and PRDECT-ID train macro-F1). It prints the best params; the defaults in
// score.go were set from its output. Dev splits are never read here.
//
//	TELAAH_DATA=1 TELAAH_TUNE=1 go test ./sentiment -run Tune -v -timeout 20m
func TestTune(t *testing.T) {
	if os.Getenv("TELAAH_TUNE") == "" {
		t.Skip("set TELAAH_TUNE=1 (and TELAAH_DATA=1) to tune")
	}
	smsa := dataExamples(t, "smsa", "train")
	prdect := dataExamples(t, "prdect_id", "train")
	base := Default()
	objective := func(p params) float64 {
		s := *base
		s.p = p
		f1a, _ := evalScorer(&s, smsa, false)
		f1b, _ := evalScorer(&s, prdect, true)
		return (f1a + f1b) / 2
	}
	p := defaultParams
	best := objective(p)
	t.Logf("start: %.4f", best)
	type knob struct {
		name string
		get  func(*params) *float64
		vals []float64
	}
	knobs := []knob{
		{"posBand", func(p *params) *float64 { return &p.posBand }, []float64{0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.42, 0.45, 0.5, 0.55, 0.6}},
		{"negBand", func(p *params) *float64 { return &p.negBand }, []float64{0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.42, 0.45, 0.5, 0.55, 0.6}},
		{"alpha", func(p *params) *float64 { return &p.alpha }, []float64{5, 10, 15, 20, 30}},
		{"negPos", func(p *params) *float64 { return &p.negPos }, []float64{0.6, 0.8, 1, 1.2, 1.5}},
		{"negNeg", func(p *params) *float64 { return &p.negNeg }, []float64{0.2, 0.4, 0.6, 0.8, 1}},
		{"dangling", func(p *params) *float64 { return &p.dangling }, []float64{0, -0.5, -1, -1.5, -2}},
		{"danglingMx", func(p *params) *float64 { return &p.danglingMx }, []float64{0, 0.25, 0.5, 0.75, 1}},
		{"boost", func(p *params) *float64 { return &p.boost }, []float64{0, 0.5, 1, 1.5, 2}},
		{"contrast", func(p *params) *float64 { return &p.contrast }, []float64{0, 0.5, 1, 1.5, 2, 3}},
		{"report", func(p *params) *float64 { return &p.report }, []float64{0, 0.5, 1, 1.5, 2}},
		{"question", func(p *params) *float64 { return &p.question }, []float64{0.2, 0.35, 0.5, 0.75, 1}},
		{"exclInc", func(p *params) *float64 { return &p.exclInc }, []float64{0, 0.2, 0.35, 0.5}},
		{"capsInc", func(p *params) *float64 { return &p.capsInc }, []float64{0, 0.5, 0.9, 1.3}},
		{"lastWeight", func(p *params) *float64 { return &p.lastWeight }, []float64{0.8, 1, 1.2, 1.5, 2}},
		{"docMix", func(p *params) *float64 { return &p.docMix }, []float64{0, 0.25, 0.5, 0.75, 1}},
		{"stemWeight", func(p *params) *float64 { return &p.stemWeight }, []float64{0.5, 0.75, 1}},
	}
	for round := 0; round < 3; round++ {
		improved := false
		for _, k := range knobs {
			for _, v := range k.vals {
				q := p
				*k.get(&q) = v
				if f := objective(q); f > best+1e-9 {
					best, p, improved = f, q, true
					t.Logf("round %d %s=%v: %.4f", round, k.name, v, f)
				}
			}
		}
		for _, w := range []int{2, 3, 4, 5} {
			q := p
			q.window = w
			if f := objective(q); f > best+1e-9 {
				best, p, improved = f, q, true
				t.Logf("round %d window=%v: %.4f", round, w, f)
			}
		}
		if !improved {
			break
		}
	}
	t.Logf("best %.4f: %+v", best, p)
}
