package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/telaah/telaah/stem"
)

var contentUPOS = map[string]bool{"NOUN": true, "VERB": true, "ADJ": true, "ADV": true, "PROPN": true}

func runStem(cfg Config, rep *Report) error {
	rows, err := readTSV(cfg.path("stem", "ud_gsd_pairs.tsv"), 3)
	if err != nil {
		return err
	}
	hun, err := readTSV(cfg.path("stem", "hunspell_pairs_sample.tsv"), 2)
	if err != nil {
		return err
	}
	s := stem.Default()

	var all, affixed, lemmas [2]int // correct, total
	count := func(c *[2]int, ok bool) {
		c[1]++
		if ok {
			c[0]++
		}
	}
	forms := make([]string, 0, len(rows))
	for _, r := range rows {
		form, lemma, upos := strings.ToLower(r[0]), strings.ToLower(r[1]), r[2]
		forms = append(forms, form)
		ok := s.Stem(form) == lemma
		count(&all, ok)
		if contentUPOS[upos] {
			if form != lemma {
				count(&affixed, ok)
			} else {
				count(&lemmas, ok)
			}
		}
	}

	// hunspell sample: a form may have several acceptable roots (one line each).
	roots := map[string]map[string]bool{}
	var order []string
	for _, r := range hun {
		form, root := strings.ToLower(r[0]), strings.ToLower(strings.TrimSpace(r[1]))
		if roots[form] == nil {
			roots[form] = map[string]bool{}
			order = append(order, form)
		}
		roots[form][root] = true
	}
	var hs [2]int
	for _, form := range order {
		count(&hs, roots[form][s.Stem(form)])
	}

	acc := func(c [2]int) float64 { return ratio(c[0], c[1]) }
	t := rep.Table("Stemming: accuracy (stem of the lower-cased form == gold)", "system", "metric", "words", "accuracy %")
	t.AddRow("telaah", "UD GSD, all tokens", fmt.Sprint(all[1]), pct(rep.Metric("stem.ud_all", acc(all))))
	t.AddRow("telaah", "UD GSD, affixed content words", fmt.Sprint(affixed[1]), pct(rep.Metric("stem.ud_affixed", acc(affixed))))
	t.AddRow("telaah", "UD GSD, content words already lemmas", fmt.Sprint(lemmas[1]), pct(rep.Metric("stem.ud_lemmas", acc(lemmas))))
	t.AddRow("telaah", "hunspell sample (any listed root)", fmt.Sprint(hs[1]), pct(rep.Metric("stem.hunspell", acc(hs))))
	t.AddRow("PHP Sastrawi (published)", "UD GSD, affixed content words", "", "95.0")
	t.AddRow("go-sastrawi (published)", "UD GSD, affixed content words", "", "86.4")
	t.AddRow("Lucene IndonesianStemmer (published)", "UD GSD, affixed content words", "", "75.8")

	d := timeIt(time.Second, func() {
		for _, f := range forms {
			_ = s.Stem(f)
		}
	})
	wps := float64(len(forms)) / d.Seconds()
	rep.Metric("stem.words_per_s", wps)
	t.AddRow("telaah", "speed: UD GSD forms, one goroutine, cache warm", fmt.Sprint(len(forms)), human(wps)+" words/s")
	t.Note = "Affixed content words: form differs from lemma (lower-cased), UPOS NOUN, VERB, ADJ, ADV or PROPN; " +
		"already lemmas: form equals lemma, same UPOS. Published rows are cited from the data README (same UD subset), not run here."
	return nil
}
