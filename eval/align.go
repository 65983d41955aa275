package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte span [Start, End) in a text; Type is empty for untyped spans.
type Span struct {
	Start, End int
	Type       string
}

// Unaligned marks a token that could not be found in the text.
var Unaligned = Span{Start: -1, End: -1}

// alignExact maps tokens that tile text (separated only by white space) to their byte spans.
// It fails at the first token that is not next in text: gold data must align exactly.
func alignExact(text string, toks []string) ([]Span, error) {
	spans := make([]Span, 0, len(toks))
	pos := 0
	for _, tok := range toks {
		for pos < len(text) {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += n
		}
		if !strings.HasPrefix(text[pos:], tok) {
			end := min(pos+20, len(text))
			return nil, fmt.Errorf("token %q not at byte %d (text there: %q)", tok, pos, text[pos:end])
		}
		spans = append(spans, Span{Start: pos, End: pos + len(tok)})
		pos += len(tok)
	}
	return spans, nil
}

// alignForward maps tokens of a system that may rewrite or drop text back to text. Each token
// is searched for forward from the end of the last aligned token, within window bytes of it
// (so a rewritten token cannot jump far ahead and derail the tokens after it). A token that is
// not found gets Unaligned and is counted in missed; scoring counts it as wrong.
func alignForward(text string, toks []string, window int) (spans []Span, missed int) {
	spans = make([]Span, 0, len(toks))
	pos := 0
	for _, tok := range toks {
		if tok == "" {
			spans = append(spans, Unaligned)
			missed++
			continue
		}
		limit := min(len(text), pos+window+len(tok))
		i := strings.Index(text[pos:limit], tok)
		if i < 0 {
			spans = append(spans, Unaligned)
			missed++
			continue
		}
		spans = append(spans, Span{Start: pos + i, End: pos + i + len(tok)})
		pos += i + len(tok)
	}
	return spans, missed
}

// trimSpan shrinks s so that it neither starts nor ends with white space in text.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// lineSpans joins lines with single spaces and returns the text and the span of each line.
func lineSpans(lines []string) (string, []Span) {
	var b strings.Builder
	spans := make([]Span, 0, len(lines))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(l)
		spans = append(spans, Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

// PRF holds counts of exact span matches.
type PRF struct {
	TP, Pred, Gold int
}

// Add accumulates o into p.
func (p *PRF) Add(o PRF) { p.TP += o.TP; p.Pred += o.Pred; p.Gold += o.Gold }

// Precision is TP/Pred (0 when nothing was predicted).
func (p PRF) Precision() float64 { return ratio(p.TP, p.Pred) }

// Recall is TP/Gold (0 when there is no gold).
func (p PRF) Recall() float64 { return ratio(p.TP, p.Gold) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// matchSpans counts exact matches (start, end and type) between predicted and gold spans.
// Unaligned predictions count as predicted and never match; duplicates match once.
func matchSpans(pred, gold []Span) PRF {
	g := make(map[Span]int, len(gold))
	for _, s := range gold {
		g[s]++
	}
	p := PRF{Pred: len(pred), Gold: len(gold)}
	for _, s := range pred {
		if s.Start < 0 {
			continue
		}
		if g[s] > 0 {
			g[s]--
			p.TP++
		}
	}
	return p
}

// Confusion is a confusion matrix over string labels.
type Confusion struct {
	Labels []string
	m      map[[2]string]int
	n      int
}

// NewConfusion returns an empty matrix over labels.
func NewConfusion(labels ...string) *Confusion {
	return &Confusion{Labels: labels, m: map[[2]string]int{}}
}

// Add records one (gold, predicted) pair.
func (c *Confusion) Add(gold, pred string) { c.m[[2]string{gold, pred}]++; c.n++ }

// Accuracy is the share of pairs with pred == gold.
func (c *Confusion) Accuracy() float64 {
	ok := 0
	for _, l := range c.Labels {
		ok += c.m[[2]string{l, l}]
	}
	return ratio(ok, c.n)
}

// MacroF1 is the unweighted mean of the per-label F1 over c.Labels.
func (c *Confusion) MacroF1() float64 {
	if len(c.Labels) == 0 {
		return 0
	}
	sum := 0.0
	for _, l := range c.Labels {
		var p PRF
		for k, v := range c.m {
			if k[0] == l && k[1] == l {
				p.TP += v
			}
			if k[1] == l {
				p.Pred += v
			}
			if k[0] == l {
				p.Gold += v
			}
		}
		sum += p.F1()
	}
	return sum / float64(len(c.Labels))
}
