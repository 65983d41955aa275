package tokenize

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// render shows tokens as "text/kind" separated by spaces.
func render(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		b.WriteByte('/')
		b.WriteString(t.Kind.String())
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Saya makan nasi.", "Saya/word makan/word nasi/word ./punctuation"},
		{"reduplication", "kupu-kupu anak-anaknya berulang-ulang", "kupu-kupu/word anak-anaknya/word berulang-ulang/word"},
		{"hyphenated prefix", "e-KTP ke-4 1960-an", "e-KTP/word ke-4/word 1960-an/word"},
		{"hyphen with spaces", "home - base", "home/word -/punctuation base/word"},
		{"dangling hyphen", "pra- dan pasca-", "pra/word -/punctuation dan/word pasca/word -/punctuation"},
		{"thousands", "1.000.000 orang", "1.000.000/number orang/word"},
		{"decimal comma", "2,5 kg", "2,5/number kg/word"},
		{"percent", "naik 3,2%.", "naik/word 3,2/number %/punctuation ./punctuation"},
		{"rupiah attached", "Rp1.000.000", "Rp/symbol 1.000.000/number"},
		{"rupiah spaced", "Rp 1,5 juta", "Rp/symbol 1,5/number juta/word"},
		{"rupiah dot", "Rp. 5.000,-", "Rp./symbol 5.000/number ,/punctuation -/punctuation"},
		{"rupiah dot attached", "Rp.5.000", "Rp./symbol 5.000/number"},
		{"rupiah informal", "rp50.000 aja, 50rb", "rp/symbol 50.000/number aja/word ,/punctuation 50rb/word"},
		{"time", "pukul 19.30 WIB", "pukul/word 19.30/number WIB/word"},
		{"date dots", "17.08.2023", "17.08.2023/number"},
		{"date slashes", "17/08/2023", "17/08/2023/number"},
		{"roman quarter", "triwulan III/2023", "triwulan/word III/2023/number"},
		{"number then full stop", "tahun 2012.", "tahun/word 2012/number ./punctuation"},
		{"time then full stop", "pukul 10.00. Bu", "pukul/word 10.00/number ./punctuation Bu/word"},
		{"scripture", "Matius 19:4-6:", "Matius/word 19:4-6/number :/punctuation"},
		{"superscript", "60 km² dan kaki²", "60/number km²/word dan/word kaki²/word"},
		{"informal reduplication", "kira2 saja", "kira2/word saja/word"},
		{"apostrophe", "Jum'at Robert's Jum’at", "Jum'at/word Robert's/word Jum’at/word"},
		{"quotes", "'momok' ‘kata’", "'/punctuation momok/word '/punctuation ‘/punctuation kata/word ’/punctuation"},
		{"curly quotes stay", "“Halo”.", "“/punctuation Halo/word ”/punctuation ./punctuation"},
		{"latex quotes", "``Apa?''", "``/punctuation Apa/word ?/punctuation ''/punctuation"},
		{"url", "Lihat https://contoh.co.id/a?b=1.", "Lihat/word https://contoh.co.id/a?b=1/url ./punctuation"},
		{"url in brackets", "(http://x.id/a_(b))", "(/punctuation http://x.id/a_(b)/url )/punctuation"},
		{"www", "www.tokopedia.com, ya", "www.tokopedia.com/url ,/punctuation ya/word"},
		{"domain", "Quotex.co.id menipu", "Quotex.co.id/domain menipu/word"},
		{"domain with path", "kompas.com/read/1 ok", "kompas.com/read/1/url ok/word"},
		{"email", "Kirim ke budi.santoso@mail.co.id.", "Kirim/word ke/word budi.santoso@mail.co.id/email ./punctuation"},
		{"mention", "@tokopedia_care tolong", "@tokopedia_care/mention tolong/word"},
		{"hashtag", "#TikTokShop #1", "#TikTokShop/hashtag #/punctuation 1/number"},
		{"emoji", "mantap 👍🏽👍", "mantap/word 👍🏽/emoji 👍/emoji"},
		{"zwj family", "👨‍👩‍👧 keluarga", "👨‍👩‍👧/emoji keluarga/word"},
		{"flag", "🇮🇩🇲🇾", "🇮🇩/emoji 🇲🇾/emoji"},
		{"emoticons", "bagus :) jelek :( wkwk :D :v <3 ^_^", "bagus/word :)/emoji jelek/word :(/emoji wkwk/word :D/emoji :v/emoji <3/emoji ^_^/emoji"},
		{"emoticon repeated", "oke:))", "oke/word :))/emoji"},
		{"not an emoticon", "contoh:(1) jam:Dua", "contoh/word :/punctuation (/punctuation 1/number )/punctuation jam/word :/punctuation Dua/word"},
		{"abbreviations", "buah, sayur, dll. dan dsb.", "buah/word ,/punctuation sayur/word ,/punctuation dll./word dan/word dsb./word"},
		{"titles", "dr. Ani, Prof. Budi, Jl. Merdeka No. 5", "dr./word Ani/word ,/punctuation Prof./word Budi/word ,/punctuation Jl./word Merdeka/word No./word 5/number"},
		{"dotted titles", "Budi, S.H., M.Si. dan Sp.PD.", "Budi/word ,/punctuation S.H./word ,/punctuation M.Si./word dan/word Sp.PD./word"},
		{"a.n.", "a.n. Budi", "a.n./word Budi/word"},
		{"company", "PT. Maju Tbk.", "PT./word Maju/word Tbk./word"},
		{"capital forms", "JL. Sudirman Kab. Bogor Kec. Ciomas", "JL./word Sudirman/word Kab./word Bogor/word Kec./word Ciomas/word"},
		{"initialism", "U.S.A. hebat", "U.S.A./word hebat/word"},
		{"missing space", "kata.Kalimat baru", "kata/word ./punctuation Kalimat/word baru/word"},
		{"abbrev missing space", "Jl.Merdeka", "Jl./word Merdeka/word"},
		{"initial", "R. Tjetje", "R/word ./punctuation Tjetje/word"},
		{"ellipsis", "tunggu... ya", "tunggu/word .../punctuation ya/word"},
		{"unicode ellipsis", "tunggu… ya", "tunggu/word …/punctuation ya/word"},
		{"dashes", "a -- b — c", "a/word --/punctuation b/word —/punctuation c/word"},
		{"diacritics", "Hallström café naïve", "Hallström/word café/word naïve/word"},
		{"combining mark", "cafe\u0301 x", "cafe\u0301/word x/word"},
		{"han run", "(高雄 大眾)", "(/punctuation 高雄/word 大眾/word )/punctuation"},
		{"symbols", "5 °C + 3 = 8 © ™", "5/number °/symbol C/word +/symbol 3/number =/symbol 8/number ©/symbol ™/symbol"},
		{"invalid utf8", "a\xffb \xc3", "a/word \xff/symbol b/word \xc3/symbol"},
		{"control", "a\x00b\x01", "a/word \x00/symbol b/word \x01/symbol"},
		{"nbsp is space", "a\u00a0b", "a/word b/word"},
		{"empty", "", ""},
		{"only space", " \n\t ", ""},
		{"underscore", "nama_file.txt", "nama_file/word ./punctuation txt/word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.in)
			require.Equal(t, tt.want, render(got))
			for _, tok := range got {
				require.Equal(t, tt.in[tok.Start:tok.End], tok.Text)
			}
		})
	}
}

