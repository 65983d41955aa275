// Command stem shows telaah's Sastrawi-style API: stem words and whole sentences, remove
// stopwords, and build a stemmer with a custom dictionary.
//
//	go run ./examples/stem              # the walk-through below
//	go run ./examples/stem WORD...      # stem your own words
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/telaah/telaah/normalize"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

func main() {
	var err error
	if len(os.Args) > 1 {
		err = stemWords(os.Stdout, os.Args[1:])
	} else {
		err = run(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "stem:", err)
		os.Exit(1)
	}
}

func stemWords(w io.Writer, words []string) error {
	for _, word := range words {
		fmt.Fprintf(w, "%s\t%s\n", word, stem.Stem(word))
	}
	return nil
}

// StemSentence is Sastrawi's stem(sentence): every word of text reduced to its root, lower case,
// joined by single spaces; numbers, punctuation and symbols are dropped.
func StemSentence(s *stem.Stemmer, text string) string {
	var out []string
	for tok := range tokenize.All(text) {
		if tok.Kind == tokenize.Word {
			out = append(out, s.Stem(tok.Text))
		}
	}
	return strings.Join(out, " ")
}

// RemoveStopwords is Sastrawi's StopWordRemover.remove(sentence): the words of text that are not
// in set, as written, joined by single spaces.
func RemoveStopwords(set *stopword.Set, text string) string {
	var out []string
	for tok := range tokenize.All(text) {
		if tok.Kind == tokenize.Word && !set.ContainsFold(tok.Text) {
			out = append(out, tok.Text)
		}
	}
	return strings.Join(out, " ")
}

func run(w io.Writer) error {
	// 1. Words, with the package-level function over the shared default stemmer.
	fmt.Fprintln(w, "Words (stem.Stem):")
	for _, word := range []string{"pembangunan", "dirugikan", "kekecewaan", "mempermainkan", "berdatangan", "pengkhianatan", "anak-anaknya", "kupu-kupu"} {
		fmt.Fprintf(w, "  %-15s -> %s\n", word, stem.Stem(word))
	}

	// 2. A sentence: tokenize, then stem each word.
	sentence := "Perekonomian Indonesia sedang dalam pertumbuhan yang membanggakan, kata para pengamat."
	fmt.Fprintln(w, "\nSentence:")
	fmt.Fprintf(w, "  text:      %s\n", sentence)
	fmt.Fprintf(w, "  stemmed:   %s\n", StemSentence(stem.Default(), sentence))

	// 3. Stopwords: removed from the sentence, then both steps together.
	sw := stopword.Default()
	fmt.Fprintf(w, "  no stops:  %s\n", RemoveStopwords(sw, sentence))
	fmt.Fprintf(w, "  both:      %s\n", StemSentence(stem.Default(), RemoveStopwords(sw, sentence)))

	// A custom stopword set: keep the negator (it matters for sentiment), add a chat word.
	review := "Kak, barangnya tidak sesuai dan sudah rusak pas sampai."
	custom := sw.Without("tidak").With("kak")
	fmt.Fprintln(w, "\nStopword sets:")
	fmt.Fprintf(w, "  text:      %s\n", review)
	fmt.Fprintf(w, "  default:   %s\n", RemoveStopwords(sw, review))
	fmt.Fprintf(w, "  custom:    %s   (Without(\"tidak\").With(\"kak\"))\n", RemoveStopwords(custom, review))

	// 4. A custom dictionary: new roots the embedded dictionary lacks (loanwords, slang), and
	// exceptions that fix single words.
	mine, err := stem.New(
		stem.WithWords("viral", "cuan", "booking"),
		stem.WithExceptions(map[string]string{"dikurasi": "kurasi", "mengkurasi": "kurasi"}),
	)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nCustom dictionary (stem.New(stem.WithWords(...), stem.WithExceptions(...))):")
	fmt.Fprintf(w, "  %-15s %-15s %s\n", "word", "default", "custom")
	for _, word := range []string{"memviralkan", "dicuankan", "dibooking", "dikurasi", "pembangunan"} {
		fmt.Fprintf(w, "  %-15s %-15s %s\n", word, stem.Stem(word), mine.Stem(word))
	}

	// 5. Colloquial Jakarta affixes (nge-, ng-, ny-, -in), and normalization of chat spellings
	// before stemming.
	colloquial, err := stem.New(stem.WithColloquial())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nColloquial (stem.New(stem.WithColloquial())):")
	for _, word := range []string{"ngomongin", "nungguin", "ngeblokir"} {
		fmt.Fprintf(w, "  %-15s -> %s\n", word, colloquial.Stem(word))
	}
	chat := "Udh gw tungguin seminggu, paketnya gak dtg jg. Ngeselin bgt!"
	var norm []string
	for tok := range tokenize.All(chat) {
		if tok.Kind == tokenize.Word {
			norm = append(norm, normalize.Token(tok.Text))
		}
	}
	fmt.Fprintf(w, "  text:       %s\n", chat)
	fmt.Fprintf(w, "  normalized: %s\n", strings.Join(norm, " "))
	fmt.Fprintf(w, "  stemmed:    %s\n", StemSentence(colloquial, strings.Join(norm, " ")))
	return nil
}
