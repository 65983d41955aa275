package tokenize

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/telaah/telaah/internal/gate"
)

// dumpInputs lists the texts of the dump gate: each line of the corpus and of
// the UD Indonesian GSD files, and each file as one text.
func dumpInputs(t *testing.T) []string {
	t.Helper()
	files := []string{corpusPath}
	ud, err := filepath.Glob(gate.SharedData + "/ud/id_gsd-*")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, ud...)
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("dump input: %v", err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
		texts = append(texts, string(data))
	}
	return texts
}

// TestDump writes every token and sentence span that the tokenizer gives
// through each of its entry points, with the default Tokenizer and with
// WithDetachedDots, to the file named by TOKENIZE_DUMP, and logs its SHA-256:
// speed work compares the dumps before and after a change byte for byte.
func TestDump(t *testing.T) {
	w := gate.Open(t, "TOKENIZE_DUMP")
	detached, _ := New(WithDetachedDots())
	var toks []Token
	var sents []Sentence
	inputs := dumpInputs(t)
	for _, text := range inputs {
		for ti, tk := range []*Tokenizer{Default(), detached} {
			fmt.Fprintf(w, "= tokenizer %d, text of %d bytes\n", ti, len(text))
			toks, sents = tk.AppendTokensAndSentences(toks[:0], sents[:0], text)
			dumpTokens(w, "append", toks)
			dumpSentences(w, "append", sents)
			dumpTokens(w, "tokens", tk.Tokens(text))
			dumpSentences(w, "sentences", tk.Sentences(text))
			it := tk.Iterator(text)
			for it.Next() {
				fmt.Fprintf(w, "iter %q %d %d %d %v\n", it.Value(), it.Start(), it.End(), it.Kind(), it.Abbreviation())
			}
			si := tk.SentenceIterator(text)
			for si.Next() {
				fmt.Fprintf(w, "siter %d %d %d\n", si.Start(), si.End(), len(si.Value()))
			}
		}
	}
	w.Close(len(inputs))
}

func dumpTokens(w io.Writer, label string, toks []Token) {
	for _, x := range toks {
		fmt.Fprintf(w, "%s tok %q %d %d %d\n", label, x.Text, x.Start, x.End, x.Kind)
	}
}

func dumpSentences(w io.Writer, label string, sents []Sentence) {
	for _, s := range sents {
		fmt.Fprintf(w, "%s sent %d %d\n", label, s.Start, s.End)
	}
}
