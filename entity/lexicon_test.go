package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/telaah/telaah/stopword"
)

// mapBits computes the lists of token text s the slow way, through the maps.
func mapBits(r *Recognizer, lists []struct {
	bit uint64
	set map[string]bool
}, s string) uint64 {
	if len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	lw := strings.ToLower(s)
	var bits uint64
	for _, l := range lists {
		if l.bit != lxStop && l.set[lw] {
			bits |= l.bit
		}
	}
	if r.stop.Contains(lw) {
		bits |= lxStop
	}
	return bits
}

// TestLexicon checks that the packed table answers as the maps do, for every word of every list
// in several spellings and for tokens that are in none.
func TestLexicon(t *testing.T) {
	custom, err := New(WithStopwords(stopword.New("yang", "harga", "jakarta")))
	assert.NoError(t, err)
	words := []string{"", ".", "..", "a", "A.", "1", "2024", "Rp", "&", "-", "…", "é", "É.", "Ünïcode", "x\x00", "\xff",
		"abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnop.", "Kabupaten/Kota", "PEMERINTAH", "Jl.", "jl..",
		"Jakarta", "yang", "Yang.", "mengungkapkan", "MENGUNGKAPKAN", "PDI-P", "iPhone", "G20", "a1b2c3d4e5f6g7h8",
		"12345678Ab", "x\x00y", "[@#`{", "ZZ.", "Mengungkapkan.", "mengUNGKAPKAN"}
	for _, l := range lexLists() {
		for w := range l.set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".", w+"x", w[:len(w)-1])
		}
	}
	lists := lexLists()
	for _, r := range []*Recognizer{Default(), custom} {
		for _, w := range words {
			want := mapBits(r, lists, w)
			assert.Equal(t, want, r.tokenBits(w), "tokenBits(%q)", w)
			cls, bits := r.tokenInfo(w)
			if w == "" {
				continue
			}
			assert.Equal(t, classify(w), cls, "class of %q", w)
			assert.Equal(t, want, bits, "tokenInfo(%q)", w)
			// inside a longer text, where tokenInfoAt reads eight bytes at once
			text := "ab " + w + " cdefghijklmnopqrstu"
			cls, bits = r.tokenInfoAt(text, 3, 3+len(w))
			assert.Equal(t, classify(w), cls, "class of %q in a text", w)
			assert.Equal(t, want, bits, "tokenInfoAt(%q)", w)
		}
	}
}
