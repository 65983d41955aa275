package tokenize

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func spans(text string, ss []Sentence) []string {
	out := []string{}
	for _, s := range ss {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Saya makan. Dia minum! Kamu? Ya.", []string{"Saya makan.", "Dia minum!", "Kamu?", "Ya."}},
		{"trim", "  Satu.  Dua.  \n", []string{"Satu.", "Dua."}},
		{"title abbreviations", "Ia diperiksa dr. Ani di Jl. Merdeka No. 5 Kab. Bogor. Lalu pulang.", []string{"Ia diperiksa dr. Ani di Jl. Merdeka No. 5 Kab. Bogor.", "Lalu pulang."}},
		{"abbreviation ends sentence", "Ada buah, sayur, dll. Semua segar.", []string{"Ada buah, sayur, dll.", "Semua segar."}},
		{"abbreviation in brackets", "Ada buah (apel, jeruk, dll.) Semua segar.", []string{"Ada buah (apel, jeruk, dll.)", "Semua segar."}},
		{"abbreviation inside", "Ditulis oleh Ani dkk. pada 2020.", []string{"Ditulis oleh Ani dkk. pada 2020."}},
		{"degrees", "Pengacaranya Budi, S.H., M.H. Beliau hadir.", []string{"Pengacaranya Budi, S.H., M.H.", "Beliau hadir."}},
		{"time abbreviations", "Tgl. 17-08-2023, pkl. 08.00 WIB s.d. 12.00 WIB. Gratis.", []string{"Tgl. 17-08-2023, pkl. 08.00 WIB s.d. 12.00 WIB.", "Gratis."}},
		{"list markers", "1. Buka aplikasi. 2. Pilih menu.\na. Satu\nIV. Penutup", []string{"1. Buka aplikasi.", "2. Pilih menu.", "a. Satu", "IV. Penutup"}},
		{"a.n.", "Transfer a.n. Budi Santoso. Terima kasih.", []string{"Transfer a.n. Budi Santoso.", "Terima kasih."}},
		{"initials", "Karya J. K. Rowling dan R. Tjetje terkenal. Benar.", []string{"Karya J. K. Rowling dan R. Tjetje terkenal.", "Benar."}},
		{"time then sentence", "Rapat dimulai pukul 10.00. Bu Ani datang terlambat.", []string{"Rapat dimulai pukul 10.00.", "Bu Ani datang terlambat."}},
		{"closing quote", "Ia berkata, \"Saya pergi.\" Lalu ia pergi.", []string{"Ia berkata, \"Saya pergi.\"", "Lalu ia pergi."}},
		{"curly quote", "Katanya “cukup.” Semua diam.", []string{"Katanya “cukup.”", "Semua diam."}},
		{"closing bracket", "(Lihat gambar.) Hasilnya baik.", []string{"(Lihat gambar.)", "Hasilnya baik."}},
		{"full stop inside brackets", "Bandara Sultan Syarif Kasim II (SSK. II) Pekanbaru dibuka. Ramai.", []string{"Bandara Sultan Syarif Kasim II (SSK. II) Pekanbaru dibuka.", "Ramai."}},
		{"nested brackets", "Honje hutan (E. hemisphaerica (Bl.) RM Smith) berbuah. Rasanya asam.", []string{"Honje hutan (E. hemisphaerica (Bl.) RM Smith) berbuah.", "Rasanya asam."}},
		{"bracket left open", "Kurang rapi (cuma pakai plastik. Tapi rekomen.", []string{"Kurang rapi (cuma pakai plastik.", "Tapi rekomen."}},
		{"bracket closed on the next line", "Harga naik (lihat tabel.\nData BPS) pekan ini.", []string{"Harga naik (lihat tabel.", "Data BPS) pekan ini."}},
		{"spaced abbreviation", "Ia meraih gelar Ph. D. dalam ilmu politik. Lalu pulang.", []string{"Ia meraih gelar Ph. D. dalam ilmu politik.", "Lalu pulang."}},
		{"initial after a full stop", "Kami tiba di Bogor. D. Ani menyambut.", []string{"Kami tiba di Bogor.", "D. Ani menyambut."}},
		{"speech tag", "“Siapa?” tanyanya. Tidak ada.", []string{"“Siapa?” tanyanya.", "Tidak ada."}},
		{"opening quote", "Ia diam. \"Kenapa?\" tanya Ani.", []string{"Ia diam.", "\"Kenapa?\" tanya Ani."}},
		{"lower case after full stop", "barangnya bagus. tapi mahal.", []string{"barangnya bagus.", "tapi mahal."}},
		{"ellipsis pause", "Aku... tidak tahu. Sudahlah.", []string{"Aku... tidak tahu.", "Sudahlah."}},
		{"ellipsis end", "Aku menunggu... Dia tidak datang.", []string{"Aku menunggu...", "Dia tidak datang."}},
		{"repeated marks", "Apa?! Tidak mungkin!!! Ya.", []string{"Apa?!", "Tidak mungkin!!!", "Ya."}},
		{"emoji after mark", "Mantap! 👍 Pengiriman cepat.", []string{"Mantap! 👍", "Pengiriman cepat."}},
		{"missing space", "Selesai.Kemudian pulang.", []string{"Selesai.", "Kemudian pulang."}},
		{"decimal", "Nilainya 2.5 persen. Naik.", []string{"Nilainya 2.5 persen.", "Naik."}},
		{"number after number", "Versi 9. 1 dirilis. 12 orang datang.", []string{"Versi 9. 1 dirilis.", "12 orang datang."}},
		{"month", "Terbit 5 Jan. 2020 di Jakarta. Dibaca 5 kali pada Jan. Kemudian hilang.", []string{"Terbit 5 Jan. 2020 di Jakarta.", "Dibaca 5 kali pada Jan.", "Kemudian hilang."}},
		{"blank line", "Paragraf satu tanpa titik\n\nParagraf dua", []string{"Paragraf satu tanpa titik", "Paragraf dua"}},
		{"headline", "Harga Cabai Naik\nJAKARTA - Harga cabai naik lagi.", []string{"Harga Cabai Naik", "JAKARTA - Harga cabai naik lagi."}},
		{"wrapped line", "Kalimat ini dibungkus\nke baris berikutnya.", []string{"Kalimat ini dibungkus\nke baris berikutnya."}},
		{"line ending with comma", "Daftar belanja,\nBeras dan gula.", []string{"Daftar belanja,\nBeras dan gula."}},
		{"line break after full stop", "Satu.\nDua.", []string{"Satu.", "Dua."}},
		{"no final mark", "tanpa tanda akhir", []string{"tanpa tanda akhir"}},
		{"empty", "", []string{}},
		{"spaces", " \n ", []string{}},
		{"url full stop", "Buka https://contoh.id. Lalu daftar.", []string{"Buka https://contoh.id.", "Lalu daftar."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			require.Equal(t, tt.want, spans(tt.in, got))
		})
	}
}

func TestSentenceIteratorReuse(t *testing.T) {
	var it SentenceIterator
	require.False(t, it.Next())
	it.Reset("Satu. Dua.")
	require.True(t, it.Next())
	require.Equal(t, "Satu.", it.Value())
	require.Equal(t, Sentence{0, 5}, it.Sentence())
	require.True(t, it.Next())
	require.Equal(t, 6, it.Start())
	require.Equal(t, 10, it.End())
	require.False(t, it.Next())
	require.False(t, it.Next())
	it.Reset("Tiga.")
	require.True(t, it.Next())
	require.Equal(t, "Tiga.", it.Value())

	p := NewSentenceIterator("A b. C d.")
	n := 0
	for p.Next() {
		n++
	}
	require.Equal(t, 2, n)
}
