package main

import (
	"fmt"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"
	prose "github.com/jdkato/prose/v2"
	"github.com/telaah/telaah/tokenize"
)

// tokenizer is one system under test in the tokenization section.
type tokenizer struct {
	name      string
	tokens    func(text string) (spans []Span, missed int)
	sentences func(text string) (spans []Span, missed int)
	count     func(text string) int // tokens in text, the fastest way the system offers
}

var tokenizers = []tokenizer{
	{
		name:      "telaah",
		tokens:    func(text string) ([]Span, int) { return tokenSpans(tokenize.Tokens(text)), 0 },
		sentences: func(text string) ([]Span, int) { return sentenceSpans(tokenize.Sentences(text)), 0 },
		count: func(text string) int {
			n := 0
			for it := tokenize.NewIterator(text); it.Next(); {
				n++
			}
			return n
		},
	},
	{
		// The GSD treebank detaches the full stop of abbreviations ("dll ."), against the UD
		// guidelines that telaah follows by default; WithDetachedDots follows the treebank.
		name:      "telaah, GSD dots (WithDetachedDots)",
		tokens:    func(text string) ([]Span, int) { return tokenSpans(gsdDots.Tokens(text)), 0 },
		sentences: func(text string) ([]Span, int) { return sentenceSpans(gsdDots.Sentences(text)), 0 },
		count:     func(text string) int { return len(gsdDots.Tokens(text)) },
	},
	{
		name: "prose/v2",
		tokens: func(text string) ([]Span, int) {
			return alignForward(text, proseTokens(text), 64)
		},
		sentences: func(text string) ([]Span, int) {
			doc, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
			if err != nil {
				return nil, 0
			}
			ss := doc.Sentences()
			texts := make([]string, len(ss))
			for i, s := range ss {
				texts[i] = strings.TrimSpace(s.Text)
			}
			return alignForward(text, texts, 256)
		},
		count: func(text string) int { return len(proseTokens(text)) },
	},
	{
		name:      "UAX #29 (uax29/v2, '-' joiner)",
		tokens:    func(text string) ([]Span, int) { return uaxWords(text), 0 },
		sentences: func(text string) ([]Span, int) { return uaxSentences(text), 0 },
		count: func(text string) int {
			n := 0
			it := words.FromString(text)
			it.Joiners(uaxJoiners)
			for it.Next() {
				if !isSpace(it.Value()) {
					n++
				}
			}
			return n
		},
	},
}

var gsdDots = must(tokenize.New(tokenize.WithDetachedDots()))

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func tokenSpans(toks []tokenize.Token) []Span {
	out := make([]Span, len(toks))
	for i, t := range toks {
		out[i] = Span{Start: t.Start, End: t.End}
	}
	return out
}

func sentenceSpans(ss []tokenize.Sentence) []Span {
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = Span{Start: s.Start, End: s.End}
	}
	return out
}

// endRecall is the share of gold sentence ends at which pred also ends a sentence. GSD's
// lines hold several real sentences more often than not-split ones hold a wrong break, so
// strict sentence F1 punishes real boundaries found inside a line; this counts only misses.
func endRecall(pred, gold []Span) float64 {
	ends := make(map[int]bool, len(pred))
	for _, p := range pred {
		ends[p.End] = true
	}
	n := 0
	for _, g := range gold {
		if ends[g.End] {
			n++
		}
	}
	return float64(n) / float64(max(len(gold), 1))
}

