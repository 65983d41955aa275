package stem

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

var contentUPOS = map[string]bool{"NOUN": true, "VERB": true, "ADJ": true, "ADV": true, "PROPN": true}

// TestEvalShared measures accuracy on ../../shared/data/stem when STEM_EVAL
// is set; the official figures come from eval/.
func TestEvalShared(t *testing.T) {
	if os.Getenv("STEM_EVAL") == "" {
		t.Skip("set STEM_EVAL=1")
	}
	s := Default()
	verbose := os.Getenv("STEM_EVAL") == "v"
	f, err := os.Open("../../shared/data/stem/ud_gsd_pairs.tsv")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var all, allOK, aff, affOK, lem, lemOK int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 3 {
			continue
		}
		form, lemma := strings.ToLower(c[0]), strings.ToLower(c[1])
		got := s.Stem(form)
		all++
		if got == lemma {
			allOK++
		}
		if contentUPOS[c[2]] {
			if form != lemma {
				aff++
				if got == lemma {
					affOK++
				} else if verbose {
					t.Logf("AFF %s\t%s\t%s\t%s", form, lemma, got, c[2])
				}
			} else {
				lem++
				if got == lemma {
					lemOK++
				} else if verbose {
					t.Logf("LEM %s\t%s\t%s", form, got, c[2])
				}
			}
		}
	}
	t.Logf("UD all tokens %d/%d = %.2f%%", allOK, all, 100*float64(allOK)/float64(all))
	t.Logf("UD affixed content words %d/%d = %.2f%%", affOK, aff, 100*float64(affOK)/float64(aff))
	t.Logf("UD already-lemma content words %d/%d = %.2f%%", lemOK, lem, 100*float64(lemOK)/float64(lem))

	h, err := os.Open("../../shared/data/stem/hunspell_pairs_sample.tsv")
	if err != nil {
		t.Skip(err)
	}
	defer h.Close()
	roots := map[string][]string{}
	var order []string
	sc = bufio.NewScanner(h)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 2 {
			continue
		}
		form := strings.ToLower(c[0])
		if _, ok := roots[form]; !ok {
			order = append(order, form)
		}
		roots[form] = append(roots[form], strings.ToLower(c[1]))
	}
	ok := 0
	for _, form := range order {
		got := s.Stem(form)
		hit := false
		for _, r := range roots[form] {
			if r == got {
				hit = true
			}
		}
		if hit {
			ok++
		} else if verbose {
			t.Logf("HUN %s\t%v\t%s", form, roots[form], got)
		}
	}
	t.Logf("hunspell sample %d/%d = %.2f%%", ok, len(order), 100*float64(ok)/float64(len(order)))
}

// TestEvalCased compares Stem on lower-cased forms with StemCased on the
// forms as written, over the word tokens of the UD GSD treebank files
// (../../shared/data/ud), whose forms keep their case.
func TestEvalCased(t *testing.T) {
	if os.Getenv("STEM_EVAL") == "" {
		t.Skip("set STEM_EVAL=1")
	}
	s := Default()
	verbose := os.Getenv("STEM_EVAL") == "v"
	var aff, lem, affOK, lemOK [2]int
	for _, name := range []string{"id_gsd-ud-dev.conllu", "id_gsd-ud-test.conllu"} {
		f, err := os.Open("../../shared/data/ud/" + name)
		if err != nil {
			t.Skip(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) < 4 || strings.ContainsAny(c[0], "-.") || !contentUPOS[c[3]] || !wordForm(c[1]) {
				continue
			}
			form, lemma := c[1], strings.ToLower(c[2])
			for k, got := range [2]string{s.Stem(strings.ToLower(form)), s.StemCased(form)} {
				if strings.ToLower(form) != lemma {
					aff[k]++
					if got == lemma {
						affOK[k]++
					} else if verbose && k == 1 {
						t.Logf("CAFF %s\t%s\t%s\t%s", form, lemma, got, c[3])
					}
				} else {
					lem[k]++
					if got == lemma {
						lemOK[k]++
					} else if verbose && k == 1 {
						t.Logf("CLEM %s\t%s\t%s", form, got, c[3])
					}
				}
			}
		}
		f.Close()
	}
	for k, name := range [2]string{"Stem, lower-cased", "StemCased, as written"} {
		t.Logf("UD conllu %s: affixed content words %d/%d = %.2f%%, already-lemma content words %d/%d = %.2f%%", name,
			affOK[k], aff[k], 100*float64(affOK[k])/float64(aff[k]), lemOK[k], lem[k], 100*float64(lemOK[k])/float64(lem[k]))
	}
}

// wordForm reports a form made of letters and inner hyphens.
func wordForm(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if !(c >= 'a' && c <= 'z' || w[i] == '-' && i > 0) {
			return false
		}
	}
	return w != ""
}
