package stopword_test

import (
	"fmt"
	"strings"

	"github.com/telaah/telaah/stopword"
)

func ExampleIs() {
	fmt.Println(stopword.Is("yang"), stopword.Is("barang"))
	// Output: true false
}

func ExampleDefault() {
	s := stopword.Default()
	fmt.Println(s.Contains("dong"), s.ContainsFold("Dong"), s.Contains("Dong"))
	// Output: true true false
}

func ExampleSet_Filter() {
	toks := strings.Fields("Pengirimannya cepat dan barangnya sesuai dengan deskripsi , mantap sih")
	fmt.Println(stopword.Default().Filter(toks))
	// Output: [Pengirimannya cepat barangnya sesuai deskripsi , mantap]
}

func ExampleSet_Without() {
	s := stopword.Default().Without("tidak", "gak")
	fmt.Println(s.Contains("tidak"), stopword.Default().Contains("tidak"))
	// Output: false true
}

func ExampleSet_With() {
	s := stopword.Default().With("kak", "gan")
	fmt.Println(s.Contains("kak"), s.Len()-stopword.Default().Len())
	// Output: true 2
}

func ExampleNew() {
	s := stopword.New("Dan", "atau")
	fmt.Println(s.Words(), s.Len())
	// Output: [atau dan] 2
}

func ExampleNewFromReader() {
	s, err := stopword.NewFromReader(strings.NewReader("# my list\nkak\ngan\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Words())
	// Output: [gan kak]
}
