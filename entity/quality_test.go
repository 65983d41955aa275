package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Quality issues seen on texts written for the examples (reviews, chats, complaint stories).
// Every text here was written by the telaah authors.

func TestOrdinaryWordsAreNotPeople(t *testing.T) {
	for _, text := range []string{
		"Paket sampai, Makasih!",
		"Baru terima kipasnya, anginnya kenceng. Makasih TokoRiang 👍",
		"Paket sudah sampai di Medan dalam keadaan baik.",
		"Oke. Paket diterima. Makasih.",
		"Makasih kak! Paket aman.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, e := range Default().Extract(text).Entities {
				assert.NotContains(t, []string{"Makasih", "Paket", "Makasih TokoRiang"}, e.Text, "%s %q", e.Type, e.Text)
			}
		})
	}
	e, ok := find(Default().Extract("Baru terima kipasnya. Makasih TokoRiang 👍"), "TokoRiang")
	require.True(t, ok)
	assert.Equal(t, ORG, e.Type)
}

func TestCodesAreNotNames(t *testing.T) {
	for _, text := range []string{
		"@TokoRiang pesanan saya belum dikirim. Tolong dicek ya, no. pesanan TR-2025-118.",
		"Pesanan dengan resi JP1234567890 belum sampai.",
		"Kode voucher BK-77X9 hangus, kode HEMAT50 juga.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, e := range Default().Extract(text).Entities {
				switch e.Type {
				case PER, ORG, LOC, PRODUCT, EVENT:
					t.Errorf("code returned as a name: %s %q", e.Type, e.Text)
				}
			}
		})
	}
	// short forms with a number stay names
	e, ok := find(Default().Extract("Para pemimpin G20 bertemu di Bali."), "G20")
	require.True(t, ok)
	assert.Equal(t, ORG, e.Type)
}

func TestOrganisationHeads(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Forum Konsumen Sulawesi Selatan mencatat 57 aduan.", "Forum Konsumen Sulawesi Selatan"},
		{"Aduan itu diterima Forum Konsumen Sulawesi Selatan pekan lalu.", "Forum Konsumen Sulawesi Selatan"},
		{"Komunitas Konsumen Daring Indonesia (KKDI) mencatat 312 aduan.", "Komunitas Konsumen Daring Indonesia"},
		{"Menurut Komunitas Konsumen Daring Indonesia, kasusnya bertambah.", "Komunitas Konsumen Daring Indonesia"},
		{"Ia melapor ke Komunitas Konsumen Daring Indonesia kemarin.", "Komunitas Konsumen Daring Indonesia"},
		{"Himpunan Pedagang Pasar Bandung menolak kenaikan retribusi.", "Himpunan Pedagang Pasar Bandung"},
		{"Bantuan datang dari Ikatan Alumni Teknik Sipil.", "Ikatan Alumni Teknik Sipil"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			res := Default().Extract(tc.text)
			e, ok := find(res, tc.want)
			require.True(t, ok, "%q not found in %+v", tc.want, res.Entities)
			assert.Equal(t, ORG, e.Type)
		})
	}
}

func TestCompanyNameKeepsItsWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Kepala Komunikasi PT BelanjaKita Nusantara, Andi Wijaya, meminta maaf.", "PT BelanjaKita Nusantara"},
		{"PT BelanjaKita Nusantara Minta Maaf kepada Pembeli\n\nPengelola aplikasi itu meminta maaf.", "PT BelanjaKita Nusantara"},
		{"Pihak BelanjaKita Nusantara belum menjawab pertanyaan wartawan.", "BelanjaKita Nusantara"},
		{"Juru bicara PT BelanjaKita Nusantara Andi Wijaya meminta maaf.", "PT BelanjaKita Nusantara"},
		{"PT Bank Mandiri menaikkan bunga deposito pekan ini.", "PT Bank Mandiri"},
		{"Laporan itu diterima Komnas HAM kemarin.", "Komnas HAM"},
		{"Usul itu dibahas Komisi III DPR RI pekan depan.", "DPR RI"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			res := Default().Extract(tc.text)
			e, ok := find(res, tc.want)
			require.True(t, ok, "%q not found in %+v", tc.want, res.Entities)
			assert.Equal(t, ORG, e.Type)
			_, ok = find(res, "Nusantara")
			assert.False(t, ok, "Nusantara split off: %+v", res.Entities)
		})
	}
	e, ok := find(Default().Extract("Juru bicara PT BelanjaKita Nusantara Andi Wijaya meminta maaf."), "Andi Wijaya")
	require.True(t, ok)
	assert.Equal(t, PER, e.Type)
}

func TestPersonShortForms(t *testing.T) {
	text := "Rina Marlina (34), warga Bekasi, membeli penanak nasi. Menurut Rina, barangnya bekas. " +
		"Ahmad Fauzi dari Makassar juga kecewa. \"Saya menunggu delapan hari,\" kata Ahmad. " +
		"Kepala Komunikasi PT BelanjaKita Nusantara, Andi Wijaya, meminta maaf. Andi berjanji dana kembali. " +
		"Sementara itu Wijaya menolak berkomentar soal gudang."
	res := Default().Extract(text)
	for _, tc := range []struct {
		long, short string
		count       int
	}{{"Rina Marlina", "Rina", 2}, {"Ahmad Fauzi", "Ahmad", 2}, {"Andi Wijaya", "Andi", 3}} {
		e, ok := find(res, tc.long)
		require.True(t, ok, "%q not found in %+v", tc.long, res.Entities)
		assert.Equal(t, PER, e.Type)
		assert.Contains(t, e.Aliases, tc.short)
		assert.Equal(t, tc.count, e.Count, "%+v", e)
		_, ok = find(res, tc.short)
		assert.False(t, ok, "%q is its own entity", tc.short)
	}
	// a word shared by two people links to neither
	res = Default().Extract("Budi Santoso dan Budi Hartono hadir. Budi kemudian pulang.")
	e, ok := find(res, "Budi")
	require.True(t, ok, "%+v", res.Entities)
	assert.Empty(t, e.Aliases)
}

// TestModelOrdinaryWords: a tagger that learnt to tag a capitalised ordinary word as a person
// (here on purpose) does not return it; the rest of the name stays.
func TestModelOrdinaryWords(t *testing.T) {
	var sents []TaggedSentence
	for _, n := range []string{"Budi", "Sari", "Andi", "Rina", "Tono"} {
		sents = append(sents,
			TaggedSentence{Tokens: []string{"Paket", "sampai", "."}, Tags: []string{"B-PER", "O", "O"}},
			TaggedSentence{Tokens: []string{"Makasih", n, "."}, Tags: []string{"B-PER", "I-PER", "O"}},
		)
	}
	m, err := Train(sents, WithEpochs(5))
	require.NoError(t, err)
	r, err := New(WithModel(m), WithModelOnly())
	require.NoError(t, err)
	res := r.Extract("Paket sampai. Makasih Rina.")
	for _, e := range res.Entities {
		assert.NotContains(t, e.Text, "Paket")
		assert.NotContains(t, e.Text, "Makasih")
	}
	e, ok := find(res, "Rina")
	require.True(t, ok, "%+v", res.Entities)
	assert.Equal(t, PER, e.Type)
}
