// Package view renders an analysed document as one self-contained HTML page: the text with
// its entities highlighted by type, its sentences shaded by sentiment, the cue words that
// moved the score with their values, and the key terms. The page loads nothing from outside
// (no scripts, fonts or style sheets), so it can be mailed or archived as it is.
//
//	doc, _ := analyzer.Analyze(ctx, text)
//	err := view.Write(w, text, doc, view.WithTitle("Berita"))
//
// Write is safe for concurrent use. All text is HTML-escaped; spans outside the text or
// cutting a UTF-8 sequence are clamped, never trusted.
package view

import (
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/sentiment"
)

// Option configures Write.
type Option func(*config)

type config struct{ title string }

// WithTitle sets the page title (default "telaah").
func WithTitle(title string) Option { return func(c *config) { c.title = title } }

// ErrNoDocument is returned when Write is given a nil document.
var ErrNoDocument = errors.New("view: nil document")

// Write renders text and its analysis doc as an HTML page on w.
func Write(w io.Writer, text string, doc *analyze.Document, opts ...Option) error {
	if doc == nil {
		return ErrNoDocument
	}
	cfg := config{title: "telaah"}
	for _, o := range opts {
		o(&cfg)
	}
	p := page{Title: cfg.title, Doc: doc, Body: body(text, doc)}
	if doc.Sentiment != nil {
		p.Label = string(doc.Sentiment.Label)
		p.Score = doc.Sentiment.Score
		p.Cues = slices.Clone(doc.Sentiment.Cues)
		slices.SortStableFunc(p.Cues, func(a, b sentiment.Cue) int { return cmp.Compare(math.Abs(b.Value), math.Abs(a.Value)) })
	}
	for _, e := range doc.Entities {
		p.Types = appendUnique(p.Types, string(e.Type))
	}
	slices.Sort(p.Types)
	if err := pageTmpl.Execute(w, p); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	return nil
}

type page struct {
	Title string
	Doc   *analyze.Document
	Body  template.HTML
	Label string
	Score float64
	Cues  []sentiment.Cue
	Types []string
}

// mark is one annotation of a byte span of the text.
type mark struct {
	start, end int
	kind       int // markSentence, markEntity or markCue
	class      string
	title      string
	label      string // shown once at the start of an entity
	style      string
}

const (
	markSentence = iota
	markEntity
	markCue
)

// body renders the text with its marks. The marks are cut at every boundary of any mark, so
// each piece of text is wrapped in exactly the marks that cover it and the HTML nests.
func body(text string, doc *analyze.Document) template.HTML {
	var marks []mark
	for _, s := range doc.Sentences {
		m := mark{start: s.Start, end: s.End, kind: markSentence, class: "sent"}
		if s.Sentiment != nil {
			m.class += " " + string(s.Sentiment.Label)
			m.title = fmt.Sprintf("kalimat: %s %+.2f", s.Sentiment.Label, s.Sentiment.Score)
			m.style = fmt.Sprintf("--tone:%.3f", s.Sentiment.Score)
		}
		marks = append(marks, m)
	}
	for _, e := range doc.Entities {
		for _, sp := range e.Spans {
			marks = append(marks, mark{start: sp[0], end: sp[1], kind: markEntity,
				class: "ent t-" + string(e.Type), title: fmt.Sprintf("%s ×%d", e.Type, e.Count), label: string(e.Type)})
		}
	}
	if doc.Sentiment != nil {
		for _, c := range doc.Sentiment.Cues {
			class := "cue pos"
			if c.Value < 0 {
				class = "cue neg"
			}
			title := fmt.Sprintf("%+.2f", c.Value)
			if c.Lemma != "" {
				title += " (" + c.Lemma + ")"
			}
			if c.Rule != "" {
				title += " " + c.Rule
			}
			marks = append(marks, mark{start: c.Start, end: c.End, kind: markCue, class: class, title: title})
		}
	}
	cuts := []int{0, len(text)}
	valid := marks[:0]
	for _, m := range marks {
		m.start, m.end = clamp(text, m.start), clamp(text, m.end)
		if m.start < m.end {
			valid = append(valid, m)
			cuts = append(cuts, m.start, m.end)
		}
	}
	marks = valid
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		var open []mark
		for _, m := range marks {
			if m.start <= lo && hi <= m.end {
				open = append(open, m)
			}
		}
		slices.SortStableFunc(open, func(a, b mark) int { return cmp.Compare(a.kind, b.kind) })
		for _, m := range open {
			b.WriteString(`<span class="` + template.HTMLEscapeString(m.class) + `"`)
			if m.title != "" {
				b.WriteString(` title="` + template.HTMLEscapeString(m.title) + `"`)
			}
			if m.style != "" {
				b.WriteString(` style="` + m.style + `"`)
			}
			b.WriteString(`>`)
			if m.kind == markEntity && m.start == lo {
				b.WriteString(`<b class="tag">` + template.HTMLEscapeString(m.label) + `</b>`)
			}
		}
		b.WriteString(template.HTMLEscapeString(strings.ToValidUTF8(text[lo:hi], "\uFFFD")))
		for range open {
			b.WriteString(`</span>`)
		}
	}
	return template.HTML(b.String())
}

