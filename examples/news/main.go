// Command news analyses an Indonesian news article and prints its entities, key terms, the most
// negative sentences and the words behind their scores (the sentiment cues).
//
//	go run ./examples/news            # the article written for this example (artikel.txt)
//	go run ./examples/news FILE       # your own article; "-" reads standard input
//	go run ./examples/news -n 5 FILE  # the five most negative sentences
package main

import (
	"cmp"
	"context"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/sentiment"
)

// article is a complaint story about an online shop, written for this example; every name in it
// is invented.
//
//go:embed artikel.txt
var article string

func main() {
	n := flag.Int("n", 3, "how many of the most negative sentences to print")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: news [-n N] [FILE|-]")
		flag.PrintDefaults()
	}
	flag.Parse()

	text := article
	if flag.NArg() > 0 {
		var b []byte
		var err error
		if name := flag.Arg(0); name == "-" {
			b, err = io.ReadAll(os.Stdin)
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "news:", err)
			os.Exit(1)
		}
		text = string(b)
	}
	if err := run(os.Stdout, text, *n); err != nil {
		fmt.Fprintln(os.Stderr, "news:", err)
		os.Exit(1)
	}
}

// run analyses text and writes the report to w, with the n most negative sentences.
func run(w io.Writer, text string, n int) error {
	a, err := analyze.New() // build once; an Analyzer is safe to share between goroutines
	if err != nil {
		return err
	}
	doc, err := a.Analyze(context.Background(), text)
	if err != nil {
		return err
	}

	if doc.Sentiment != nil {
		fmt.Fprintf(w, "Document: %d sentences, %d words, sentiment %s (%+.2f)\n",
			doc.Stats.Sentences, doc.Stats.Words, doc.Sentiment.Label, doc.Sentiment.Score)
	}

	fmt.Fprintln(w, "\nEntities:")
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "  %-8s %s", e.Type, e.Text)
		if e.Count > 1 {
			fmt.Fprintf(w, " (%dx)", e.Count)
		}
		if len(e.Aliases) > 0 {
			fmt.Fprintf(w, " aka %s", strings.Join(e.Aliases, ", "))
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w, "\nKey terms:")
	for i, t := range doc.Terms {
		fmt.Fprintf(w, "  %2d. %s (%dx)\n", i+1, t.Text, t.Count)
	}

	fmt.Fprintln(w, "\nMost negative sentences:")
	for i, s := range mostNegative(doc.Sentences, n) {
		fmt.Fprintf(w, "  %d. [%+.2f] %s\n", i+1, s.Sentiment.Score, oneLine(text[s.Start:s.End]))
		if cues := cuesIn(doc, s); len(cues) > 0 {
			fmt.Fprintf(w, "     cues: %s\n", strings.Join(cues, ", "))
		}
	}
	return nil
}

// mostNegative returns up to n sentences with a negative score, most negative first (ties in
// text order).
func mostNegative(sents []analyze.Sentence, n int) []analyze.Sentence {
	var neg []analyze.Sentence
	for _, s := range sents {
		if s.Sentiment != nil && s.Sentiment.Score < 0 {
			neg = append(neg, s)
		}
	}
	slices.SortStableFunc(neg, func(a, b analyze.Sentence) int {
		return cmp.Compare(a.Sentiment.Score, b.Sentiment.Score)
	})
	return neg[:min(n, len(neg))]
}

// cuesIn describes the sentiment cues inside sentence s: the word as written, its value, and the
// lexicon entry and rule when the word was matched through them.
func cuesIn(doc *analyze.Document, s analyze.Sentence) []string {
	if doc.Sentiment == nil {
		return nil
	}
	var out []string
	for _, c := range doc.Sentiment.Cues {
		if c.Start >= s.Start && c.End <= s.End {
			out = append(out, describeCue(c))
		}
	}
	return out
}

func describeCue(c sentiment.Cue) string {
	d := fmt.Sprintf("%s %+.1f", c.Text, c.Value)
	var why []string
	if c.Lemma != "" && !strings.EqualFold(c.Lemma, c.Text) {
		why = append(why, c.Lemma)
	}
	if c.Rule != "" && c.Rule != "lexicon" {
		why = append(why, c.Rule)
	}
	if len(why) > 0 {
		d += " (" + strings.Join(why, ", ") + ")"
	}
	return d
}

// oneLine joins the lines of a sentence (a headline or a quote may span several).
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
