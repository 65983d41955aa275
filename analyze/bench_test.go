package analyze

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"github.com/telaah/telaah/internal/cputime"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/tokenize"
)

// corpusPath is the benchmark corpus, relative to this package (read by path, never copied).
const corpusPath = "../../shared/data/corpus/mixed-id.txt"

func loadCorpus(b *testing.B) ([]byte, []string) {
	b.Helper()
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return data, lines
}

// BenchmarkAnalyze analyses the corpus line by line on one goroutine with every stage on.
// One op is the whole corpus.
func BenchmarkAnalyze(b *testing.B) {
	data, lines := loadCorpus(b)
	for _, bc := range []struct {
		name string
		opts []Option
	}{
		{"all", nil},
		{"tokens+stem", []Option{WithStages(Stem)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a, err := New(bc.opts...)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			tokens := 0
			cpu0 := cputime.Process()
			for b.Loop() {
				for _, l := range lines {
					doc, err := a.Analyze(ctx, l)
					if err != nil {
						b.Fatal(err)
					}
					tokens += doc.Stats.Tokens
				}
			}
			b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
			reportCPU(b, cpu0, len(data))
		})
	}
}

// BenchmarkAnalyzeAll streams the corpus through AnalyzeAll in Lines mode (JSON output
// included) with 1 and 2 workers.
func BenchmarkAnalyzeAll(b *testing.B) {
	data, _ := loadCorpus(b)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			for b.Loop() {
				sum, err := a.AnalyzeAll(context.Background(), bytes.NewReader(data), io.Discard,
					WithMode(Lines), WithWorkers(workers))
				if err != nil || sum.Errors > 0 {
					b.Fatal(err, sum.Errors)
				}
			}
			reportCPU(b, cpu0, len(data))
		})
	}
}

// TestColdNew measures, in a fresh process, the time and heap to build an Analyzer with every
// default loaded. It runs only when BenchmarkNew starts it.
func TestColdNew(t *testing.T) {
	if os.Getenv("TELAAH_COLD_NEW") != "1" {
		t.Skip("run by BenchmarkNew")
	}
	var m0, m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tNew := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	start = time.Now()
	// The stage packages may load their data on first use: one call makes everything resident.
	if _, err := a.Analyze(context.Background(), "Pembeli merasa dirugikan oleh TikTok Shop di Jakarta."); err != nil {
		t.Fatal(err)
	}
	tFirst := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	runtime.KeepAlive(a)
	fmt.Printf("coldnew %d %d %d %d\n", tNew.Nanoseconds(), int64(m1.HeapAlloc)-int64(m0.HeapAlloc),
		(tNew + tFirst).Nanoseconds(), int64(m2.HeapAlloc)-int64(m0.HeapAlloc))
}

// BenchmarkNew reports the cost of building an Analyzer: the cold figures come from a fresh
// process (cold-*: New alone; ready-*: New plus the first Analyze, when lazily loaded data
// becomes resident); ns/op is New once the defaults are loaded.
func BenchmarkNew(b *testing.B) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestColdNew$", "-test.count=1")
	cmd.Env = append(os.Environ(), "TELAAH_COLD_NEW=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("cold run: %v\n%s", err, out)
	}
	var coldNs, coldHeap, readyNs, readyHeap int64
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "coldnew ") {
			fmt.Sscan(strings.TrimPrefix(line, "coldnew "), &coldNs, &coldHeap, &readyNs, &readyHeap)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(coldNs)/1e6, "cold-ms")
	b.ReportMetric(float64(coldHeap)/1e6, "cold-heap-MB")
	b.ReportMetric(float64(readyNs)/1e6, "ready-ms")
	b.ReportMetric(float64(readyHeap)/1e6, "ready-heap-MB")
}

// reportCPU reports throughput per CPU second ("cpu-MB/s"), which stays meaningful on a
// machine shared with other work, where the wall-clock MB/s drops with the load. The ratio of
// wall-clock time to CPU time shows how many cores the benchmark really got ("cores").
func reportCPU(b *testing.B, cpu0 time.Duration, size int) {
	cpu := cputime.Process() - cpu0
	if cpu <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cores")
}

