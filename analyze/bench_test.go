package analyze

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
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
			b.ResetTimer()
			tokens := 0
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
			for b.Loop() {
				sum, err := a.AnalyzeAll(context.Background(), bytes.NewReader(data), io.Discard,
					WithMode(Lines), WithWorkers(workers))
				if err != nil || sum.Errors > 0 {
					b.Fatal(err, sum.Errors)
				}
			}
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
