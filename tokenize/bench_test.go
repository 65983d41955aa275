package tokenize

import (
	"github.com/telaah/telaah/internal/cputime"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/clipperhouse/uax29/v2/words"
)

const corpusPath = "../../shared/data/corpus/mixed-id.txt"

// reportCPU adds MB/s per CPU second (the wall-clock MB/s of a benchmark on a
// busy shared machine understates the speed).
func reportCPU(b *testing.B, bytes int, cpu0 time.Duration) {
	if d := cputime.Process() - cpu0; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func loadCorpus(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	return string(data)
}

// BenchmarkIterator measures the allocation-free token iterator on the mixed
// Indonesian corpus: MB/s, tokens/s and 0 allocs/op.
func BenchmarkIterator(b *testing.B) {
	text := loadCorpus(b)
	DefaultAbbreviations()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		var it Iterator
		it.Reset(text)
		for it.Next() {
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkNewIterator is BenchmarkIterator through NewIterator.
func BenchmarkNewIterator(b *testing.B) {
	text := loadCorpus(b)
	DefaultAbbreviations()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	n := 0
	for b.Loop() {
		for it := NewIterator(text); it.Next(); {
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkSentenceIterator measures the allocation-free sentence iterator.
func BenchmarkSentenceIterator(b *testing.B) {
	text := loadCorpus(b)
	DefaultAbbreviations()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	n := 0
	for b.Loop() {
		var it SentenceIterator
		it.Reset(text)
		for it.Next() {
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkTokens measures the slice helper.
func BenchmarkTokens(b *testing.B) {
	text := loadCorpus(b)
	DefaultAbbreviations()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	for b.Loop() {
		_ = Tokens(text)
	}
}

// BenchmarkUAX29 is plain Unicode word segmentation on the same text, for
// comparison.
func BenchmarkUAX29(b *testing.B) {
	text := loadCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	for b.Loop() {
		it := words.FromString(text)
		for it.Next() {
		}
	}
}

// BenchmarkScanner measures the io.Reader form.
func BenchmarkScanner(b *testing.B) {
	text := loadCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	n := 0
	for b.Loop() {
		sc := NewScanner(strings.NewReader(text))
		for sc.Scan() {
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkParseAbbreviations measures the one-time cost of loading the
// embedded abbreviation list.
func BenchmarkParseAbbreviations(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAbbreviations(strings.NewReader(abbreviationsTxt)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAppendTokensAndSentences measures the one-pass form as analyze
// calls it: one corpus line a document, with buffers reused from line to line.
func BenchmarkAppendTokensAndSentences(b *testing.B) {
	text := loadCorpus(b)
	lines := strings.Split(text, "\n")
	DefaultAbbreviations()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	defer func() { reportCPU(b, len(text), cpu0) }()
	var toks []Token
	var sents []Sentence
	n := 0
	for b.Loop() {
		for _, l := range lines {
			toks, sents = AppendTokensAndSentences(toks[:0], sents[:0], l)
			n += len(toks)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
