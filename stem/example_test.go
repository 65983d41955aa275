package stem_test

import (
	"fmt"

	"github.com/telaah/telaah/stem"
)

func ExampleStem() {
	for _, w := range []string{"pembangunan", "dirugikan", "kekecewaan", "pelanggaran", "anak-anaknya", "Menulis"} {
		fmt.Println(w, stem.Stem(w))
	}
	// Output:
	// pembangunan bangun
	// dirugikan rugi
	// kekecewaan kecewa
	// pelanggaran langgar
	// anak-anaknya anak
	// Menulis tulis
}

func ExampleNew() {
	s, err := stem.New(
		stem.WithWords("swafoto"),
		stem.WithExceptions(map[string]string{"merupakan": "merupakan"}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Stem("swafotonya"), s.Stem("merupakan"), s.Stem("berupa"))
	// Output: swafoto merupakan rupa
}

func ExampleWithColloquial() {
	s, err := stem.New(stem.WithColloquial())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Stem("ngomongin"), s.Stem("nyariin"))
	// Output: omong cari
}

func ExampleStemmer_IsRoot() {
	s := stem.Default()
	fmt.Println(s.IsRoot("makan"), s.IsRoot("makanan"))
	// Output: true false
}

func ExampleStemmer_StemCased() {
	s := stem.Default()
	for _, w := range []string{"Maluku", "maluku", "Kecamatan", "Pembangunan"} {
		fmt.Println(w, s.StemCased(w))
	}
	// Output:
	// Maluku maluku
	// maluku malu
	// Kecamatan camat
	// Pembangunan bangun
}
