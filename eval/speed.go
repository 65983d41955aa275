package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/tokenize"
)

// analyzer builds an analyze.Analyzer and returns a function that analyses one text. It is nil
// until analyze/ exists; analyze_speed.go sets it.
var analyzer func() (analyze func(text string) error, err error)

func runSpeed(cfg Config, rep *Report) error {
	b, err := os.ReadFile(cfg.path("corpus", "mixed-id.txt"))
	if err != nil {
		return err
	}
	text := string(b)
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	var words []string
	for it := tokenize.NewIterator(text); it.Next(); {
		if it.Kind() == tokenize.Word {
			words = append(words, strings.ToLower(it.Value()))
		}
	}

	t := rep.Table("Speed: corpus/mixed-id.txt, one goroutine", "stage", "unit", "MB/s", "items/s")
	row := func(name, key, unit string, bytes, items int, d time.Duration) {
		mb := float64(bytes) / d.Seconds() / 1e6
		per := float64(items) / d.Seconds()
		rep.Metric("speed."+key+".mb_per_s", mb)
		t.AddRow(name, unit, mbps(mb), human(per))
	}

	// Tokens over the whole file through the iterator.
	ntok := 0
	d := timeIt(time.Second, func() {
		ntok = 0
		for it := tokenize.NewIterator(text); it.Next(); {
			ntok++
		}
	})
	row("tokenize (iterator, whole file)", "tokenize", "tokens", len(text), ntok, d)

	// Stemming the lower-cased word tokens (tokenization not timed); cache warm after the first pass.
	st := stem.Default()
	wbytes := 0
	for _, w := range words {
		wbytes += len(w)
	}
	d = timeIt(time.Second, func() {
		for _, w := range words {
			_ = st.Stem(w)
		}
	})
	row("stem (word tokens, cache warm)", "stem", "words", wbytes, len(words), d)
	rep.Metric("speed.stem.words_per_s", float64(len(words))/d.Seconds())

	sc := sentiment.Default()
	d = timeIt(time.Second, func() {
		for _, l := range lines {
			_ = sc.Score(l)
		}
	})
	row("sentiment scorer (per line)", "sentiment", "lines", len(text), len(lines), d)

	er := entity.Default()
	d = timeIt(time.Second, func() {
		for _, l := range lines {
			_ = er.Extract(l)
		}
	})
	row("entity rules (per line)", "entity", "lines", len(text), len(lines), d)

	if analyzer == nil {
		t.AddRow("analyze (all stages, per line)", "TODO: analyze/ does not exist yet", "", "")
	} else {
		an, err := analyzer()
		if err != nil {
			return fmt.Errorf("analyze.New: %w", err)
		}
		var aerr error
		d = timeIt(time.Second, func() {
			for _, l := range lines {
				if err := an(l); err != nil && aerr == nil {
					aerr = err
				}
			}
		})
		if aerr != nil {
			return fmt.Errorf("analyze: %w", aerr)
		}
		row("analyze (all stages, per line)", "analyze", "lines", len(text), len(lines), d)
	}
	t.Note = fmt.Sprintf("%d bytes, %d lines, %d word tokens; each figure is the mean of repeated passes "+
		"over at least one second after a warm-up pass, timed by the CPU time of the process (garbage collection included). Stem MB/s counts the bytes of the words stemmed.", len(text), len(lines), len(words))
	return nil
}
