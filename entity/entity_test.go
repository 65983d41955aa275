package entity

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/telaah/telaah/stopword"
)

// find returns the entity with the given text, or false.
func find(res Result, text string) (Entity, bool) {
	for _, e := range res.Entities {
		if e.Text == text {
			return e, true
		}
	}
	return Entity{}, false
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		text string
		want string
		typ  Type
	}{
		{"Harganya Rp1,5 juta per unit.", "Rp1,5 juta", MONEY},
		{"Harganya Rp 1.000.000 saja.", "Rp 1.000.000", MONEY},
		{"Dananya Rp5jt untuk modal.", "Rp5jt", MONEY},
		{"Nilainya US$ 5 per saham.", "US$ 5", MONEY},
		{"Utangnya 3 miliar rupiah.", "3 miliar rupiah", MONEY},
		{"Kursnya 15.000 dolar AS kemarin.", "15.000 dolar AS", MONEY},
		{"Inflasi naik 5% tahun ini.", "5%", PERCENT},
		{"Inflasi naik 2,5 persen tahun ini.", "2,5 persen", PERCENT},
		{"Acara digelar 17 Agustus 2023 di alun-alun.", "17 Agustus 2023", DATE},
		{"Acara digelar 17/08/2023 di alun-alun.", "17/08/2023", DATE},
		{"Ia datang Senin (20/11) pagi.", "Senin (20/11)", DATE},
		{"Rapat dimulai pukul 10.30 WIB.", "10.30 WIB", TIME},
		{"Rapat dimulai 14:00 tepat.", "14:00", TIME},
		{"Beratnya 25 kg per karung.", "25 kg", QUANTITY},
		{"Buka https://contoh.go.id/berita?id=5.", "https://contoh.go.id/berita?id=5", URL},
		{"Sumber: Quotex.co.id – berita.", "Quotex.co.id", DOMAIN},
		{"Kirim ke redaksi@contoh.co.id ya.", "redaksi@contoh.co.id", EMAIL},
		{"Ikuti @telaah_id di sana.", "@telaah_id", MENTION},
		{"Tagar #BelanjaAman ramai.", "#BelanjaAman", HASHTAG},
		{"Hubungi 0812-3456-7890 sekarang.", "0812-3456-7890", PHONE},
		{"Hubungi +62 21 5551234 sekarang.", "+62 21 5551234", PHONE},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			res := Default().Extract(tc.text)
			e, ok := find(res, tc.want)
			require.True(t, ok, "%q not found in %+v", tc.want, res.Entities)
			assert.Equal(t, tc.typ, e.Type)
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		text string
		want string
		typ  Type
	}{
		{"Kemarin Presiden Joko Widodo meninjau pasar.", "Joko Widodo", PER},
		{"Dana itu disalurkan lewat PT Bank Rakyat Indonesia Tbk pekan lalu.", "PT Bank Rakyat Indonesia Tbk", ORG},
		{"Warga berkumpul di Kabupaten Sleman sejak pagi.", "Kabupaten Sleman", LOC},
		{"Produk itu sudah diuji BPOM sebelum dijual.", "BPOM", ORG},
		{"Ia membeli iPhone baru di toko daring.", "iPhone", PRODUCT},
		{"Pembeli beralih ke Tokopedia dan Shopee.", "Shopee", ORG},
		{"Rombongan tiba di Makassar pada sore hari.", "Makassar", LOC},
		{"Kasus itu ditangani Muhammad bin Abdullah sendiri.", "Muhammad bin Abdullah", PER},
		{"Harga cabai naik, kata Sutrisno kepada wartawan.", "Sutrisno", PER},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			res := Default().Extract(tc.text)
			e, ok := find(res, tc.want)
			require.True(t, ok, "%q not found in %+v", tc.want, res.Entities)
			assert.Equal(t, tc.typ, e.Type)
		})
	}
}

func TestSentenceInitialCommonWords(t *testing.T) {
	text := "Sejumlah warga mengeluh. Fenomena ini ramai dibahas. Mereka menunggu jawaban. " +
		"Meskipun begitu, pedagang tetap berjualan. Bagaimana nasib mereka nanti?"
	res := Default().Extract(text)
	for _, e := range res.Entities {
		switch e.Type {
		case PER, ORG, LOC, PRODUCT, EVENT:
			t.Errorf("unexpected entity %q (%s)", e.Text, e.Type)
		}
	}
}

