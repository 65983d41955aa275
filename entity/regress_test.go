package entity

import (
	"strings"
	"testing"
	"time"
)

// Regression tests written by the reliability review (issue 8). Each names the input that
// showed the bug.

// TestExtractLinearTime checks that Extract takes time linear in the size of the text on
// shapes where it was quadratic: a run of "1." (scanPatterns calls matchAt at every word start
// of the run, and matchURL/isDomain/matchNumber each scan to the end of the run: 100 KB took
// 114 s), "a-a-a-..." and "anak-anak-..." (same scan: 23 s and 14 s for 100 KB), and title-case
// lines of many words such as "A. A. A. ..." or "Abc Def ..." (headSegments looks up every
// token span [p, q] of the line in a map, hashing the span's text: 69 s and 7 s for 100 KB).
// Quadrupling the text must not cost more than about eight times as much.
func TestExtractLinearTime(t *testing.T) {
	r := Default()
	shapes := []struct{ name, unit string }{
		{"dotted number run", "1."},
		{"hyphen chain", "a-"},
		{"hyphenated word chain", "anak-"},
		{"initials", "A. "},
		{"title-case line", "Abc Def "},
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
