package entity_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/tokenize"
)

func ExampleRecognizer_Extract() {
	text := "Otoritas Jasa Keuangan (OJK) memanggil pengelola Shopee di Jakarta, Senin (20/11). " +
		"Menurut OJK, kerugian konsumen mencapai Rp1,5 miliar."
	res := entity.Default().Extract(text)
	for _, e := range res.Entities {
		fmt.Printf("%s %s x%d\n", e.Type, e.Text, e.Count)
	}
	// Output:
	// ORG Otoritas Jasa Keuangan x2
	// ORG Shopee x1
	// LOC Jakarta x1
	// DATE Senin (20/11) x1
	// MONEY Rp1,5 miliar x1
}

func ExampleRecognizer_Extract_terms() {
	text := "Pedagang pasar mengeluhkan kenaikan harga beras. Harga beras premium naik dua kali. " +
		"Pemerintah berjanji menstabilkan harga beras sebelum Lebaran. Pedagang pasar berharap stok aman."
	r, _ := entity.New(entity.WithMaxTerms(3))
	for _, t := range r.Extract(text).Terms {
		fmt.Printf("%s x%d\n", t.Text, t.Count)
	}
	// Output:
	// harga beras x3
	// pedagang pasar x2
	// kenaikan harga x1
}

func ExampleRecognizer_ExtractTokens() {
	text := "Gubernur Jawa Timur meninjau banjir di Sidoarjo."
	toks := tokenize.Tokens(text)
	res := entity.Default().ExtractTokens(text, toks, tokenize.Sentences(text))
	for _, e := range res.Entities {
		fmt.Println(e.Type, e.Text, e.Spans)
	}
	// Output:
	// LOC Sidoarjo [[39 47]]
}

func ExampleWithGazetteer() {
	names := strings.NewReader("# our shops\nToko Kopi Senja\n")
	r, err := entity.New(entity.WithGazetteer(entity.ORG, names))
	if err != nil {
		panic(err)
	}
	for _, e := range r.Extract("Antrean mengular di Toko Kopi Senja sejak pagi.").Entities {
		fmt.Println(e.Type, e.Text)
	}
	// Output:
	// ORG Toko Kopi Senja
}

func ExampleTrain() {
	data := "Budi\tB-PER\nbekerja\tO\ndi\tO\nBandung\tB-LOC\n.\tO\n\n" +
		"Sari\tB-PER\npindah\tO\nke\tO\nMedan\tB-LOC\n.\tO\n"
	sents, err := entity.ReadCoNLL(strings.NewReader(data))
	if err != nil {
		panic(err)
	}
	m, err := entity.Train(sents, entity.WithEpochs(5))
	if err != nil {
		panic(err)
	}
	var saved bytes.Buffer
	if err := m.Save(&saved); err != nil {
		panic(err)
	}
	m, err = entity.Load(&saved)
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Tags())
	// Output:
	// [O B-PER I-PER B-LOC I-LOC]
}
