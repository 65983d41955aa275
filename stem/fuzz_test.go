package stem

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzStem checks that Stem never panics, that a dictionary root stems to
// itself and stays put (idempotence on roots), and that the stem of a plain
// lower-case word is never longer than the word.
func FuzzStem(f *testing.F) {
	for _, w := range []string{"pembangunan", "meniru-nirukan", "anak-anaknya", "mengerjakan", "kupu-kupunya",
		"ngomongin", "Maluku", "Kecamatan", "ber", "me-", "-nya", "\x00", "\xff", "memperkenalkannyalah", "abang-ku", "kedua", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		f.Add(w)
	}
	s := Default()
	c, _ := New(WithColloquial(), WithCacheSize(0))
	f.Fuzz(func(t *testing.T, w string) {
		r := s.Stem(w)
		_ = c.Stem(w)
		rc := s.StemCased(w)
		_ = c.StemCased(w)
		if w == strings.ToLower(w) && rc != r {
			t.Fatalf("StemCased(%q) = %q, Stem = %q", w, rc, r)
		}
		if s.IsRoot(r) {
			if r2 := s.Stem(r); r2 != r {
				t.Fatalf("Stem(%q) = %q, but Stem(%q) = %q", w, r, r, r2)
			}
		}
		if s.IsRoot(w) && w == r && s.Stem(r) != r {
			t.Fatalf("root %q not kept", w)
		}
		plain := utf8.ValidString(w)
		for i := 0; i < len(w) && plain; i++ {
			plain = w[i] >= 'a' && w[i] <= 'z' || w[i] == '-'
		}
		if plain && s.IsRoot(w) && !isRedupWord(w) && r != w {
			t.Fatalf("dictionary root %q stems to %q", w, r)
		}
		if plain && len(r) > len(w) {
			t.Fatalf("Stem(%q) = %q is longer", w, r)
		}
	})
}

func isRedupWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return true
		}
	}
	return false
}
