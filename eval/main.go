// Command eval scores telaah and its peers on the shared data sets side by side, prints a
// Markdown report and exits 1 when a figure drops below its floor (floors.txt).
//
//	cd eval && go run . -data ../../shared/data
//
// The data is read by path; nothing from it is written into the repository.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// Config is what the sections need from the command line.
type Config struct {
	Data     string
	ProseNER bool
}

// path joins elements under the data directory.
func (c Config) path(elem ...string) string {
	return strings.Join(append([]string{strings.TrimRight(c.Data, "/")}, elem...), "/")
}

type section struct {
	name string
	run  func(Config, *Report) error
}

var sections = []section{
	{"tokenize", runTokenize},
	{"stem", runStem},
	{"sentiment", runSentiment},
	{"ner", runNER},
	{"speed", runSpeed},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg Config
	fs.StringVar(&cfg.Data, "data", "../../shared/data", "directory of the shared data sets")
	only := fs.String("only", "", "comma-separated sections to run: tokenize,stem,sentiment,ner,speed (default all)")
	floorsPath := fs.String("floors", "floors.txt", "floors file: \"metric minimum\" or \"metric <= maximum\" per line")
	out := fs.String("out", "", "also write the Markdown report to this file")
	fs.BoolVar(&cfg.ProseNER, "prose-ner", true, "train and score prose/v2's NER on the IDNER train split (slow)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	want := map[string]bool{}
	for _, s := range strings.Split(*only, ",") {
		if s = strings.TrimSpace(s); s != "" {
			want[s] = true
		}
	}
	for name := range want {
		found := false
		for _, s := range sections {
			found = found || s.name == name
		}
		if !found {
			fmt.Fprintf(stderr, "eval: unknown section %q\n", name)
			return 2
		}
	}
	floors, err := ReadFloors(*floorsPath)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 2
	}

	rep := &Report{}
	begin := time.Now()
	failed := false
	for _, s := range sections {
		if len(want) > 0 && !want[s.name] {
			continue
		}
		t0 := time.Now()
		if err := s.run(cfg, rep); err != nil {
			fmt.Fprintf(stderr, "eval: %s: %v\n", s.name, err)
			rep.Note("section %s failed: %v", s.name, err)
			failed = true
		}
		fmt.Fprintf(stderr, "eval: %s done in %s\n", s.name, time.Since(t0).Round(time.Millisecond))
	}

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "## Evaluation\n\n")
	fmt.Fprintf(&buf, "`cd eval && go run . -data %s` (%s, %s/%s, GOMAXPROCS %d; speed on one goroutine)\n\n",
		cfg.Data, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	rep.Write(&buf)

	checks, nfail := floors.Check(rep.Metrics)
	ft := &Table{Title: "Floors", Header: []string{"metric", "value", "floor", "status"}}
	for _, c := range checks {
		switch {
		case !c.Measured:
			ft.AddRow(c.Name, "", c.Floor.String(), "not measured")
		case c.OK:
			ft.AddRow(c.Name, fmt.Sprintf("%.4g", c.Value), c.Floor.String(), "ok")
		default:
			ft.AddRow(c.Name, fmt.Sprintf("%.4g", c.Value), c.Floor.String(), "**BELOW FLOOR**")
		}
	}
	ft.Write(&buf)
	fmt.Fprintf(&buf, "Total run time: %s.\n\n", time.Since(begin).Round(time.Second))

	stdout.Write(buf.Bytes())
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 2
		}
	}
	if nfail > 0 {
		fmt.Fprintf(stderr, "eval: %d figure(s) below their floor\n", nfail)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// timeIt runs f once to warm up, then until at least minDur of wall time has passed (at least
// once), and returns the mean time of a call after the warm-up. Where the platform allows
// (Linux), calls are timed by the CPU time of the process, garbage collection on other threads
// included, so that other processes on a shared machine do not inflate it and code that
// allocates pays for its collections; elsewhere by wall time. The eval runs one measurement at a
// time, so the process's CPU time is the measured code's.
func timeIt(minDur time.Duration, f func()) time.Duration {
	f()
	runtime.GC() // no collection of earlier garbage is charged to the timed calls
	clock, done := cpuClock()
	defer done()
	if clock == nil {
		start := time.Now()
		clock = func() time.Duration { return time.Since(start) }
	}
	start := time.Now()
	t0 := clock()
	for n := 1; ; n++ {
		f()
		if time.Since(start) >= minDur {
			return max((clock()-t0)/time.Duration(n), time.Nanosecond)
		}
	}
}

// stopwatch measures wall time and process CPU time. Training times are reported as both; the
// CPU time does not grow when other processes share the machine, so floors use it.
type stopwatch struct {
	wall time.Time
	cpu  time.Duration
}

func startWatch() stopwatch { return stopwatch{wall: time.Now(), cpu: cpuTime()} }

// stop returns the wall and CPU time since the watch started.
func (s stopwatch) stop() (wall, cpu time.Duration) {
	return time.Since(s.wall), cpuTime() - s.cpu
}

func fmtTimes(wall, cpu time.Duration) string {
	return fmt.Sprintf("%.1f s (CPU %.1f s)", wall.Seconds(), cpu.Seconds())
}
