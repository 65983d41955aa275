package sentiment

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"
)

// TestKeptResultFreesOtherTexts keeps one Result and drops the one scored before it, on the same
// scratch: the dropped Result's text must be collectable. (Cues hold substrings of the text; when
// they lay in blocks shared by several Results, a kept Result kept the other texts alive.)
func TestKeptResultFreesOtherTexts(t *testing.T) {
	s := Default()
	runtime.LockOSThread() // one P, so that both calls take the same pooled scratch
	defer runtime.UnlockOSThread()
	text := strings.Clone("Barangnya bagus. " + strings.Repeat("x", 8<<20)) // 8 MB, one cue
	freed := weak.Make(unsafe.StringData(text))
	if r := s.Score(text); len(r.Cues) == 0 {
		t.Fatal("no cue in the large text")
	}
	text = ""
	kept := s.Score("Pelayanan buruk sekali.")
	for range 3 {
		runtime.GC()
	}
	if freed.Value() != nil {
		t.Error("a kept Result keeps the text of a dropped Result alive")
	}
	runtime.KeepAlive(kept)
}
