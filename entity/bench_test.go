package entity

import (
	"github.com/telaah/telaah/internal/cputime"
	"os"
	"strings"
	"testing"

	"github.com/telaah/telaah/tokenize"
)

const corpusPath = "../../shared/data/corpus/mixed-id.txt"

func readCorpus(b *testing.B) string {
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	return string(data)
}

// BenchmarkExtract runs the default recogniser (tokenizing included) over the benchmark corpus
// as one document.
func BenchmarkExtract(b *testing.B) {
	text := readCorpus(b)
	r := Default()
	r.Extract("warm up")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Extract(text)
	}
}

// BenchmarkExtractTokens is Extract without the tokenizer: tokens and sentences are computed once.
func BenchmarkExtractTokens(b *testing.B) {
	text := readCorpus(b)
	toks := tokenize.Tokens(text)
	sents := tokenize.Sentences(text)
	r := Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.ExtractTokens(text, toks, sents)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtractCPU is BenchmarkExtract that also reports MB per CPU second.
func BenchmarkExtractCPU(b *testing.B) {
	text := readCorpus(b)
	r := Default()
	r.Extract("warm up")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Process()
	for i := 0; i < b.N; i++ {
		r.Extract(text)
	}
	if cpu := cputime.Process() - start; cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkExtractTokensCPU is BenchmarkExtractTokens that also reports MB per CPU second.
func BenchmarkExtractTokensCPU(b *testing.B) {
	text := readCorpus(b)
	toks := tokenize.Tokens(text)
	sents := tokenize.Sentences(text)
	r := Default()
	r.Extract("warm up")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Process()
	for i := 0; i < b.N; i++ {
		r.ExtractTokens(text, toks, sents)
	}
	if cpu := cputime.Process() - start; cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkTokenize measures the tokenizer alone, for comparison.
func BenchmarkTokenize(b *testing.B) {
	text := readCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		tokenize.Tokens(text)
		tokenize.Sentences(text)
	}
}

// BenchmarkExtractLines runs Extract on each line of the corpus as its own document (short
// documents: the fixed cost per document counts).
func BenchmarkExtractLines(b *testing.B) {
	r := Default()
	benchLines(b, func(_ int, l string) { r.Extract(l) })
}

// BenchmarkExtractTokensLines is BenchmarkExtractLines without the tokenizer: each line of the
// corpus is its own document, tokens and sentences computed once (as analyze does).
func BenchmarkExtractTokensLines(b *testing.B) {
	r := Default()
	var toks [][]tokenize.Token
	var sents [][]tokenize.Sentence
	benchLines(b, func(k int, l string) {
		if k == len(toks) { // the first pass, outside the clock, tokenizes
			toks, sents = append(toks, tokenize.Tokens(l)), append(sents, tokenize.Sentences(l))
		}
		r.ExtractTokens(l, toks[k], sents[k])
	})
}

// benchLines calls extract on each line of the corpus (its first 20,000), once to warm up and
// then b.N times on the clock, and reports the corpus bytes per CPU second.
func benchLines(b *testing.B, extract func(k int, line string)) {
	lines := strings.Split(readCorpus(b), "\n")
	if len(lines) > 20000 {
		lines = lines[:20000]
	}
	n := 0
	for k, l := range lines {
		n += len(l) + 1
		extract(k, l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Process()
	for i := 0; i < b.N; i++ {
		for k, l := range lines {
			extract(k, l)
		}
	}
	if cpu := cputime.Process() - start; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
