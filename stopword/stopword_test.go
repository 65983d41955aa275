package stopword

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListFile(t *testing.T) {
	seen := map[string]bool{}
	for line := range strings.Lines(listData) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		assert.Equal(t, strings.ToLower(strings.TrimSpace(line)), line, "not lower case or trimmed")
		assert.False(t, seen[line], "duplicate %q", line)
		seen[line] = true
		for _, r := range line {
			assert.True(t, unicode.IsLetter(r) || r == '-', "%q: one word of letters and hyphens", line)
		}
	}
	assert.InDelta(t, 700, len(seen), 50)
	assert.Equal(t, len(seen), Default().Len())
}

func TestDefault(t *testing.T) {
	s := Default()
	assert.Same(t, s, Default())
	for _, w := range []string{"yang", "dan", "di", "ke", "dari", "ini", "itu", "tidak", "sudah", "akan",
		"sedang", "masih", "telah", "bisa", "lah", "kah", "pun", "dong", "sih", "kok", "deh", "nih",
		"saya", "mereka", "apa", "bagaimana", "satu", "sepuluh", "gak", "yg", "aja", "banget"} {
		assert.True(t, s.Contains(w), "%q should be a stopword", w)
		assert.True(t, Is(w), "%q should be a stopword", w)
	}
	for _, w := range []string{"rumah", "barang", "pengiriman", "bagus", "jelek", "kecewa", "harga",
		"presiden", "jakarta", "makan", "orang", "baru", "besar", "baik", "layak", "sesuai", "diri", "",
		"Yang"} {
		assert.False(t, s.Contains(w), "%q should not be a stopword", w)
	}
}

func TestContainsFold(t *testing.T) {
	s := Default()
	for _, w := range []string{"Yang", "YANG", "yang", "Tidak", "GAK"} {
		assert.True(t, s.ContainsFold(w), w)
	}
	assert.False(t, s.ContainsFold("Rumah"))
	assert.False(t, s.ContainsFold(strings.Repeat("A", 100)))
	assert.True(t, New("ärger").ContainsFold("ÄRGER"))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = s.ContainsFold("Yang") }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = s.Contains("yang") }))
}

func TestNew(t *testing.T) {
	s := New("Foo", " bar ", "", "foo")
	assert.Equal(t, 2, s.Len())
	assert.Equal(t, []string{"bar", "foo"}, s.Words())
	assert.True(t, s.Contains("foo"))
	assert.False(t, s.Contains("Foo"), "Contains takes lower-case words")
}

func TestWithWithout(t *testing.T) {
	base := Default()
	n := base.Len()
	more := base.With("Barang", "kak")
	assert.Equal(t, n+2, more.Len())
	assert.True(t, more.Contains("barang"))
	assert.False(t, base.Contains("barang"), "With leaves the receiver alone")
	less := base.Without("TIDAK", "gak", "tak-ada")
	assert.Equal(t, n-2, less.Len())
	assert.False(t, less.Contains("tidak"))
	assert.True(t, base.Contains("tidak"), "Without leaves the receiver alone")
	var nilSet *Set
	assert.False(t, nilSet.Contains("yang"))
	assert.False(t, nilSet.ContainsFold("yang"))
	assert.Equal(t, 0, nilSet.Len())
	assert.Nil(t, nilSet.Words())
	assert.Equal(t, []string{"a"}, nilSet.With("a").Words())
	assert.Equal(t, 0, nilSet.Without("a").Len())
	assert.Equal(t, []string{"yang"}, nilSet.Filter([]string{"yang"}))
}

func TestWords(t *testing.T) {
	w := Default().Words()
	assert.Len(t, w, Default().Len())
	assert.IsIncreasing(t, w)
	w[0] = "zzz"
	assert.NotEqual(t, "zzz", Default().Words()[0], "Words returns a copy")
}

func TestNewFromReader(t *testing.T) {
	s, err := NewFromReader(strings.NewReader("# mine\n\nKak\n  gan  \nkak\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"gan", "kak"}, s.Words())
	_, err = NewFromReader(errReader{})
	assert.Error(t, err)
	s, err = NewFromReader(strings.NewReader(listData))
	require.NoError(t, err)
	assert.Equal(t, Default().Words(), s.Words())
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("broken") }

func TestFilter(t *testing.T) {
	toks := strings.Fields("Barangnya sudah sampai dan kualitasnya bagus banget sih")
	got := Default().Filter(toks)
	assert.Equal(t, []string{"Barangnya", "kualitasnya", "bagus"}, got)
	assert.Equal(t, "Barangnya", toks[0], "Filter leaves its input alone")
	assert.Len(t, toks, 8)
	assert.Empty(t, Default().Filter(nil))
}
