package tokenize

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var ioEOF = io.EOF

func scanAll(t *testing.T, sc *Scanner) []Token {
	t.Helper()
	var out []Token
	for sc.Scan() {
		out = append(out, sc.Token())
		require.Equal(t, sc.Text(), string(sc.Bytes()))
	}
	require.NoError(t, sc.Err())
	return out
}

func TestScannerMatchesTokens(t *testing.T) {
	text := strings.Repeat("Harga Rp1.000.000 naik 3,2% kata dr. Ani, dll. Lihat https://contoh.co.id/x 👍🏽 :)\n\n", 200)
	for _, size := range []int{32, 33, 64, 100, 4096, DefaultMaxBuffer} {
		sc := NewScanner(&chunkReader{s: text, n: 13})
		sc.Buffer(nil, size)
		require.Equal(t, Tokens(text), scanAll(t, sc), "buffer %d", size)
	}
	sc := NewScanner(strings.NewReader(text))
	require.Equal(t, Tokens(text), scanAll(t, sc))
}

func TestScannerDetached(t *testing.T) {
	tk, err := New(WithDetachedDots())
	require.NoError(t, err)
	text := "Prof. Dr. Budi dll... ya"
	require.Equal(t, tk.Tokens(text), scanAll(t, tk.NewScanner(strings.NewReader(text))))
}

func TestScannerLongTokenIsCut(t *testing.T) {
	// No white space at all: the Scanner cuts at character boundaries.
	text := strings.Repeat("é", 100) + " akhir"
	sc := NewScanner(strings.NewReader(text))
	sc.Buffer(nil, 32)
	toks := scanAll(t, sc)
	checkTokens(t, text, toks)
	for _, tok := range toks {
		require.LessOrEqual(t, tok.End-tok.Start, 32)
		require.True(t, strings.Trim(tok.Text, "é") == "" || tok.Text == "akhir", tok.Text)
	}
	require.Equal(t, "akhir", toks[len(toks)-1].Text)
}

// TestScannerHugeLine streams a 100 MB single line with bounded memory.
func TestScannerHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("100 MB input")
	}
	for _, unit := range []string{"kata-kata 1.000 ", "xxxxxxxxxxxxxxxx"} {
		r := &repeatReader{unit: unit, left: 100 << 20}
		sc := NewScanner(r)
		n, last := 0, 0
		for sc.Scan() {
			if sc.Start() < last {
				t.Fatalf("token at %d before %d", sc.Start(), last)
			}
			last = sc.End()
			n++
		}
		require.NoError(t, sc.Err())
		require.LessOrEqual(t, cap(sc.buf), DefaultMaxBuffer)
		require.Equal(t, 100<<20-len(unit)+len(strings.TrimRight(unit, " ")), last)
		require.Positive(t, n)
	}
}

type repeatReader struct {
	unit string
	left int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && r.left > 0 {
		k := copy(p[n:min(len(p), n+r.left)], r.unit[r.off:])
		r.off = (r.off + k) % len(r.unit)
		n += k
		r.left -= k
	}
	return n, nil
}

type errReader struct{ n int }

var errBoom = errors.New("boom")

func (r *errReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n--
		return copy(p, "satu dua "), nil
	}
	return 0, errBoom
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

func TestScannerErrors(t *testing.T) {
	sc := NewScanner(&errReader{n: 2})
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	require.ErrorIs(t, sc.Err(), errBoom)
	require.Equal(t, []string{"satu", "dua", "satu", "dua"}, got)

	sc = NewScanner(zeroReader{})
	require.False(t, sc.Scan())
	require.ErrorIs(t, sc.Err(), ErrNoProgress)

	sc = NewScanner(strings.NewReader(""))
	require.False(t, sc.Scan())
	require.NoError(t, sc.Err())
}

func TestScannerAll(t *testing.T) {
	sc := NewScanner(strings.NewReader("satu dua tiga"))
	var got []string
	for tok := range sc.All() {
		got = append(got, tok.Text)
	}
	require.Equal(t, []string{"satu", "dua", "tiga"}, got)
	require.NoError(t, sc.Err())
}
