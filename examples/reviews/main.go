// Command reviews scores a file of Indonesian product reviews (one review a line) and prints a
// summary table (reviews per sentiment label, the words buyers complain with, what they complain
// about) and the worst reviews with the words behind their scores.
//
//	go run ./examples/reviews                 # reviews.txt, written for this example
//	go run ./examples/reviews FILE            # your own reviews; "-" reads standard input
//	go run ./examples/reviews -worst 10 FILE
//
// Blank lines and lines starting with '#' are skipped.
package main

import (
	"bufio"
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
	"github.com/telaah/telaah/tokenize"
)

// reviewsTxt holds 40 short product reviews written for this example, in colloquial spelling.
//
//go:embed reviews.txt
var reviewsTxt string

func main() {
	worst := flag.Int("worst", 5, "how many of the worst reviews to print")
	top := flag.Int("top", 8, "how many complaint words and topics to print")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: reviews [-worst N] [-top N] [FILE|-]")
		flag.PrintDefaults()
	}
	flag.Parse()

	var r io.Reader = strings.NewReader(reviewsTxt)
	if name := flag.Arg(0); name == "-" {
		r = os.Stdin
	} else if name != "" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "reviews:", err)
			os.Exit(1)
		}
		defer f.Close()
		r = f
	}
	if err := run(os.Stdout, r, *worst, *top); err != nil {
		fmt.Fprintln(os.Stderr, "reviews:", err)
		os.Exit(1)
	}
}

// review is one scored review.
type review struct {
	line int // line in the input file
	text string
	doc  *analyze.Document
}

func (r review) score() float64 { return r.doc.Sentiment.Score }

// run scores the reviews read from r and writes the report to w.
func run(w io.Writer, r io.Reader, worst, top int) error {
	reviews, err := readReviews(r)
	if err != nil {
		return err
	}
	// Sentiment needs tokens, normal forms and stems; entities and key terms are not needed.
	a, err := analyze.New(analyze.WithoutEntities(), analyze.WithoutLanguage())
	if err != nil {
		return err
	}
	// Records analyses the reviews on a pool of workers and yields them in input order.
	var batch strings.Builder
	for _, rv := range reviews {
		batch.WriteString(rv.text)
		batch.WriteByte('\n')
	}
	i := 0
	for rec := range a.Records(context.Background(), strings.NewReader(batch.String()), analyze.WithMode(analyze.Lines)) {
		if rec.Err != nil {
			if rec.Line == 0 {
				return rec.Err
			}
			return fmt.Errorf("line %d: %w", reviews[rec.Line-1].line, rec.Err)
		}
		if i >= len(reviews) {
			break
		}
		reviews[i].doc = rec.Doc
		i++
	}
	if i != len(reviews) {
		return fmt.Errorf("analysed %d of %d reviews", i, len(reviews))
	}

	printLabels(w, reviews)
	printComplaints(w, reviews, top)
	printWorst(w, reviews, worst)
	return nil
}

// readReviews reads one review a line, skipping blank lines and '#' comments.
func readReviews(r io.Reader) ([]review, error) {
	var out []review
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, review{line: n, text: t})
	}
	return out, sc.Err()
}

var labels = []sentiment.Label{sentiment.Positive, sentiment.Neutral, sentiment.Negative}

func printLabels(w io.Writer, reviews []review) {
	count := map[sentiment.Label]int{}
	sum := map[sentiment.Label]float64{}
	for _, r := range reviews {
		count[r.doc.Sentiment.Label]++
		sum[r.doc.Sentiment.Label] += r.score()
	}
	fmt.Fprintf(w, "%d reviews\n\n", len(reviews))
	fmt.Fprintf(w, "%-9s %6s %6s %10s\n", "label", "count", "share", "mean score")
	for _, l := range labels {
		mean := 0.0
		if count[l] > 0 {
			mean = sum[l] / float64(count[l])
		}
		fmt.Fprintf(w, "%-9s %6d %5.0f%% %+10.2f\n", l, count[l], 100*float64(count[l])/float64(max(len(reviews), 1)), mean)
	}
}

// printComplaints prints, over the negative reviews, the words inside the expressions that gave
// negative scores and the other content words, both by stem, stopwords left out, each counted
// once per review.
func printComplaints(w io.Writer, reviews []review, top int) {
	words := map[string]int{}
	topics := map[string]int{}
	for _, r := range reviews {
		if r.doc.Sentiment.Label != sentiment.Negative {
			continue
		}
		seen := map[string]bool{}
		cueSpan := map[int]bool{}
		for _, c := range r.doc.Sentiment.Cues {
			if c.Value >= 0 {
				continue
			}
			for i := c.Start; i < c.End; i++ {
				cueSpan[i] = true
			}
		}
		for _, t := range r.doc.Tokens {
			if t.Kind != tokenize.Word || t.Stop || len(t.Stem) < 3 {
				continue
			}
			// A word inside a negative cue is a complaint word ("rusak" in "barang rusak");
			// a content word elsewhere says what the review is about.
			m, prefix := topics, "t:"
			if cueSpan[t.Start] {
				m, prefix = words, "w:"
			}
			if !seen[prefix+t.Stem] {
				seen[prefix+t.Stem] = true
				m[t.Stem]++
			}
		}
	}
	fmt.Fprintln(w, "\nTop complaint terms (stems, negative reviews using them):")
	for _, kv := range topN(words, top) {
		fmt.Fprintf(w, "  %-24s %3d\n", kv.k, kv.n)
	}
	fmt.Fprintln(w, "\nWhat negative reviews talk about (stems):")
	for _, kv := range topN(topics, top) {
		fmt.Fprintf(w, "  %-24s %3d\n", kv.k, kv.n)
	}
}

type kv struct {
	k string
	n int
}

// topN returns the n largest counts, ties in alphabetical order.
func topN(m map[string]int, n int) []kv {
	var out []kv
	for k, c := range m {
		out = append(out, kv{k, c})
	}
	slices.SortFunc(out, func(a, b kv) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.k, b.k))
	})
	return out[:min(n, len(out))]
}

func printWorst(w io.Writer, reviews []review, n int) {
	sorted := slices.Clone(reviews)
	slices.SortStableFunc(sorted, func(a, b review) int { return cmp.Compare(a.score(), b.score()) })
	fmt.Fprintln(w, "\nWorst reviews:")
	for i, r := range sorted[:min(n, len(sorted))] {
		if r.score() >= 0 {
			break
		}
		fmt.Fprintf(w, "  %d. [%+.2f] line %d: %s\n", i+1, r.score(), r.line, r.text)
		var cues []string
		for _, c := range r.doc.Sentiment.Cues {
			if c.Value < 0 {
				cues = append(cues, fmt.Sprintf("%s %+.1f", c.Text, c.Value))
			}
		}
		if len(cues) > 0 {
			fmt.Fprintf(w, "     cues: %s\n", strings.Join(cues, ", "))
		}
	}
}
