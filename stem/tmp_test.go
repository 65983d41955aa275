package stem
import "testing"
func TestTmp(t *testing.T) {
	for _, w := range []string{"terjadinya","terjadi","keduanya","pengurus","perasaan","perancangan"} {
		t.Log(w, Stem(w), Default().IsRoot(w))
	}
}
