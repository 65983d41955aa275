package main

import (
	"bytes"
	"os"
	"path/filepath"
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

var scoreRE = regexp.MustCompile(`^\s+\d+\. \[([-+]\d\.\d\d)\] (.*)$`)

// negatives returns the scores and texts of the "Most negative sentences" section, and the cue
// line under each.
func negatives(t *testing.T, report string) (scores []float64, sents, cues []string) {
	t.Helper()
	for _, l := range section(t, report, "Most negative sentences:") {
		if m := scoreRE.FindStringSubmatch(l); m != nil {
			f, err := strconv.ParseFloat(m[1], 64)
			require.NoError(t, err)
			scores = append(scores, f)
			sents = append(sents, m[2])
			cues = append(cues, "")
			continue
		}
		c, ok := strings.CutPrefix(strings.TrimSpace(l), "cues: ")
		require.True(t, ok, "unexpected line %q", l)
		require.NotEmpty(t, cues)
		cues[len(cues)-1] = c
	}
	return scores, sents, cues
}

func TestOurArticle(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, article, 3))
	out := b.String()

	assert.Regexp(t, `(?m)^Document: \d+ sentences, \d+ words, sentiment negative \(-0\.\d\d\)$`, out)

	ents := strings.Join(section(t, out, "Entities:"), "\n")
	assert.Regexp(t, `(?m)^\s+ORG\s+LapakNusa\b`, ents, "the shop is an ORG")
	assert.Regexp(t, `(?m)^\s+PER\s+Ahmad Fauzi\b`, ents, "a later \"Ahmad\" may join it as an alias")
	assert.Regexp(t, `(?m)^\s+LOC\s+Makassar\b`, ents)
	assert.Regexp(t, `(?m)^\s+MONEY\s+Rp3\.499\.000$`, ents)
	assert.Regexp(t, `(?m)^\s+DOMAIN\s+bantuan\.lapaknusa\.co\.id$`, ents)

	terms := section(t, out, "Key terms:")
	assert.NotEmpty(t, terms)
	assert.Contains(t, strings.ToLower(strings.Join(terms, "\n")), "ponsel", "the article is about phones")

	scores, sents, cues := negatives(t, out)
	require.Len(t, scores, 3)
	assert.IsNonDecreasing(t, scores, "most negative first")
	for i := range scores {
		assert.Less(t, scores[i], 0.0)
		assert.NotEmpty(t, cues[i], "every negative sentence shows the words behind its score: %s", sents[i])
	}
	// The complaints, not the apology, are the most negative sentences.
	joined := strings.Join(cues, " ")
	assert.Regexp(t, `ditipu|dirugikan|palsu|rusak|kecewa`, joined)
	assert.NotContains(t, strings.Join(sents, " "), "meminta maaf")
}

// TestSharedArticle runs the example on the article in examples/article (written for telaah
// too): the shop there is BelanjaKita.
func TestSharedArticle(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "article", "*.txt"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no article in examples/article")
	}
	text, err := os.ReadFile(files[0])
	require.NoError(t, err)

	var b bytes.Buffer
	require.NoError(t, run(&b, string(text), 5))
	out := b.String()
	assert.Regexp(t, `(?m)^\s+ORG\s+\S*BelanjaKita`, strings.Join(section(t, out, "Entities:"), "\n"))
	scores, _, cues := negatives(t, out)
	require.NotEmpty(t, scores)
	assert.LessOrEqual(t, len(scores), 5)
	assert.IsNonDecreasing(t, scores)
	assert.Regexp(t, `dirugikan|ditipu|kecewa|penipuan|tidak sesuai`, strings.Join(cues, " "))
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, text := range []string{"", "   \n\n", "\xff\xfe bukan UTF-8 \x00", "Bagus sekali!"} {
		var b bytes.Buffer
		require.NoError(t, run(&b, text, 3), "%q", text)
		assert.Contains(t, b.String(), "Most negative sentences:")
	}
}