// BenchmarkStages times each stage alone over the corpus, one line a document, on one
// goroutine, so that cpu-MB/s (corpus bytes per CPU second) says where the time of Analyze goes.
// The inputs of a stage (tokens, sentences, normal forms) are computed before its clock starts.
// One op is the whole corpus.
func BenchmarkStages(b *testing.B) {
	data, lines := loadCorpus(b)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	c := &a.cfg
	toks := make([][]tokenize.Token, len(lines))
	sents := make([][]tokenize.Sentence, len(lines))
	var words, forms []string
	for i, l := range lines {
		toks[i] = tokenize.Tokens(l)
		sents[i] = tokenize.Sentences(l)
		for _, t := range toks[i] {
			if t.Kind == tokenize.Word {
				words = append(words, t.Text)
				forms = append(forms, c.normalizer.Token(t.Text))
			}
		}
	}
	sentWords := make([][]sentiment.Word, len(lines))
	if a.wordScorer != nil {
		for i := range lines {
			for _, t := range toks[i] {
				var w sentiment.Word
				if t.Kind == tokenize.Word {
					w = a.words.get(a, t.Text).sent
				}
				sentWords[i] = append(sentWords[i], w)
			}
		}
	}
	ctx := context.Background()
	var sink int
	stages := []struct {
		name string
		run  func()
	}{
		{"tokenize", func() {
			var it tokenize.Iterator
			for _, l := range lines {
				for it.Reset(l); it.Next(); {
					sink += it.End()
				}
			}
		}},
		{"sentences", func() {
			var it tokenize.SentenceIterator
			for _, l := range lines {
				for it.Reset(l); it.Next(); {
					sink += it.End()
				}
			}
		}},
		{"language", func() {
			for _, w := range words {
				var lc langCounts
				lc.add(w)
				sink += lc.shared
			}
		}},
		{"normalize", func() {
			for _, w := range words {
				sink += len(c.normalizer.Token(w))
			}
		}},
		{"stem", func() {
			for _, f := range forms {
				sink += len(c.stemmer.Stem(f))
			}
		}},
		{"stopwords", func() {
			for _, f := range forms {
				if c.stopwords.Contains(f) {
					sink++
				}
			}
		}},
		{"words-cached", func() {
			// normalize, stem, stopwords and language together, through the word cache
			for _, w := range words {
				sink += len(a.words.get(a, w).stem)
			}
		}},
		{"entity", func() {
			for i, l := range lines {
				sink += len(a.tokRecognizer.ExtractTokens(l, toks[i], sents[i]).Terms)
			}
		}},
		{"sentiment", func() {
			for i, l := range lines {
				sink += len(a.tokScorer.ScoreTokens(l, toks[i], sents[i]).Cues)
			}
		}},
		{"sentiment-words", func() {
			// as Analyze scores: the Words come from the word cache
			for i, l := range lines {
				sink += len(a.wordScorer.ScoreWords(l, toks[i], sents[i], sentWords[i]).Cues)
			}
		}},
		{"analyze-all", func() {
			for _, l := range lines {
				doc, _ := a.Analyze(ctx, l)
				sink += doc.Stats.Tokens
			}
		}},
	}
	var docs []*Document // analysed before the clock of the json stage starts
	stages = append(stages, struct {
		name string
		run  func()
	}{"json", func() {
		var buf []byte
		for _, d := range docs {
			buf, _ = d.appendJSON(buf[:0])
			sink += len(buf)
		}
	}})
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			if st.name == "json" && docs == nil {
				for _, l := range lines {
					d, _ := a.Analyze(ctx, l)
					docs = append(docs, d)
				}
			}
			st.run() // warm the caches: the figure is the steady state of a long-running process
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			for b.Loop() {
				st.run()
			}
			reportCPU(b, cpu0, len(data))
		})
	}
	_ = sink
}