// clamp moves offset i into text and back to the start of a UTF-8 sequence.
func clamp(text string, i int) int {
	i = min(max(i, 0), len(text))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"pct": func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"num": func(f float64) string { return fmt.Sprintf("%+.2f", f) },
}).Parse(pageHTML))

const pageHTML = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font:16px/1.7 system-ui,sans-serif;margin:0;color:#1d2327;background:#fafafa}
header,main,section{max-width:60rem;margin:0 auto;padding:0 1.2rem}
header{padding-top:1rem}
h1{font-size:1.3rem;margin:.4rem 0}
h2{font-size:1.05rem;margin:1.4rem 0 .4rem}
.summary span{display:inline-block;margin-right:1.2rem}
#text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem}
.sent{border-radius:3px}
.sent.negative{background:rgba(220,50,47,calc(-1*var(--tone)*0.35))}
.sent.positive{background:rgba(40,160,70,calc(var(--tone)*0.35))}
.ent{border-radius:4px;padding:0 .15rem;border:1px solid #999;background:#eee}
.ent .tag{font-size:.6rem;font-weight:700;vertical-align:super;margin-right:.15rem;color:#444}
.t-PER{background:#e3d7ff;border-color:#8a6be0}.t-ORG{background:#cfe8ff;border-color:#4c8fd6}
.t-LOC{background:#d9f5d0;border-color:#5aa74a}.t-PRODUCT{background:#ffe7c2;border-color:#d39433}
.t-EVENT{background:#ffd6e7;border-color:#d0548a}.t-MONEY,.t-PERCENT,.t-QUANTITY{background:#fff4b3;border-color:#c9a800}
.t-DATE,.t-TIME{background:#e0f0f0;border-color:#3c9a9a}
.cue{text-decoration:underline 2px;text-underline-offset:3px;font-weight:600}
.cue.neg{text-decoration-color:#c62828}.cue.pos{text-decoration-color:#2e7d32}
table{border-collapse:collapse;background:#fff}
td,th{border:1px solid #ddd;padding:.2rem .6rem;text-align:left;font-size:.92rem}
.neg-v{color:#c62828}.pos-v{color:#2e7d32}
.legend .ent{margin-right:.4rem}
footer{max-width:60rem;margin:2rem auto;padding:0 1.2rem;color:#777;font-size:.8rem}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="summary">{{if .Label}}<span id="sentiment">Sentimen: <b>{{.Label}}</b> ({{num .Score}})</span>{{end}}
<span>{{.Doc.Stats.Sentences}} kalimat</span><span>{{.Doc.Stats.Words}} kata</span>{{with .Doc.Language}}<span>bahasa: {{.Code}}</span>{{end}}</p>
{{if .Types}}<p class="legend">{{range .Types}}<span class="ent t-{{.}}">{{.}}</span>{{end}}</p>{{end}}
</header>
<main>
<div id="text">{{.Body}}</div>
</main>
{{if .Doc.Entities}}<section id="entities"><h2>Entitas</h2>
<table><tr><th>teks</th><th>jenis</th><th>jumlah</th></tr>
{{range .Doc.Entities}}<tr><td>{{.Text}}</td><td><span class="ent t-{{.Type}}">{{.Type}}</span></td><td>{{.Count}}</td></tr>
{{end}}</table></section>{{end}}
{{if .Doc.Terms}}<section id="terms"><h2>Istilah kunci</h2>
<table><tr><th>istilah</th><th>skor</th><th>jumlah</th></tr>
{{range .Doc.Terms}}<tr><td>{{.Text}}</td><td>{{printf "%.3f" .Score}}</td><td>{{.Count}}</td></tr>
{{end}}</table></section>{{end}}
{{if .Cues}}<section id="cues"><h2>Kata penentu sentimen</h2>
<table><tr><th>kata</th><th>nilai</th><th>entri</th><th>aturan</th></tr>
{{range .Cues}}<tr><td>{{.Text}}</td><td class="{{if lt .Value 0.0}}neg-v{{else}}pos-v{{end}}">{{num .Value}}</td><td>{{.Lemma}}</td><td>{{.Rule}}</td></tr>
{{end}}</table></section>{{end}}
<footer>Dibuat oleh telaah · skema dokumen {{.Doc.Schema}}</footer>
</body>
</html>
`
