package entity

import (
	"strings"
	"testing"
	"time"

	"github.com/telaah/telaah/tokenize"
)

// Regression tests written by the reliability review (issue 8). Each names the input that
// showed the bug.

// TestExtractLinearTime checks that Extract takes time linear in the size of the text on
// shapes where it was quadratic: a run of "1." (scanPatterns calls matchAt at every word start
// of the run, and matchURL/isDomain/matchNumber each scan to the end of the run: 100 KB took
// 114 s), "a-a-a-..." and "anak-anak-..." (same scan: 23 s and 14 s for 100 KB), and title-case
// lines of many words such as "A. A. A. ..." or "Abc Def ..." (headSegments looks up every
// token span [p, q] of the line in a map, hashing the span's text: 69 s and 7 s for 100 KB).
// Text without white space made gazAt quadratic (see the shapes below). Quadrupling the text
// must not cost more than about eight times as much.
func TestExtractLinearTime(t *testing.T) {
	r := Default()
	shapes := []struct{ name, unit string }{
		{"dotted number run", "1."},
		{"hyphen chain", "a-"},
		{"hyphenated word chain", "anak-"},
		{"initials", "A. "},
		{"title-case line", "Abc Def "},
		// text without white space: gazAt scanned from each capitalised token to the next space
		// (and folded all of it) to find the first word of a name: 32 KB took 1 s
		{"words and commas", "Abc,"},
		{"initials without spaces", "A."},
		{"acronyms and commas", "OJK,"},
		{"hashtags", "#A"},
		{"no-break spaces", "Abc\u00a0"},
	}
	timeOf := func(text string) time.Duration {
		best := time.Duration(1 << 62)
		for range 2 {
			start := time.Now()
			r.Extract(text)
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			small := strings.Repeat(s.unit, (4<<10)/len(s.unit))
			large := strings.Repeat(s.unit, (16<<10)/len(s.unit))
			ts, tl := timeOf(small), timeOf(large)
			t.Logf("4 KB: %v, 16 KB: %v", ts, tl)
			if tl > 100*time.Millisecond && tl > 8*ts {
				t.Errorf("Extract is slower than linear on %q repeated: 4 KB in %v, 16 KB in %v", s.unit, ts, tl)
			}
		})
	}
}

// TestFirstWord checks the stretch cache of firstWord against the direct computation, for
// every token of texts with long stretches without white space, in order and backwards.
func TestFirstWord(t *testing.T) {
	texts := []string{
		"Abc,Def,Ghi Jakarta,,,,, PT.Maju.Jaya ’’’Rina’’ A.B.C.",
		strings.Repeat("Abc,", 50) + " " + strings.Repeat("A.", 40) + strings.Repeat("’", 5) + "\tX\nY",
		"“OJK”,“BI”;(KPK)...!?\u00a0Jokowi\u00a0Widodo",
		"\xff\xfeAbc\xe2\x80,Def\xe2\x80\x99\xe2\x80\x99",
		",,,,A",
	}
	r := Default()
	for _, text := range texts {
		toks := tokenize.Tokens(text)
		for _, order := range []string{"forward", "backward"} {
			d := newDoc(r, text, toks, tokenize.Sentences(text), nil)
			for k := range d.toks {
				p := k
				if order == "backward" {
					p = len(d.toks) - 1 - k
				}
				fw := d.text[d.toks[p].s:]
				if i := strings.IndexAny(fw, " \t\n"); i >= 0 {
					fw = fw[:i]
				}
				want := strings.TrimRight(fw, firstWordCut)
				if got := d.firstWord(p); got != want {
					t.Errorf("%s %q token %d: firstWord %q, want %q", order, text, p, got, want)
				}
			}
			d.release()
		}
	}
}

// TestFirstWordsLong checks that a first word longer than any gazetteer entry is folded only in
// part and still answers as the whole fold does.
func TestFirstWordsLong(t *testing.T) {
	g := builtinGazetteer()
	long := strings.Repeat("a", g.maxLen)
	words := []string{"Jakarta", long + "b", "Jakarta" + strings.Repeat("\r", 3*g.maxLen), strings.Repeat("\r", 3*g.maxLen) + "Bandung",
		"Jakarta\r" + strings.Repeat("é", g.maxLen), strings.Repeat("É", g.maxLen/4) + "x", strings.Repeat("\xff", g.maxLen),
		"Bank" + strings.Repeat("\u212a", g.maxLen/2)}
	for _, w := range words {
		want := int(g.first[string(appendFold(nil, w))])
		got, _ := g.firstWords(w, nil)
		if got != want {
			t.Errorf("firstWords(%q) = %d, want %d", w, got, want)
		}
	}
}
