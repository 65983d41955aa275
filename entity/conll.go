package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/telaah/telaah/tokenize"
)

// TaggedSentence is one sentence of BIO-tagged tokens (tags such as "B-PER", "I-ORG", "O").
type TaggedSentence struct {
	Tokens []string
	Tags   []string
}

// ReadCoNLL reads sentences in CoNLL form: one token per line, the token in the first column and
// its BIO tag in the last (tab- or space-separated), a blank line between sentences. Lines
// starting with "-DOCSTART-" or "#" are skipped.
func ReadCoNLL(r io.Reader) ([]TaggedSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var out []TaggedSentence
	var cur TaggedSentence
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = TaggedSentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "-DOCSTART-") || strings.HasPrefix(l, "#") && !strings.Contains(l, "\t") {
			continue
		}
		var f []string
		if strings.Contains(l, "\t") {
			f = strings.Split(l, "\t")
		} else {
			f = strings.Fields(l)
		}
		if len(f) < 2 || strings.TrimSpace(f[0]) == "" {
			return out, fmt.Errorf("entity: CoNLL line %d: want token and tag", line)
		}
		tag := strings.TrimSpace(f[len(f)-1])
		if tag != "O" && !(strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-")) || len(tag) == 2 {
			return out, fmt.Errorf("entity: CoNLL line %d: bad tag %q", line, tag)
		}
		cur.Tokens = append(cur.Tokens, strings.TrimSpace(f[0]))
		cur.Tags = append(cur.Tags, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, err
	}
	return out, nil
}

// Text returns the sentence re-joined with single spaces, and its tokens with offsets.
func (s TaggedSentence) Text() (string, []tokenize.Token) {
	var b strings.Builder
	toks := make([]tokenize.Token, len(s.Tokens))
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		toks[i] = tokenize.Token{Text: t, Start: b.Len(), End: b.Len() + len(t), Kind: tokenize.Word}
		b.WriteString(t)
	}
	return b.String(), toks
}

// TypedSpan is a typed byte span.
type TypedSpan struct {
	Span Span
	Type Type
}

// Gold returns the entities of the sentence as typed spans in Text().
func (s TaggedSentence) Gold() []TypedSpan {
	_, toks := s.Text()
	var out []TypedSpan
	for i := 0; i < len(s.Tags); i++ {
		t := s.Tags[i]
		if t == "O" || len(t) < 3 {
			continue
		}
		typ := Type(t[2:])
		j := i
		for j+1 < len(s.Tags) && s.Tags[j+1] == "I-"+string(typ) {
			j++
		}
		out = append(out, TypedSpan{Span{toks[i].Start, toks[j].End}, typ})
		i = j
	}
	return out
}

// Scores are exact-match precision, recall and F1 of typed spans.
type Scores struct {
	Precision, Recall, F1    float64
	Gold, Predicted, Correct int
}

// Evaluate runs r.Extract on every sentence re-joined with single spaces and scores the typed
// spans of the given types (all types in the gold data if none are given) by exact match.
func Evaluate(r *Recognizer, sents []TaggedSentence, types ...Type) Scores {
	want := map[Type]bool{}
	for _, t := range types {
		want[t] = true
	}
	if len(want) == 0 {
		for _, s := range sents {
			for _, g := range s.Gold() {
				want[g.Type] = true
			}
		}
	}
	var sc Scores
	for _, s := range sents {
		text, _ := s.Text()
		gold := map[TypedSpan]bool{}
		for _, g := range s.Gold() {
			if want[g.Type] {
				gold[g] = true
			}
		}
		res := r.Extract(text)
		sc.Gold += len(gold)
		for _, e := range res.Entities {
			if !want[e.Type] {
				continue
			}
			for _, sp := range e.Spans {
				sc.Predicted++
				if gold[TypedSpan{sp, e.Type}] {
					sc.Correct++
				}
			}
		}
	}
	if sc.Predicted > 0 {
		sc.Precision = float64(sc.Correct) / float64(sc.Predicted)
	}
	if sc.Gold > 0 {
		sc.Recall = float64(sc.Correct) / float64(sc.Gold)
	}
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
	return sc
}
