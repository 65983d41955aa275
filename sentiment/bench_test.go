package sentiment

import (
	"bytes"
	"github.com/telaah/telaah/internal/cputime"
	"os"
	"strings"
	"testing"

	"github.com/telaah/telaah/tokenize"
)

const corpusPath = "../../shared/data/corpus/mixed-id.txt"

func corpusLines(b *testing.B) ([]string, int) {
	b.Helper()
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Skip("corpus absent: ", err)
	}
	lines := strings.Split(string(bytes.TrimSpace(data)), "\n")
	return lines, len(data)
}

// BenchmarkScore scores the benchmark corpus line by line (tokenization, normalization, stemming
// and the rules included).
//
//	go test ./sentiment -run '^$' -bench 'Score$' -benchtime 5x
//
// Wall time on a shared machine understates it: MB/cpu-s divides by the process's CPU time
// instead (eval/ times the same loop by thread CPU time).
func BenchmarkScore(b *testing.B) {
	lines, n := corpusLines(b)
	s := Default()
	toks := 0
	for _, l := range lines {
		toks += len(tokenize.Tokens(l))
		s.Score(l) // warm the word cache
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, l := range lines {
			s.Score(l)
		}
	}
	if d := cputime.Process() - cpu0; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
	b.ReportMetric(float64(len(lines))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkScoreShort scores one short review: the per-call cost.
func BenchmarkScoreShort(b *testing.B) {
	s := Default()
	text := "Barangnya sampai dengan selamat, packing rapi, tapi warnanya tidak sesuai gambar. Agak kecewa!"
	s.Score(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Score(text)
	}
}

// BenchmarkPredict classifies the corpus lines with a model trained on a few invented examples.
func BenchmarkPredict(b *testing.B) {
	lines, n := corpusLines(b)
	m, err := Train(trainingToy(), WithEpochs(3))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			m.Predict(l)
		}
	}
}
