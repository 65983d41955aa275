package normalize

import (
	"testing"
	"unicode/utf8"
)

// FuzzToken checks that Token never panics, is idempotent and keeps valid UTF-8 valid.
func FuzzToken(f *testing.F) {
	for _, s := range []string{"", "gak", "YG", "bangettt", "kereeen", "maaaaf", "sampaii", "Ｇａｋ",
		"ﬁlm", "cafe\u0301", "ᴬ", "ǅ", "İstanbul", "www.contoh.co.id", "aaabbbcccdddeeefffggghhhiii",
		"\x00", "\xff\xfe", "mantaappp", "hati2", "ditunjukkkan"} {
		f.Add(s)
	}
	n := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := n.Token(s)
		if again := n.Token(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input: %q -> %q", s, out)
		}
		if s != "" && out == "" {
			t.Fatalf("non-empty token became empty: %q", s)
		}
	})
}
