package analyze_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/tokenize"
)

func ExampleAnalyzer_Analyze() {
	a, err := analyze.New() // build once, share between goroutines
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Pembeli yang merasa dirugikan meminta uang kembali"
	doc, err := a.Analyze(context.Background(), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	var stems []string
	for _, t := range doc.Tokens {
		if t.Kind == tokenize.Word {
			stems = append(stems, t.Stem)
		}
	}
	fmt.Println(strings.Join(stems, " "))
	fmt.Println(text[doc.Tokens[3].Start:doc.Tokens[3].End], "->", doc.Tokens[3].Stem)
	fmt.Println(doc.Language.Code, doc.Stats.Words, "words")
	// Output:
	// beli yang rasa rugi minta uang kembali
	// dirugikan -> rugi
	// id 7 words
}

func ExampleAnalyzer_AnalyzeAll() {
	// Only tokens and stems: the other stages are neither loaded nor run.
	a, err := analyze.New(analyze.WithStages(analyze.Stem))
	if err != nil {
		fmt.Println(err)
		return
	}
	in := strings.NewReader(`{"id":1,"text":"dirugikan"}
{"id":2,"body":"no text field"}
`)
	sum, err := a.AnalyzeAll(context.Background(), in, os.Stdout,
		analyze.WithMode(analyze.JSONLines), analyze.WithWorkers(2))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sum.Records, "records,", sum.Errors, "error")
	// Output:
	// {"id":1,"schema":1,"stages":["tokens","stem"],"stats":{"bytes":9,"runes":9,"invalid_utf8":0,"tokens":1,"words":1,"stopwords":0,"sentences":0},"tokens":[{"text":"dirugikan","start":0,"end":9,"kind":"word","stem":"rugi"}]}
	// {"id":2,"body":"no text field","error":"jsonl: missing field \"text\"","line":2}
	// 2 records, 1 error
}

func ExampleAnalyzer_Records() {
	a, err := analyze.New(analyze.WithStages(analyze.Tokens))
	if err != nil {
		fmt.Println(err)
		return
	}
	in := strings.NewReader("satu dua\n\ntiga\n")
	for r := range a.Records(context.Background(), in, analyze.WithMode(analyze.Lines)) {
		if r.Err != nil {
			fmt.Println("line", r.Line, "error:", r.Err)
			continue
		}
		fmt.Println("line", r.Line, "tokens:", r.Doc.Stats.Tokens)
	}
	// Output:
	// line 1 tokens: 2
	// line 2 tokens: 0
	// line 3 tokens: 1
}
