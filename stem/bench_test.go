package stem

import (
	"github.com/telaah/telaah/internal/cputime"
	"os"
	"strings"
	"testing"
)

const corpusPath = "../../shared/data/corpus/mixed-id.txt"

func corpusWords(b *testing.B) []string {
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Skip(err)
	}
	return strings.Fields(strings.ToLower(string(data)))
}

func benchStem(b *testing.B, s *Stemmer, words []string) {
	var n int
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n) / int64(len(words)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for i := 0; i < b.N; i++ {
		s.Stem(words[i%len(words)])
	}
	cpu = cputime.Process() - cpu
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		// On a shared machine wall time counts other processes too.
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkStemWarm stems the corpus words with a warm cache.
func BenchmarkStemWarm(b *testing.B) {
	words := corpusWords(b)
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, w := range words {
		s.Stem(w)
	}
	benchStem(b, s, words)
}

// BenchmarkStemNoCache stems the corpus words with the cache off.
func BenchmarkStemNoCache(b *testing.B) {
	words := corpusWords(b)
	s, err := New(WithCacheSize(0))
	if err != nil {
		b.Fatal(err)
	}
	benchStem(b, s, words)
}

// BenchmarkStemDictionaryWord stems a word of the dictionary.
func BenchmarkStemDictionaryWord(b *testing.B) {
	s := Default()
	benchStem(b, s, []string{"makan", "rumah", "pergi", "besar"})
}

// BenchmarkLoad parses the embedded dictionary.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu := cputime.Process()
	for i := 0; i < b.N; i++ {
		d := newDict(32000)
		parseRoots(embeddedRoots, d)
		parseExtra(extraRoots, d)
	}
	if cpu = cputime.Process() - cpu; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}