func TestDetachedDots(t *testing.T) {
	tk, err := New(WithDetachedDots())
	require.NoError(t, err)
	tests := []struct{ in, want string }{
		{"Prof. Dr. Budi dll. lagi", "Prof/word ./punctuation Dr/word ./punctuation Budi/word dll/word ./punctuation lagi/word"},
		{"Rp. 5.000", "Rp/symbol ./punctuation 5.000/number"},
		{"tunggu... ya", "tunggu/word ./punctuation ./punctuation ./punctuation ya/word"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, render(tk.Tokens(tt.in)), tt.in)
	}
	// The abbreviation is still known to the sentence splitter.
	text := "Ia bertemu Dr. Budi di Jl. Merdeka. Lalu pulang."
	require.Equal(t, []string{"Ia bertemu Dr. Budi di Jl. Merdeka.", "Lalu pulang."}, spans(text, tk.Sentences(text)))
}

func TestWithAbbreviations(t *testing.T) {
	ab, err := ParseAbbreviations(strings.NewReader("# test\nkol.\ttitle\nusw.\n"))
	require.NoError(t, err)
	require.True(t, ab.Contains("kol."))
	require.True(t, ab.Contains("Kol."))
	require.True(t, ab.Contains("USW."))
	require.False(t, ab.Contains("dll."))
	tk, err := New(WithAbbreviations(ab))
	require.NoError(t, err)
	require.Equal(t, "kol./word Budi/word dll/word ./punctuation", render(tk.Tokens("kol. Budi dll.")))

	for _, bad := range []string{"dll\n", "dll. foo\n", "a b c\n", strings.Repeat("x", 40) + ".\n"} {
		_, err := ParseAbbreviations(strings.NewReader(bad))
		require.ErrorIs(t, err, ErrAbbreviation, bad)
	}
	none, err := New(WithAbbreviations(nil))
	require.NoError(t, err)
	require.Equal(t, "dll/word ./punctuation", render(none.Tokens("dll.")))
}

