package tokenize_test

import (
	"fmt"
	"strings"

	"github.com/telaah/telaah/tokenize"
)

func ExampleTokens() {
	for _, tok := range tokenize.Tokens("Harga naik 3,2% jadi Rp1.000.000, kata dr. Ani 👍 #promo") {
		fmt.Printf("%s %s %d-%d\n", tok.Text, tok.Kind, tok.Start, tok.End)
	}
	// Output:
	// Harga word 0-5
	// naik word 6-10
	// 3,2 number 11-14
	// % punctuation 14-15
	// jadi word 16-20
	// Rp symbol 21-23
	// 1.000.000 number 23-32
	// , punctuation 32-33
	// kata word 34-38
	// dr. word 39-42
	// Ani word 43-46
	// 👍 emoji 47-51
	// #promo hashtag 52-58
}

func ExampleSentences() {
	text := "Rapat dimulai pukul 10.00. Bu Ani datang bersama dr. Budi, dll. “Maaf terlambat.” Semua tersenyum."
	for _, s := range tokenize.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Rapat dimulai pukul 10.00.
	// Bu Ani datang bersama dr. Budi, dll.
	// “Maaf terlambat.”
	// Semua tersenyum.
}

func ExampleIterator() {
	var it tokenize.Iterator // reuse one value: no allocation
	for _, doc := range []string{"kupu-kupu terbang", "e-KTP di Jl. Merdeka"} {
		it.Reset(doc)
		var out []string
		for it.Next() {
			out = append(out, fmt.Sprintf("%q", it.Value()))
		}
		fmt.Println(strings.Join(out, " "))
	}
	// Output:
	// "kupu-kupu" "terbang"
	// "e-KTP" "di" "Jl." "Merdeka"
}

func ExampleSentenceIterator() {
	var it tokenize.SentenceIterator
	it.Reset("Judul Berita\nIsi berita pertama. Kalimat kedua!")
	for it.Next() {
		fmt.Println(it.Start(), it.End(), it.Value())
	}
	// Output:
	// 0 12 Judul Berita
	// 13 32 Isi berita pertama.
	// 33 47 Kalimat kedua!
}

func ExampleScanner() {
	sc := tokenize.NewScanner(strings.NewReader("Email budi@contoh.co.id atau buka https://contoh.co.id."))
	for sc.Scan() {
		fmt.Println(sc.Start(), sc.Text(), sc.Kind())
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0 Email word
	// 6 budi@contoh.co.id email
	// 24 atau word
	// 29 buka word
	// 34 https://contoh.co.id url
	// 54 . punctuation
}

func ExampleNew() {
	tk, err := tokenize.New(tokenize.WithDetachedDots())
	if err != nil {
		panic(err)
	}
	var out []string
	for _, tok := range tk.Tokens("Prof. Budi dkk.") {
		out = append(out, fmt.Sprintf("%q", tok.Text))
	}
	fmt.Println(strings.Join(out, " "))
	// Output:
	// "Prof" "." "Budi" "dkk" "."
}

func ExampleAll() {
	for tok := range tokenize.All("anak-anak bermain :)") {
		fmt.Println(tok.Text, tok.Kind)
	}
	// Output:
	// anak-anak word
	// bermain word
	// :) emoji
}