func TestHeadlineTitleCase(t *testing.T) {
	text := "Warga Bogor Keluhkan Harga Beras Naik di Tengah Musim Panen\n\n" +
		"Warga di Bogor mengeluhkan harga beras yang terus naik."
	res := Default().Extract(text)
	for _, e := range res.Entities {
		assert.NotContains(t, e.Text, "Keluhkan", "headline words are not names")
		assert.NotContains(t, e.Text, "Musim", "headline words are not names")
	}
	e, ok := find(res, "Bogor")
	require.True(t, ok)
	assert.Equal(t, LOC, e.Type)
	assert.Equal(t, 2, e.Count)
}

func TestMergeAndAcronymLink(t *testing.T) {
	text := "Otoritas Jasa Keuangan (OJK) memanggil dua perusahaan. Menurut OJK, keduanya belum berizin. " +
		"Juru bicara OJK menolak berkomentar."
	res := Default().Extract(text)
	e, ok := find(res, "Otoritas Jasa Keuangan")
	require.True(t, ok, "%+v", res.Entities)
	assert.Equal(t, ORG, e.Type)
	// the defining mention takes in its short form; later short forms are linked to it
	assert.Equal(t, 3, e.Count)
	assert.Equal(t, []string{"Otoritas Jasa Keuangan (OJK)", "OJK"}, e.Aliases)
	assert.Equal(t, "Otoritas Jasa Keuangan (OJK)", text[e.Spans[0][0]:e.Spans[0][1]])
}

func TestUserGazetteer(t *testing.T) {
	r, err := New(WithGazetteer(ORG, strings.NewReader("# toko kami\nWarung Sejahtera Abadi\n")), WithEntries(PRODUCT, "Kopi Gayo Premium"))
	require.NoError(t, err)
	res := r.Extract("Pesanan Kopi Gayo Premium dikirim oleh Warung Sejahtera Abadi kemarin.")
	e, ok := find(res, "Warung Sejahtera Abadi")
	require.True(t, ok, "%+v", res.Entities)
	assert.Equal(t, ORG, e.Type)
	e, ok = find(res, "Kopi Gayo Premium")
	require.True(t, ok, "%+v", res.Entities)
	assert.Equal(t, PRODUCT, e.Type)

	_, err = New(WithEntries("bad type", "x"))
	assert.ErrorIs(t, err, ErrBadType)
}

func TestOptions(t *testing.T) {
	r, err := New(WithMaxTerms(0), WithoutPatterns())
	require.NoError(t, err)
	res := r.Extract("Harganya Rp1,5 juta di Jakarta.")
	assert.Empty(t, res.Terms)
	_, ok := find(res, "Rp1,5 juta")
	assert.False(t, ok)
	_, ok = find(res, "Jakarta")
	assert.True(t, ok)

	r, err = New(WithMaxTerms(2), WithMaxTermWords(1))
	require.NoError(t, err)
	res = r.Extract("Harga beras naik. Harga beras premium naik lagi. Petani beras senang.")
	assert.LessOrEqual(t, len(res.Terms), 2)
	for _, term := range res.Terms {
		assert.NotContains(t, term.Text, " ")
		assert.Greater(t, term.Score, 0.0)
		assert.LessOrEqual(t, term.Score, 1.0)
	}
}

