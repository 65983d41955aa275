package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// readLines returns the lines of a file without their line endings; a final empty line is dropped.
func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil, nil
	}
	return strings.Split(s, "\n"), nil
}

// readTSV returns the tab-separated fields of each non-empty line, checking the field count.
func readTSV(path string, fields int) ([][]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	out := make([][]string, 0, len(lines))
	for i, l := range lines {
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < fields {
			return nil, fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", filepath.Base(path), i+1, fields, len(f))
		}
		out = append(out, f)
	}
	return out, nil
}

// Example is one labelled text.
type Example struct {
	Text, Label string
}

// readLabelled reads "text TAB label" lines; the label is the last field.
func readLabelled(path string) ([]Example, error) {
	rows, err := readTSV(path, 2)
	if err != nil {
		return nil, err
	}
	out := make([]Example, len(rows))
	for i, r := range rows {
		out[i] = Example{Text: strings.Join(r[:len(r)-1], "\t"), Label: strings.TrimSpace(r[len(r)-1])}
	}
	return out, nil
}

// NERSentence is one CoNLL sentence re-joined with single spaces, with its gold typed spans.
type NERSentence struct {
	Tokens []string
	Tags   []string
	Text   string
	Spans  []Span // byte span of each token in Text
	Gold   []Span // typed entity spans
}

// readCoNLL reads "token TAB BIO-tag" lines with blank lines between sentences.
func readCoNLL(path string) ([]NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Text = strings.Join(cur.Tokens, " ")
			pos := 0
			for _, t := range cur.Tokens {
				cur.Spans = append(cur.Spans, Span{Start: pos, End: pos + len(t)})
				pos += len(t) + 1
			}
			cur.Gold = bioSpans(cur.Tags, cur.Spans)
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want token TAB tag", filepath.Base(path), n)
		}
		cur.Tokens = append(cur.Tokens, fields[0])
		cur.Tags = append(cur.Tags, strings.TrimSpace(fields[len(fields)-1]))
	}
	flush()
	return out, sc.Err()
}

// bioSpans turns BIO tags over token spans into typed entity spans. An I- tag that does not
// continue an entity of its type starts a new one (the usual lenient reading).
func bioSpans(tags []string, toks []Span) []Span {
	var out []Span
	open := -1
	for i, tag := range tags {
		prefix, typ, _ := strings.Cut(tag, "-")
		switch {
		case tag == "O" || typ == "":
			open = -1
		case prefix == "I" && open >= 0 && out[open].Type == typ:
			out[open].End = toks[i].End
		default: // B-, or an I- that starts an entity
			out = append(out, Span{Start: toks[i].Start, End: toks[i].End, Type: typ})
			open = len(out) - 1
		}
	}
	return out
}
