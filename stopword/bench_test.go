package stopword

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkContainsFold looks up every word token of the corpus; one op is one pass.
func BenchmarkContainsFold(b *testing.B) {
	data, err := os.ReadFile("../../shared/data/corpus/mixed-id.txt")
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	words := strings.Fields(string(data))
	var size int64
	for _, w := range words {
		size += int64(len(w))
	}
	s := Default()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			_ = s.ContainsFold(w)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures parsing the embedded list, as Default does once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewFromReader(strings.NewReader(listData)); err != nil {
			b.Fatal(err)
		}
	}
}
