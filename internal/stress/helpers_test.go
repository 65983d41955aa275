package stress

import (
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// heavy reports whether the heavy tests run (TELAAH_STRESS=1).
func heavy() bool { return os.Getenv("TELAAH_STRESS") == "1" }

// needHeavy skips t unless TELAAH_STRESS=1.
func needHeavy(t *testing.T) {
	t.Helper()
	if !heavy() {
		t.Skip("heavy test: set TELAAH_STRESS=1 to run it")
	}
}

// slowdown is how much slower than a plain build the test binary runs (the race detector costs
// about ten times).
func slowdown() time.Duration {
	if raceEnabled {
		return 10
	}
	return 1
}

// within runs f and fails t if it does not return within budget (scaled by slowdown). A call
// over budget is abandoned, not waited for: its goroutine runs on until the test binary exits.
func within(t *testing.T, budget time.Duration, what string, f func()) bool {
	t.Helper()
	budget *= slowdown()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
		return true
	case <-time.After(budget):
		t.Errorf("%s: still running after %v (abandoned)", what, budget)
		return false
	}
}

// peakHeap samples the heap in use every few milliseconds while f runs and returns the largest
// value seen (bytes) and the peak RSS of the process (VmHWM, bytes; 0 when /proc is missing).
func peakHeap(f func()) (heap uint64, hwm uint64) {
	var ms runtime.MemStats
	heap = peakWhile(f, func() uint64 {
		runtime.ReadMemStats(&ms)
		return ms.HeapInuse
	})
	return heap, vmHWM()
}

// peakWhile collects garbage, then calls read every few milliseconds while f runs and returns
// the largest value read.
func peakWhile(f func(), read func() uint64) uint64 {
	runtime.GC()
	stop := make(chan struct{})
	done := make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			peak = max(peak, read())
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	return <-done
}

// vmHWM returns the peak resident set size of this process from /proc/self/status, in bytes.
func vmHWM() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb uint64
			for _, c := range strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")) {
				if c >= '0' && c <= '9' {
					kb = kb*10 + uint64(c-'0')
				}
			}
			return kb << 10
		}
	}
	return 0
}

const mb = 1 << 20

// peakLiveHeap is peakHeap for the live heap: the largest heap that a garbage collection found
// reachable while f ran (runtime/metrics /gc/heap/live:bytes). Unlike the heap in use, it does
// not grow when the collector falls behind on a loaded machine, so it measures what a batch
// retains rather than how promptly garbage is collected.
func peakLiveHeap(f func()) (live uint64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	return peakWhile(f, func() uint64 {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return sample[0].Value.Uint64()
	})
}
