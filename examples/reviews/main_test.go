package main

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// section returns the lines of the report under the heading (up to the next blank line).
func section(t *testing.T, report, heading string) []string {
	t.Helper()
	_, rest, ok := strings.Cut(report, "\n"+heading+"\n")
	require.True(t, ok, "no %q section in:\n%s", heading, report)
	body, _, _ := strings.Cut(rest, "\n\n")
	return strings.Split(strings.TrimRight(body, "\n"), "\n")
}

var (
	labelRE = regexp.MustCompile(`(?m)^(positive|neutral|negative)\s+(\d+)\s+(\d+)%\s+([-+]\d\.\d\d)$`)
	countRE = regexp.MustCompile(`^\s+(.+?)\s+(\d+)$`)
	worstRE = regexp.MustCompile(`^\s+\d+\. \[([-+]\d\.\d\d)\] line (\d+): (.*)$`)
)

func TestReviews(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, strings.NewReader(reviewsTxt), 5, 8))
	out := b.String()

	require.True(t, strings.HasPrefix(out, "40 reviews\n"), out)

	// The label counts sum to the number of reviews; the file is of mixed polarity.
	counts := map[string]int{}
	for _, m := range labelRE.FindAllStringSubmatch(out, -1) {
		n, err := strconv.Atoi(m[2])
		require.NoError(t, err)
		counts[m[1]] = n
		mean, err := strconv.ParseFloat(m[4], 64)
		require.NoError(t, err)
		switch m[1] {
		case "positive":
			assert.GreaterOrEqual(t, mean, 0.0)
		case "negative":
			assert.LessOrEqual(t, mean, 0.0)
		}
	}
	require.Len(t, counts, 3, out)
	assert.Equal(t, 40, counts["positive"]+counts["neutral"]+counts["negative"])
	assert.GreaterOrEqual(t, counts["positive"], 10, "mantul, cepet bgt, recommended...")
	assert.GreaterOrEqual(t, counts["negative"], 10, "kecewa, barang rusak, palsu...")

	// The complaint terms are complaint words.
	terms := map[string]int{}
	for _, l := range section(t, out, "Top complaint terms (stems, negative reviews using them):") {
		m := countRE.FindStringSubmatch(l)
		require.NotNil(t, m, "line %q", l)
		terms[m[1]], _ = strconv.Atoi(m[2])
	}
	assert.Len(t, terms, 8)
	var hits []string
	for _, w := range []string{"kecewa", "rusak", "palsu", "tipu", "sesuai", "cacat", "jelek"} {
		if terms[w] > 0 {
			hits = append(hits, w)
		}
	}
	assert.GreaterOrEqual(t, len(hits), 2, "complaint terms %v", terms)
	assert.NotEmpty(t, section(t, out, "What negative reviews talk about (stems):"))

	// The worst reviews: five, most negative first, each negative, with negative cues, and none
	// of the plainly happy ones.
	var scores []float64
	for _, l := range section(t, out, "Worst reviews:") {
		if strings.HasPrefix(strings.TrimSpace(l), "cues: ") {
			assert.Contains(t, l, " -", "the cues shown are negative")
			continue
		}
		m := worstRE.FindStringSubmatch(l)
		require.NotNil(t, m, "line %q", l)
		s, _ := strconv.ParseFloat(m[1], 64)
		scores = append(scores, s)
		assert.Less(t, s, 0.0)
		assert.NotContains(t, m[3], "Recommended")
		assert.NotContains(t, m[3], "Mantap gan")
		line, _ := strconv.Atoi(m[2])
		assert.Equal(t, m[3], strings.Split(reviewsTxt, "\n")[line-1], "line numbers point into the file")
	}
	assert.Len(t, scores, 5)
	assert.IsNonDecreasing(t, scores)
}

func TestInput(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, strings.NewReader("# only a comment\n\n"), 5, 8))
	assert.True(t, strings.HasPrefix(b.String(), "0 reviews\n"))

	b.Reset()
	require.NoError(t, run(&b, strings.NewReader("Bagus banget!\n\xff\xfe\x00 rusak\nbiasa"), 5, 8))
	assert.True(t, strings.HasPrefix(b.String(), "3 reviews\n"))
}
