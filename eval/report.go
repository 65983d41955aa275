package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Table is one Markdown table of the report.
type Table struct {
	Title  string
	Note   string
	Header []string
	Rows   [][]string
	// Left is the number of leading text columns, aligned left (default 1).
	Left int
}

// AddRow appends a row; missing cells are left blank.
func (t *Table) AddRow(cells ...string) { t.Rows = append(t.Rows, cells) }

// Write prints t as a Markdown table.
func (t *Table) Write(w io.Writer) {
	if t.Title != "" {
		fmt.Fprintf(w, "### %s\n\n", t.Title)
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(t.Header, " | "))
	seps := make([]string, len(t.Header))
	for i := range seps {
		seps[i] = "---:"
		if i < max(t.Left, 1) {
			seps[i] = "---"
		}
	}
	fmt.Fprintf(w, "|%s|\n", strings.Join(seps, "|"))
	for _, r := range t.Rows {
		cells := make([]string, len(t.Header))
		copy(cells, r)
		for i, c := range cells {
			if c == "" {
				cells[i] = "–"
			}
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	if t.Note != "" {
		fmt.Fprintf(w, "\n%s\n", t.Note)
	}
	fmt.Fprintln(w)
}

// Metric is one figure that can carry a floor.
type Metric struct {
	Name  string
	Value float64
}

// Report collects the tables and the registered metrics of a run.
type Report struct {
	Tables  []*Table
	Metrics []Metric
	Notes   []string
}

// Table starts a new table in the report.
func (r *Report) Table(title string, header ...string) *Table {
	t := &Table{Title: title, Header: header, Left: 1}
	if len(header) > 1 && header[1] == "metric" {
		t.Left = 2
	}
	r.Tables = append(r.Tables, t)
	return t
}

// Metric registers a figure under name (for the floor check) and returns it.
func (r *Report) Metric(name string, v float64) float64 {
	r.Metrics = append(r.Metrics, Metric{Name: name, Value: v})
	return v
}

// Note adds a line printed under the tables.
func (r *Report) Note(format string, args ...any) {
	r.Notes = append(r.Notes, fmt.Sprintf(format, args...))
}

// Bound is the floor of a metric (its minimum), or with Max its ceiling (for times).
type Bound struct {
	Value float64
	Max   bool
}

func (b Bound) String() string {
	if b.Max {
		return fmt.Sprintf("<= %g", b.Value)
	}
	return fmt.Sprintf("%g", b.Value)
}

// ok reports whether v satisfies b.
func (b Bound) ok(v float64) bool {
	if b.Max {
		return v <= b.Value
	}
	return v >= b.Value
}

// Floors maps metric names to their bounds.
type Floors map[string]Bound

// ReadFloors reads a floors file: "name minimum" or "name <= maximum" per line; '#' starts a
// comment.
func ReadFloors(path string) (Floors, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseFloors(f)
}

func parseFloors(r io.Reader) (Floors, error) {
	fl := Floors{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		var b Bound
		if len(fields) == 3 && fields[1] == "<=" {
			b.Max = true
			fields = []string{fields[0], fields[2]}
		}
		if len(fields) != 2 {
			return nil, fmt.Errorf("floors line %d: want \"name minimum\" or \"name <= maximum\", got %q", n, line)
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, fmt.Errorf("floors line %d: %w", n, err)
		}
		b.Value = v
		fl[fields[0]] = b
	}
	return fl, sc.Err()
}

// FloorCheck is the outcome of comparing one metric with its floor.
type FloorCheck struct {
	Name     string
	Value    float64
	Floor    Bound
	Measured bool
	OK       bool
}

// Check compares every registered metric with its floor. Metrics without a floor are skipped;
// floors whose metric was not measured in this run (section not run, or API not there yet)
// are listed as not measured and do not fail.
func (fl Floors) Check(ms []Metric) (checks []FloorCheck, failed int) {
	seen := map[string]bool{}
	for _, m := range ms {
		floor, ok := fl[m.Name]
		if !ok {
			continue
		}
		seen[m.Name] = true
		c := FloorCheck{Name: m.Name, Value: m.Value, Floor: floor, Measured: true, OK: floor.ok(m.Value)}
		if !c.OK {
			failed++
		}
		checks = append(checks, c)
	}
	var missing []string
	for name := range fl {
		if !seen[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	for _, name := range missing {
		checks = append(checks, FloorCheck{Name: name, Floor: fl[name]})
	}
	return checks, failed
}

// Write prints the whole report as Markdown.
func (r *Report) Write(w io.Writer) {
	for _, t := range r.Tables {
		t.Write(w)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "- %s\n", n)
	}
	if len(r.Notes) > 0 {
		fmt.Fprintln(w)
	}
}

func f3(v float64) string  { return strconv.FormatFloat(v, 'f', 3, 64) }
func pct(v float64) string { return strconv.FormatFloat(100*v, 'f', 1, 64) }
func human(v float64) string {
	switch {
	case v >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 2, 64) + " M"
	case v >= 1e3:
		return strconv.FormatFloat(v/1e3, 'f', 1, 64) + " k"
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}
func mbps(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