func TestDefaultAbbreviations(t *testing.T) {
	ab := DefaultAbbreviations()
	require.Same(t, ab, DefaultAbbreviations())
	for _, w := range []string{"dll.", "dsb.", "dkk.", "dr.", "Prof.", "Jl.", "No.", "PT.", "Tbk.", "Kab.", "Kec.", "S.H.", "M.Si.", "Sp.PD.", "a.n.", "Rp."} {
		require.True(t, ab.Contains(w), w)
	}
	for _, w := range []string{"dll", "ibu.", "hal.", "dan."} {
		require.False(t, ab.Contains(w), w)
	}
	require.Greater(t, ab.Len(), 100)
	// The embedded file parses without error.
	_, err := ParseAbbreviations(strings.NewReader(abbreviationsTxt))
	require.NoError(t, err)
}

func TestKind(t *testing.T) {
	for k := Word; k <= Emoji; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, k, back)
	}
	var k Kind
	require.Error(t, k.UnmarshalText([]byte("nope")))
	require.Equal(t, "Kind(0)", Kind(0).String())
	b, err := json.Marshal(Token{Text: "a", Start: 0, End: 1, Kind: Word})
	require.NoError(t, err)
	require.JSONEq(t, `{"text":"a","start":0,"end":1,"kind":"word"}`, string(b))
}

func TestIteratorReuse(t *testing.T) {
	var it Iterator
	require.False(t, it.Next(), "zero iterator has no text")
	it.Reset("satu dua")
	var got []string
	for it.Next() {
		got = append(got, it.Value())
		require.Equal(t, it.Value(), it.Token().Text)
		require.Equal(t, Word, it.Kind())
		require.False(t, it.Abbreviation())
	}
	require.Equal(t, []string{"satu", "dua"}, got)
	it.Reset("tiga dll.")
	require.True(t, it.Next())
	require.Equal(t, "tiga", it.Value())
	require.True(t, it.Next())
	require.Equal(t, "dll.", it.Value())
	require.True(t, it.Abbreviation())
	require.Equal(t, 5, it.Start())
	require.Equal(t, 9, it.End())
	require.False(t, it.Next())
}

func TestIteratorAllocs(t *testing.T) {
	text := "Harga Rp1.000.000 naik 3,2% pada 17/08/2023 pukul 19.30 WIB, kata dr. Ani di Jl. Merdeka No. 5 👍 :) #promo @toko https://contoh.co.id."
	DefaultAbbreviations()
	allocs := testing.AllocsPerRun(100, func() {
		var it Iterator
		it.Reset(text)
		for it.Next() {
		}
		var st SentenceIterator
		st.Reset(text)
		for st.Next() {
		}
	})
	require.Zero(t, allocs)
}

func TestAll(t *testing.T) {
	var got []string
	for tok := range All("satu dua tiga") {
		got = append(got, tok.Text)
		if len(got) == 2 {
			break
		}
	}
	require.Equal(t, []string{"satu", "dua"}, got)
	var ss []Sentence
	for s := range AllSentences("Satu. Dua.") {
		ss = append(ss, s)
	}
	require.Equal(t, []Sentence{{0, 5}, {6, 10}}, ss)
}

func TestConcurrentUse(t *testing.T) {
	text := "Harga Rp1.000.000, kata dr. Ani di Jl. Merdeka. Lalu pulang :)"
	want := render(Tokens(text))
	done := make(chan string)
	for range 8 {
		go func() {
			var it Iterator
			it.Reset(text)
			for it.Next() {
			}
			done <- render(Default().Tokens(text))
		}()
	}
	for range 8 {
		require.Equal(t, want, <-done)
	}
}
