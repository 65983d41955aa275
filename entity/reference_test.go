package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const referenceArticle = "../../shared/data/news/tiktok-shop-keranjang-kuning.txt"

// sentenceInitialCommon are ordinary words that open sentences of the reference article; none
// may come back as an entity.
var sentenceInitialCommon = []string{"Sejumlah", "Fenomena", "Mereka", "Meskipun", "Bagaimana", "Pengguna", "Beberapa", "Dugaan", "Keranjang", "Platform", "Pemulihan", "Kontroversi", "Pernyataan", "Bacaan", "Alamat", "Tinggalkan", "Pos", "Ruas"}

func TestReferenceArticle(t *testing.T) {
	b, err := os.ReadFile(referenceArticle)
	if err != nil {
		t.Skipf("reference article not available: %v", err)
	}
	text := string(b)
	res := Default().Extract(text)
	byText := map[string]Entity{}
	for _, e := range res.Entities {
		byText[e.Text] = e
		t.Logf("entity %-20q %-8s x%d", e.Text, e.Type, e.Count)
	}
	for i, term := range res.Terms {
		t.Logf("term %d %-28q %.3f x%d", i+1, term.Text, term.Score, term.Count)
	}
	shop, ok := byText["TikTok Shop"]
	require.True(t, ok, "TikTok Shop found")
	assert.Equal(t, ORG, shop.Type)
	assert.Equal(t, strings.Count(text, "TikTok Shop"), shop.Count, "every mention of TikTok Shop")
	tt, ok := byText["TikTok"]
	require.True(t, ok, "TikTok found")
	assert.Equal(t, ORG, tt.Type)
	q, ok := byText["Quotex.co.id"]
	require.True(t, ok, "Quotex.co.id found")
	assert.Equal(t, DOMAIN, q.Type)
	for _, w := range sentenceInitialCommon {
		for _, e := range res.Entities {
			assert.False(t, strings.HasPrefix(e.Text, w+" ") || e.Text == w, "sentence-initial word %q returned in entity %q", w, e.Text)
		}
	}
	top := []string{}
	for i := 0; i < 3 && i < len(res.Terms); i++ {
		top = append(top, res.Terms[i].Text)
	}
	assert.Contains(t, top, "keranjang kuning", "keranjang kuning among the top 3 terms")
}
