package view

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/sentiment"
)

const sample = `Rina Wulandari merasa dirugikan oleh Toko Maju di Bandung. Pelayanannya sangat mengecewakan!
Namun kurirnya ramah.`

func render(t *testing.T, text string) string {
	t.Helper()
	a, err := analyze.New()
	require.NoError(t, err)
	doc, err := a.Analyze(context.Background(), text)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, Write(&b, text, doc, WithTitle("Contoh <laporan>")))
	return b.String()
}

func TestWrite(t *testing.T) {
	page := render(t, sample)
	assert.Contains(t, page, "<title>Contoh &lt;laporan&gt;</title>", "the title is escaped")
	assert.Contains(t, page, `class="cue neg"`, "complaint words are marked as cues")
	assert.Contains(t, page, `class="sent negative"`)
	assert.Contains(t, page, `id="entities"`)
	assert.NotContains(t, page, "<script", "no scripts")
	assert.NotContains(t, page, "http://", "no external assets")
	assert.NotContains(t, page, "https://")
}

func TestMarksNestAndTextSurvives(t *testing.T) {
	text := "A <b>&amp; Rp1.000 \xff ok"
	doc := &analyze.Document{
		Sentences: []analyze.Sentence{{Start: 0, End: len(text)}},
		Entities:  []entity.Entity{{Text: "x", Type: "ORG", Count: 2, Spans: []entity.Span{{2, 9}, {-5, 1000}}}},
		Sentiment: &analyze.DocSentiment{Label: sentiment.Negative, Cues: []sentiment.Cue{{Text: "x", Start: 5, End: 12, Value: -1}}},
	}
	var b bytes.Buffer
	require.NoError(t, Write(&b, text, doc))
	page := b.String()
	body := page[strings.Index(page, `<div id="text">`):]
	body = body[:strings.Index(body, "</main>")]
	assert.Equal(t, strings.Count(body, "<span"), strings.Count(body, "</span>"), "every span closes")
	assert.Contains(t, body, "&lt;b&gt;", "source markup is escaped")
	assert.Contains(t, body, "\uFFFD", "invalid UTF-8 is shown as U+FFFD")
	assert.ErrorIs(t, Write(&b, text, nil), ErrNoDocument)
}

// TestChromiumRendersPage loads the page in headless Chromium (Debian's chromium package,
// installed by .ci/run) and reads back the DOM it built.
func TestChromiumRendersPage(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(file, []byte(render(t, sample)), 0o644))

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-quic", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--dump-dom", "file://"+file)
	out, err := cmd.Output()
	require.NoError(t, err)
	dom := string(out)
	assert.Contains(t, dom, `id="text"`)
	assert.Contains(t, dom, "dirugikan")
	assert.Contains(t, dom, `class="cue neg"`)
	assert.Contains(t, dom, `class="sent negative"`)
	assert.Contains(t, dom, "Kata penentu sentimen")
}