func proseTokens(text string) []string {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

var uaxJoiners = &words.Joiners[string]{Middle: []rune{'-'}}

func uaxWords(text string) []Span {
	var out []Span
	it := words.FromString(text)
	it.Joiners(uaxJoiners)
	for it.Next() {
		if !isSpace(it.Value()) {
			out = append(out, Span{Start: it.Start(), End: it.End()})
		}
	}
	return out
}

func uaxSentences(text string) []Span {
	var out []Span
	it := sentences.FromString(text)
	for it.Next() {
		out = append(out, Span{Start: it.Start(), End: it.End()})
	}
	return out
}

func isSpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// udSplit is one UD GSD split: raw text, gold token spans and gold sentence spans.
type udSplit struct {
	name   string
	text   string
	tokens []Span
	sents  []Span
}

func loadUD(cfg Config, split string) (udSplit, error) {
	lines, err := readLines(cfg.path("ud", "id_gsd-"+split+".txt"))
	if err != nil {
		return udSplit{}, err
	}
	tokLines, err := readLines(cfg.path("ud", "id_gsd-"+split+".tok"))
	if err != nil {
		return udSplit{}, err
	}
	if len(lines) != len(tokLines) {
		return udSplit{}, fmt.Errorf("%s: %d lines of text but %d lines of tokens", split, len(lines), len(tokLines))
	}
	text, sents := lineSpans(lines)
	var gold []string
	for _, l := range tokLines {
		gold = append(gold, strings.Fields(l)...)
	}
	// The .tok files hold the surface tokens (multiword tokens such as "membelinya" stay whole,
	// as in the .conllu's range lines), so they tile the raw text exactly.
	spans, err := alignExact(text, gold)
	if err != nil {
		return udSplit{}, fmt.Errorf("%s: gold tokens do not align with the text: %w", split, err)
	}
	return udSplit{name: split, text: text, tokens: spans, sents: sents}, nil
}

func trimAll(text string, spans []Span) []Span {
	out := make([]Span, len(spans))
	for i, s := range spans {
		if s.Start < 0 {
			out[i] = s
			continue
		}
		out[i] = trimSpan(text, s)
	}
	return out
}

func runTokenize(cfg Config, rep *Report) error {
	var splits []udSplit
	for _, name := range []string{"dev", "test"} {
		s, err := loadUD(cfg, name)
		if err != nil {
			return err
		}
		splits = append(splits, s)
	}
	t := rep.Table("Tokenization: UD Indonesian-GSD (exact spans)", "system", "metric", "dev", "test")
	for _, tk := range tokenizers {
		var tokRow, sentRow, recRow, missRow []string
		for _, sp := range splits {
			pred, missed := tk.tokens(sp.text)
			tf := matchSpans(pred, sp.tokens).F1()
			rep.Metric(fmt.Sprintf("tokenize.%s.token_f1.%s", key(tk.name), sp.name), tf)
			tokRow = append(tokRow, f3(tf))
			ps, smissed := tk.sentences(sp.text)
			trimmed := trimAll(sp.text, ps)
			sf := matchSpans(trimmed, sp.sents).F1()
			rep.Metric(fmt.Sprintf("tokenize.%s.sentence_f1.%s", key(tk.name), sp.name), sf)
			sentRow = append(sentRow, f3(sf))
			er := endRecall(trimmed, sp.sents)
			rep.Metric(fmt.Sprintf("tokenize.%s.sentence_end_recall.%s", key(tk.name), sp.name), er)
			recRow = append(recRow, f3(er))
			missRow = append(missRow, fmt.Sprintf("%d / %d", missed, smissed))
		}
		t.AddRow(append([]string{tk.name, "token F1"}, tokRow...)...)
		t.AddRow(append([]string{tk.name, "sentence F1"}, sentRow...)...)
		t.AddRow(append([]string{tk.name, "sentence-end recall"}, recRow...)...)
		if tk.name == "prose/v2" {
			t.AddRow(append([]string{tk.name, "unaligned tokens / sentences"}, missRow...)...)
		}
	}
	t.AddRow("prose/v2 (published)", "token F1 / sentence F1", ".993 / .849", "")
	t.AddRow("UAX #29 (published)", "token F1 / sentence F1", ".995 / .826", "")
	t.Note = fmt.Sprintf("Raw text: the lines of id_gsd-{dev,test}.txt joined by single spaces (%d and %d bytes); "+
		"gold tokens: the surface tokens of the .tok files (%d and %d); gold sentences: the lines (%d and %d). "+
		"Predicted sentence spans are trimmed of surrounding white space. prose/v2 rewrites and drops text: its "+
		"tokens and sentences are aligned back to the raw text by searching forward from the previous end, and "+
		"those that cannot be aligned count as wrong. Sentence-end recall: the share of gold sentence ends (line ends) where the system ends a sentence too; it does not count the real boundaries found inside GSD lines, which strict F1 counts as errors. Published rows: the figures in the data README (dev only).",
		len(splits[0].text), len(splits[1].text), len(splits[0].tokens), len(splits[1].tokens), len(splits[0].sents), len(splits[1].sents))

	corpus, err := os.ReadFile(cfg.path("corpus", "mixed-id.txt"))
	if err != nil {
		return err
	}
	text := string(corpus)
	st := rep.Table("Tokenization speed: corpus/mixed-id.txt, one goroutine", "system", "tokens", "tokens/s", "MB/s", "x prose/v2")
	type speed struct {
		name      string
		n         int
		mbs, toks float64
	}
	var speeds []speed
	var proseMBs float64
	for _, tk := range tokenizers {
		n := 0
		d := timeIt(time.Second, func() { n = tk.count(text) })
		s := speed{name: tk.name, n: n, mbs: float64(len(text)) / d.Seconds() / 1e6, toks: float64(n) / d.Seconds()}
		speeds = append(speeds, s)
		if tk.name == "prose/v2" {
			proseMBs = s.mbs
		}
	}
	for _, s := range speeds {
		x := s.mbs / proseMBs
		rep.Metric(fmt.Sprintf("tokenize.%s.mb_per_s", key(s.name)), s.mbs)
		if s.name != "prose/v2" {
			rep.Metric(fmt.Sprintf("tokenize.%s.x_prose", key(s.name)), x)
		}
		st.AddRow(s.name, fmt.Sprint(s.n), human(s.toks), mbps(s.mbs), fmt.Sprintf("%.1f", x))
	}
	st.Note = fmt.Sprintf("%d bytes, %d lines; the whole file is one input; telaah through its iterator; mean of repeated passes over at least one second after a warm-up pass, timed by the CPU time of the process (garbage collection included).",
		len(text), strings.Count(text, "\n"))
	return nil
}

// key turns a system name into a metric-name part: "UAX #29 (uax29/v2, '-' joiner)" -> "uax29".
func key(name string) string {
	switch {
	case strings.HasPrefix(name, "UAX"):
		return "uax29"
	case strings.HasPrefix(name, "prose"):
		return "prose"
	}
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
			b.WriteByte('_')
		}
	}
	return strings.Trim(b.String(), "_")
}