func TestEmptyAndJSON(t *testing.T) {
	res := Default().Extract("")
	assert.NotNil(t, res.Entities)
	assert.NotNil(t, res.Terms)
	res = Default().Extract("Pengguna Shopee di Surabaya mengeluh.")
	b, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"type":"ORG"`)
	assert.Contains(t, string(b), `"spans":[[`)
}

func TestReadCoNLL(t *testing.T) {
	in := "Joko\tB-PER\nWidodo\tI-PER\nke\tO\nBandung\tB-LOC\n\n-DOCSTART-\tO\nKPK\tB-ORG\n"
	s, err := ReadCoNLL(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, s, 2)
	text, toks := s[0].Text()
	assert.Equal(t, "Joko Widodo ke Bandung", text)
	assert.Len(t, toks, 4)
	assert.Equal(t, []TypedSpan{{Span{0, 11}, PER}, {Span{15, 22}, LOC}}, s[0].Gold())

	_, err = ReadCoNLL(strings.NewReader("Joko\tX-PER\n"))
	assert.Error(t, err)
	_, err = ReadCoNLL(strings.NewReader("Joko\n"))
	assert.Error(t, err)
}

func TestTrainSaveLoad(t *testing.T) {
	var sents []TaggedSentence
	for _, n := range []string{"Budi", "Sari", "Andi", "Rina", "Tono"} {
		sents = append(sents,
			TaggedSentence{Tokens: []string{"Kata", n, "di", "Medan", "."}, Tags: []string{"O", "B-PER", "O", "B-LOC", "O"}},
			TaggedSentence{Tokens: []string{n, "bekerja", "di", "Bank", "Mandiri", "."}, Tags: []string{"B-PER", "O", "O", "B-ORG", "I-ORG", "O"}},
		)
	}
	m, err := Train(sents, WithEpochs(5))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, m.Tags(), m2.Tags())

	r, err := New(WithModel(m2), WithModelOnly())
	require.NoError(t, err)
	res := r.Extract("Budi bekerja di Bank Mandiri .")
	e, ok := find(res, "Bank Mandiri")
	require.True(t, ok, "%+v", res.Entities)
	assert.Equal(t, ORG, e.Type)

	_, err = Train(nil)
	assert.ErrorIs(t, err, ErrNoData)
	_, err = Load(strings.NewReader("not a model"))
	assert.ErrorIs(t, err, ErrBadModel)
	bad := append([]byte(modelMagic), 9, 0, 0, 0)
	_, err = Load(bytes.NewReader(bad))
	assert.ErrorIs(t, err, ErrModelVersion)
	// a truncated model is an error, not a panic
	_, err = Load(bytes.NewReader(buf.Bytes()[:buf.Len()/2]))
	assert.Error(t, err)
}

func TestConcurrentUse(t *testing.T) {
	r := Default()
	done := make(chan Result, 4)
	for i := 0; i < 4; i++ {
		go func() { done <- r.Extract("Gubernur Jawa Barat meninjau banjir di Bekasi, Senin (20/11).") }()
	}
	first := <-done
	for i := 0; i < 3; i++ {
		assert.Equal(t, first, <-done)
	}
}

func TestEveryCountry(t *testing.T) {
	text := "Pemerintah Indonesia membuka kantor dagang di Jepang."
	res := Default().Extract(text)
	_, ok := find(res, "Indonesia")
	assert.False(t, ok, "a country modifying a noun is left out by default")
	e, ok := find(res, "Jepang")
	require.True(t, ok)
	assert.Equal(t, LOC, e.Type)
	r, err := New(WithEveryCountry())
	require.NoError(t, err)
	e, ok = find(r.Extract(text), "Indonesia")
	require.True(t, ok)
	assert.Equal(t, LOC, e.Type)
}

// TestConcurrentExtractMany runs Extract on many documents from several goroutines at once and
// checks every result against a sequential run: documents, token buffers and key-term scratch
// are recycled through pools, and the lexicon is built on first use.
func TestConcurrentExtractMany(t *testing.T) {
	r, err := New(WithStopwords(stopword.New("yang", "dan", "di")))
	require.NoError(t, err)
	texts := []string{
		"Otoritas Jasa Keuangan (OJK) memanggil PT Maju Jaya Tbk. Menurut OJK, izinnya dicabut.",
		"Presiden Joko Widodo meninjau Pasar Baru di Kota Bandung, Senin (20/11). Jokowi tersenyum.",
		"TikTok Shop Ngegas Buka Keranjang Kuning\n\nKeranjang kuning kembali hadir di TikTok.",
		"Harganya Rp1,5 juta, naik 5% dari Rp 1.000.000 pada 17 Agustus 2023 pukul 10.30 WIB.",
		"Abc,Abc,Abc,Abc A.B.C. #Tagar @pengguna redaksi@contoh.co.id",
		"",
	}
	for i := range 40 {
		texts = append(texts, strings.Repeat(texts[i%5]+" ", 1+i%7))
	}
	want := make([]Result, len(texts))
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i, text := range texts {
			want[i] = r.Extract(text)
		}
	}()
	var wg sync.WaitGroup
	got := make([][]Result, 4)
	for g := range got {
		got[g] = make([]Result, len(texts))
		wg.Go(func() {
			for k := range texts {
				i := (k*7 + g) % len(texts)
				got[g][i] = r.Extract(texts[i])
			}
		})
	}
	wg.Wait()
	<-done
	for g := range got {
		for i := range texts {
			assert.Equal(t, want[i], got[g][i], "goroutine %d, text %d", g, i)
		}
	}
}
