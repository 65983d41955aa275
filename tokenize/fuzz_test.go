package tokenize

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkTokens verifies the tokenizer's invariants on text: tokens are
// non-empty, ordered, inside the text, Text == text[Start:End], and every byte
// outside the tokens is white space (nothing is dropped).
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %+v out of order or range (prev end %d, len %d)", i, tok, prev, len(text))
		}
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %d text %q != %q", i, tok.Text, text[tok.Start:tok.End])
		}
		if tok.Kind < Word || tok.Kind > Emoji {
			t.Fatalf("token %d has kind %d", i, tok.Kind)
		}
		checkGap(t, text, prev, tok.Start)
		prev = tok.End
	}
	checkGap(t, text, prev, len(text))
}

func checkGap(t *testing.T, text string, from, to int) {
	t.Helper()
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:to])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			t.Fatalf("byte %d (%q) between tokens is not white space", i, text[i:i+n])
		}
		i += n
	}
}

// checkSentences verifies that the sentences cover the tokens: each sentence
// starts at a token and ends at a token, they are ordered and do not overlap,
// and every token lies in exactly one.
func checkSentences(t *testing.T, text string, toks []Token, ss []Sentence) {
	t.Helper()
	if len(toks) == 0 {
		if len(ss) != 0 {
			t.Fatalf("%d sentences without tokens", len(ss))
		}
		return
	}
	k := 0
	for i, s := range ss {
		if k >= len(toks) || toks[k].Start != s.Start {
			t.Fatalf("sentence %d %+v does not start at token %d", i, s, k)
		}
		for k < len(toks) && toks[k].End <= s.End {
			if toks[k].Start < s.Start {
				t.Fatalf("token %d straddles sentence %d", k, i)
			}
			k++
		}
		if toks[k-1].End != s.End {
			t.Fatalf("sentence %d %+v does not end at a token end", i, s)
		}
	}
	if k != len(toks) {
		t.Fatalf("tokens from %d on are in no sentence", k)
	}
}

var fuzzSeeds = []string{
	"",
	" ",
	"Saya makan nasi. Dia minum teh!",
	"kupu-kupu anak-anaknya e-KTP ke-4 1960-an",
	"Rp1.000.000 Rp 1,5 juta 3,2% 19.30 17.08.2023 17/08/2023 III/2023",
	"https://contoh.co.id/a?b=1. www.x.com budi@mail.id @user #tag Quotex.co.id",
	"👨‍👩‍👧 🇮🇩 :) :( :D <3 ^_^ 👍🏽",
	"dr. Ani, S.H., M.Si. di Jl. Merdeka No. 5, dll. a.n. Budi",
	"pukul 10.00. Bu Ani datang.\n\nJudul\nIsi berita.",
	"\xff\xfe\x00\x01 a\xc3 \xe2\x82",
	"“Siapa?” tanyanya... (lihat.) ``kata''",
	"Kasim II (SSK. II) x (E. h (Bl.) RM) (a. B\nC) ( gelar Ph. D. dalam Ph. D.",
	"a.b.c.d.e kata.Kalimat 1.2.3. U.S.A. x.",
	"km² kaki² 高雄大眾 cafe\u0301",
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	detached, _ := New(WithDetachedDots())
	f.Fuzz(func(t *testing.T, text string) {
		for _, tk := range []*Tokenizer{Default(), detached} {
			toks := tk.Tokens(text)
			checkTokens(t, text, toks)
			sents := tk.Sentences(text)
			checkSentences(t, text, toks, sents)
			// one pass gives the same tokens and sentences, after what the buffers held
			pre := []Token{{Text: "x", End: 1, Kind: Word}}
			toks2, sents2 := tk.AppendTokensAndSentences(pre, []Sentence{{0, 1}}, text)
			if !slices.Equal(toks2[1:], toks) || len(sents2) != len(sents)+1 || !slices.Equal(sents2[1:], sents) {
				t.Fatalf("AppendTokensAndSentences differs from Tokens and Sentences")
			}
		}
	})
}

// longestRun returns the length of the longest run of bytes without ASCII
// white space.
func longestRun(s string) int {
	best, cur := 0, 0
	for i := 0; i < len(s); i++ {
		if asciiClass[s[i]]&cSpace != 0 {
			cur = 0
			continue
		}
		cur++
		best = max(best, cur)
	}
	return best
}

func FuzzScanner(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(16))
	}
	f.Add(strings.Repeat("kata ", 50), uint8(20))
	f.Add(strings.Repeat("x", 100)+" y", uint8(16))
	f.Fuzz(func(t *testing.T, text string, size uint8) {
		max := int(size)%64 + minBuffer
		sc := NewScanner(&chunkReader{s: text, n: 7})
		sc.Buffer(nil, max)
		var toks []Token
		for sc.Scan() {
			tok := sc.Token()
			if tok.End-tok.Start > max {
				t.Fatalf("token %+v longer than the buffer %d", tok, max)
			}
			toks = append(toks, tok)
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		checkTokens(t, text, toks)
		if longestRun(text) < max {
			want := Tokens(text)
			if render(want) != render(toks) || len(want) != len(toks) {
				t.Fatalf("scanner (buffer %d) gives\n%s\nTokens gives\n%s", max, render(toks), render(want))
			}
			for i := range want {
				if want[i] != toks[i] {
					t.Fatalf("token %d: %+v != %+v", i, toks[i], want[i])
				}
			}
		}
	})
}

// chunkReader returns at most n bytes per Read.
type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, ioEOF
	}
	k := min(len(p), r.n, len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}
