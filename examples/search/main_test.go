package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/examples/search/bleveid"
)

func TestDerivedFormsAreFound(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, []string{"membangun", "kerugian", "mengirim barang", "pembangun jembatan"}))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 4)
	assert.Contains(t, lines[0], "2 hits")
	assert.Contains(t, lines[0], "jalan-tol", "membangun finds pembangunan")
	assert.Contains(t, lines[0], "jembatan", "membangun finds dibangun")
	assert.Contains(t, lines[1], "keluhan", "kerugian finds dirugikan")
	assert.Contains(t, lines[2], "pengiriman", "mengirim finds pengirimannya")
	assert.True(t, strings.HasPrefix(lines[3], `"pembangun jembatan": `))
}

func TestAnalyzer(t *testing.T) {
	cache := registry.NewCache()
	a, err := cache.AnalyzerNamed(bleveid.AnalyzerName)
	require.NoError(t, err)
	var terms []string
	for _, tok := range a.Analyze([]byte("Pembangunan jembatan yg dibangun bgt cepat, lihat contoh.co.id!")) {
		terms = append(terms, string(tok.Term))
	}
	assert.Equal(t, []string{"bangun", "jembatan", "bangun", "cepat", "lihat", "contoh.co.id"}, terms)
}

func TestTokenizerOffsets(t *testing.T) {
	text := "Kupu-kupu terbang, Rp1.000 😊 di Bandung."
	for _, tok := range (bleveid.Tokenizer{}).Tokenize([]byte(text)) {
		assert.Equal(t, string(tok.Term), text[tok.Start:tok.End])
	}
}
