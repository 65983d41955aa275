package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeTemp(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestReadCoNLL(t *testing.T) {
	p := writeTemp(t, "Joko\tB-PER\nWidodo\tI-PER\nke\tO\nBali\tB-LOC\n\n\nOJK\tB-ORG\r\n")
	got, err := readCoNLL(p)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "Joko Widodo ke Bali", got[0].Text)
	assert.Equal(t, []Span{{0, 11, "PER"}, {15, 19, "LOC"}}, got[0].Gold)
	assert.Equal(t, []Span{{0, 4, ""}, {5, 11, ""}, {12, 14, ""}, {15, 19, ""}}, got[0].Spans)
	assert.Equal(t, "OJK", got[1].Text)
	assert.Equal(t, []Span{{0, 3, "ORG"}}, got[1].Gold)

	_, err = readCoNLL(writeTemp(t, "tanpa-tag\n"))
	require.Error(t, err)
}

func TestReadLabelled(t *testing.T) {
	got, err := readLabelled(writeTemp(t, "bagus sekali\tpositive\n\nada\ttab di teks\tnegative \n"))
	require.NoError(t, err)
	assert.Equal(t, []Example{{"bagus sekali", "positive"}, {"ada\ttab di teks", "negative"}}, got)

	_, err = readLabelled(writeTemp(t, "tanpa label\n"))
	require.Error(t, err)
}

func TestLabelMaps(t *testing.T) {
	assert.Equal(t, "positive", threeWay(0.1))
	assert.Equal(t, "neutral", threeWay(0))
	assert.Equal(t, "negative", threeWay(-2))
	assert.Equal(t, "positive", twoWay(0.1))
	assert.Equal(t, "negative", twoWay(0))
	assert.Equal(t, "negative", twoWay(-1))
}

func TestTimeIt(t *testing.T) {
	n := 0
	d := timeIt(0, func() { n++ })
	assert.Equal(t, 2, n, "one warm-up call and one timed call")
	assert.GreaterOrEqual(t, int64(d), int64(0))
}
