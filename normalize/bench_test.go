package normalize

import (
	"os"
	"strings"
	"testing"
)

const corpusPath = "../../shared/data/corpus/mixed-id.txt"

// corpusWords returns the space-separated words of the benchmark corpus and their total size.
func corpusWords(b *testing.B) ([]string, int64) {
	b.Helper()
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	words := strings.Fields(string(data))
	var size int64
	for _, w := range words {
		size += int64(len(w))
	}
	return words, size
}

// BenchmarkToken normalizes every word token of the corpus; one op is one pass.
func BenchmarkToken(b *testing.B) {
	words, size := corpusWords(b)
	n := Default()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			_ = n.Token(w)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTokenNormal runs over the corpus tokens that are already normal: 0 allocs/op.
func BenchmarkTokenNormal(b *testing.B) {
	all, _ := corpusWords(b)
	n := Default()
	var words []string
	var size int64
	for _, w := range all {
		if n.Token(w) == w {
			words = append(words, w)
			size += int64(len(w))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			_ = n.Token(w)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures building the Normalizer from the embedded data, as Default does once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := make(map[string]string, 1500)
		if err := parse(strings.NewReader(slangData), m); err != nil {
			b.Fatal(err)
		}
		if err := resolve(m); err != nil {
			b.Fatal(err)
		}
		known := make(map[string]string, 4000)
		addWords(known, wordsData)
		addKnown(known, m)
	}
}
