package normalize_test

import (
	"fmt"
	"strings"

	"github.com/telaah/telaah/normalize"
)

func ExampleToken() {
	for _, tok := range strings.Fields("Barangnya BAGUSSS bgt , pengiriman cepet , gak nyesel") {
		fmt.Print(normalize.Token(tok), " | ")
	}
	fmt.Println()
	// Output: barangnya | bagus | banget | , | pengiriman | cepat | , | tidak | menyesal |
}

func ExampleNormalizer_Token() {
	n := normalize.Default()
	fmt.Println(n.Token("kereeen"))
	fmt.Println(n.Token("maaaaf"))
	fmt.Println(n.Token("gpp"))
	fmt.Println(n.Token("Ｒｕｍａｈ"))
	// Output:
	// keren
	// maaf
	// tidak apa-apa
	// rumah
}

func ExampleNew() {
	n, err := normalize.New(
		normalize.WithSlang(map[string]string{"bokek": "tidak punya uang", "gak": "gak"}),
		normalize.WithSlangReader(strings.NewReader("# my list\ncuy\tkawan\n")),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Token("Bokek"))
	fmt.Println(n.Token("cuy"))
	fmt.Println(n.Token("gak")) // switched off
	fmt.Println(n.Token("yg"))  // defaults still apply
	// Output:
	// tidak punya uang
	// kawan
	// gak
	// yang
}

func ExampleWithoutSlang() {
	n, _ := normalize.New(normalize.WithoutSlang())
	fmt.Println(n.Token("Mantulll"))
	// Output: mantul
}

func ExampleWithoutElongation() {
	n, _ := normalize.New(normalize.WithoutElongation())
	fmt.Println(n.Token("Bangettt"), n.Token("bgt"))
	// Output: bangettt banget
}

func ExampleNormalizer_Lookup() {
	v, ok := normalize.Default().Lookup("Udh")
	fmt.Println(v, ok)
	_, ok = normalize.Default().Lookup("rumah")
	fmt.Println(ok)
	// Output:
	// sudah true
	// false
}
