package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/telaah/telaah/tokenize"
)

// FuzzExtract checks that no input panics and that every span is valid, ordered within its
// entity, and holds the entity's text or one of its aliases; terms stay in range.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Presiden Joko Widodo meninjau Pasar Baru di Kota Bandung, Senin (20/11).",
		"Otoritas Jasa Keuangan (OJK) memanggil PT Maju Jaya Tbk. Menurut OJK, izinnya dicabut.",
		"Harganya Rp1,5 juta, naik 5% dari Rp 1.000.000 pada 17 Agustus 2023 pukul 10.30 WIB.",
		"Hubungi 0812-3456-7890 atau redaksi@contoh.co.id, kunjungi https://contoh.go.id/ dan Quotex.co.id",
		"TikTok Shop Ngegas Buka Keranjang Kuning\n\n“keranjang kuning.” @pengguna #BelanjaAman",
		"\x00\xff\xfe Rp \xc3 US$ 12/13/ 31/02/2020 (0 @ # +62",
		"A. B. C. Jl. Sudirman No. 5, Kel. Menteng",
		"al-Baghdadi bin Laden van der Berg de la Cruz",
	} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, text string) {
		res := r.Extract(text)
		checkResult(t, text, res)
		// tokens from another tokenizer, possibly odd
		toks := tokenize.Tokens(text)
		res = r.ExtractTokens(text, toks, nil)
		checkResult(t, text, res)
	})
}

func checkResult(t *testing.T, text string, res Result) {
	for _, e := range res.Entities {
		if e.Count != len(e.Spans) {
			t.Fatalf("count %d for %d spans", e.Count, len(e.Spans))
		}
		prev := -1
		for _, sp := range e.Spans {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
				t.Fatalf("bad span %v in %q", sp, text)
			}
			if sp[0] < prev {
				t.Fatalf("spans out of order: %v", e.Spans)
			}
			prev = sp[0]
			s := text[sp[0]:sp[1]]
			if s != e.Text && !contains(e.Aliases, s) {
				t.Fatalf("span %v holds %q, not %q or %v", sp, s, e.Text, e.Aliases)
			}
		}
		if utf8.ValidString(text) && !utf8.ValidString(e.Text) {
			t.Fatalf("entity text not valid UTF-8: %q", e.Text)
		}
	}
	for _, term := range res.Terms {
		if term.Score <= 0 || term.Score > 1 {
			t.Fatalf("score %v out of range", term.Score)
		}
		for _, sp := range term.Spans {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
				t.Fatalf("bad term span %v", sp)
			}
		}
	}
}

// FuzzReadCoNLL checks that reading and training on any input never panics.
func FuzzReadCoNLL(f *testing.F) {
	f.Add("Joko\tB-PER\nWidodo\tI-PER\n\nKPK\tB-ORG\n")
	f.Add("a b c\n\n\n-DOCSTART- O\nx\tI-LOC\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadCoNLL(stringsReader(in))
		if err != nil || len(s) == 0 {
			return
		}
		if len(s) > 20 {
			s = s[:20]
		}
		m, err := Train(s, WithEpochs(1))
		if err != nil {
			return
		}
		r, err := New(WithModel(m))
		if err != nil {
			t.Fatal(err)
		}
		text, _ := s[0].Text()
		checkResult(t, text, r.Extract(text))
	})
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
