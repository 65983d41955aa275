package normalize

import (
	"bufio"
	_ "embed" // slang.txt and words.txt
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed slang.txt
var slangData string

//go:embed words.txt
var wordsData string

// Sentinel errors. Errors returned by New wrap one of them.
var (
	// ErrSyntax reports a malformed line in a slang list.
	ErrSyntax = errors.New("normalize: malformed slang line")
	// ErrCycle reports slang entries that map back to themselves through a chain (a -> b -> a).
	ErrCycle = errors.New("normalize: slang map has a cycle")
)

// Normalizer maps a token to its normal form: Unicode NFKC, lower case, elongation undone and
// colloquial forms mapped to standard Indonesian. A Normalizer is immutable once built and is safe
// for concurrent use by multiple goroutines.
//
// The zero value is usable: it applies NFKC, lower case and elongation, with no slang map.
type Normalizer struct {
	slang   map[string]string // folded colloquial form -> standard form, no chains
	known   map[string]string // words that undoing elongation may restore (and slang keys), w -> w
	noElong bool
}

// Option configures a Normalizer built by New.
type Option func(*config)

type config struct {
	slang     []map[string]string
	readers   []io.Reader
	noDefault bool
	noElong   bool
}

// WithSlang adds colloquial -> standard mappings on top of the defaults; its entries override the
// embedded ones. Keys and values are folded (NFKC, lower case). An entry that maps a word to itself
// removes that word from the map, so a caller can switch a default entry off. Chains are resolved
// (a -> b, b -> c gives a -> c); a cycle makes New fail with ErrCycle. The map is copied.
func WithSlang(m map[string]string) Option {
	return func(c *config) { c.slang = append(c.slang, m) }
}

// WithSlangReader reads more mappings, in the format of the embedded list, when New runs: one
// `colloquial<TAB>standard` pair per line, blank lines and lines starting with '#' ignored. They
// are applied in the order the options are given, like WithSlang.
func WithSlangReader(r io.Reader) Option {
	return func(c *config) { c.readers = append(c.readers, r) }
}

// WithoutSlang leaves the embedded slang map out; mappings from WithSlang and WithSlangReader
// still apply.
func WithoutSlang() Option { return func(c *config) { c.noDefault = true } }

// WithoutElongation turns off the undoing of letter repetition ("bangettt" stays "bangettt").
func WithoutElongation() Option { return func(c *config) { c.noElong = true } }

// New returns a Normalizer built from the embedded slang map and the options.
func New(opts ...Option) (*Normalizer, error) {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	base, err := embedded()
	if err != nil {
		return nil, err
	}
	n := &Normalizer{noElong: c.noElong}
	if c.noDefault {
		n.slang, n.known = map[string]string{}, map[string]string{}
		addWords(n.known, wordsData)
	} else if len(c.slang) == 0 && len(c.readers) == 0 {
		n.slang, n.known = base.slang, base.known // shared, read-only
		return n, nil
	} else {
		n.slang = make(map[string]string, len(base.slang)+16)
		for k, v := range base.slang {
			n.slang[k] = v
		}
		n.known = make(map[string]string, len(base.known)+16)
		for k := range base.known {
			n.known[k] = k
		}
	}
	for _, m := range c.slang {
		for k, v := range m {
			add(n.slang, k, v)
		}
	}
	for _, r := range c.readers {
		if err := parse(r, n.slang); err != nil {
			return nil, err
		}
	}
	if err := resolve(n.slang); err != nil {
		return nil, err
	}
	addKnown(n.known, n.slang)
	return n, nil
}

// tables holds the parsed embedded data, built once.
type tables struct {
	slang map[string]string
	known map[string]string
}

var (
	embeddedOnce sync.Once
	embeddedTab  tables
	embeddedErr  error

	defaultOnce sync.Once
	defaultN    *Normalizer
)

func embedded() (tables, error) {
	embeddedOnce.Do(func() {
		m := make(map[string]string, 1500)
		if err := parse(strings.NewReader(slangData), m); err != nil {
			embeddedErr = err
			return
		}
		if err := resolve(m); err != nil {
			embeddedErr = err
			return
		}
		known := make(map[string]string, 4000)
		addWords(known, wordsData)
		addKnown(known, m)
		embeddedTab = tables{slang: m, known: known}
	})
	return embeddedTab, embeddedErr
}

// Default returns the shared Normalizer with the embedded slang map. The data is parsed on first
// use. Default never returns nil.
func Default() *Normalizer {
	defaultOnce.Do(func() {
		n, err := New()
		if err != nil { // the embedded data is checked by the tests; degrade rather than panic
			n = &Normalizer{}
		}
		defaultN = n
	})
	return defaultN
}

// Token is Default().Token.
func Token(s string) string { return Default().Token(s) }

// Lookup returns the standard form that the slang map gives for s (folded to NFKC lower case
// first), without undoing elongation.
func (n *Normalizer) Lookup(s string) (string, bool) {
	if n == nil {
		return "", false
	}
	v, ok := n.slang[fold(s)]
	return v, ok
}

// Len returns the number of entries in the slang map.
func (n *Normalizer) Len() int {
	if n == nil {
		return 0
	}
	return len(n.slang)
}

// Token returns the normal form of one token: NFKC, lower case, elongation undone, slang mapped.
// The result is a whole replacement for the token and may hold several words ("gpp" -> "tidak
// apa-apa"); offsets stay those of the source token. A token that is already normal is returned
// as it is, without allocating.
func (n *Normalizer) Token(s string) string {
	if n == nil {
		n = &Normalizer{}
	}
	if s == "" {
		return s
	}
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && upper && len(s) <= maxStack {
		return n.upperASCII(s)
	}
	t := s
	if !ascii {
		t = fold(s)
	} else if upper {
		t = strings.ToLower(s)
	}
	return n.finish(t)
}

const maxStack = 64

// upperASCII lowers a short ASCII token on the stack, so that a slang hit costs no allocation.
func (n *Normalizer) upperASCII(s string) string {
	var buf [maxStack]byte
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if v, ok := n.slang[string(b)]; ok {
		return v
	}
	return n.finish(string(b))
}

// finish applies elongation and the slang map to a folded token.
func (n *Normalizer) finish(t string) string {
	if v, ok := n.slang[t]; ok {
		return v
	}
	if n.noElong || !maybeElongated(t) {
		return t
	}
	u := n.unelongate(t)
	if len(u) == len(t) {
		return t
	}
	if v, ok := n.slang[u]; ok {
		return v
	}
	return u
}

// maybeElongated is a quick byte scan: false means t has no run of three identical ASCII
// letters and does not end in a doubled one, so unelongate would leave it as it is.
func maybeElongated(t string) bool {
	var prev byte
	count := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if c == prev {
			count++
			if count >= 3 && 'a' <= c && c <= 'z' {
				return true
			}
			continue
		}
		prev, count = c, 1
	}
	return count == 2 && 'a' <= prev && prev <= 'z'
}

// fold returns NFKC lower case. Lower-casing can undo NFKC and NFKC can yield upper case
// (modifier letters), so the two are repeated until the string is stable.
func fold(s string) string {
	for i := 0; i < 4; i++ {
		t := strings.ToLower(norm.NFKC.String(s))
		if t == s {
			break
		}
		s = t
	}
	return s
}

// lookupKnown returns the stored copy of b when b is a word elongation may restore, so that a
// hit costs no allocation (string(b) in a map index does not allocate).
func (n *Normalizer) lookupKnown(b []byte) (string, bool) {
	w, ok := n.known[string(b)]
	return w, ok
}

// run is the byte span of a run of identical letters (2 or more), with the byte size of one.
type run struct{ start, end, size, count int }

// maxRuns bounds the runs whose forms are searched in all combinations (2^maxRuns lookups).
const maxRuns = 6

// unelongate undoes letter repetition in a folded token. Standard Indonesian has no word with
// three identical letters in a row, so a token holding such a run, or ending in a doubled letter
// ("sampaii"), is elongated. Its runs are then varied, a run of 3+ letters to one or two letters
// and a double to two or one, and the first variant that is a known word (fewest changes from the
// plain reading first) wins: "maaaaf" -> "maaf", "mantaappp" -> "mantap", "bgttt" -> "bgt". When
// no variant is known, a run of 3+ letters becomes one letter, except a run of exactly three
// consonants inside the word, which is read as a typing slip for a double ("ditunjukkkan" ->
// "ditunjukkan", "langgganan" -> "langganan"); doubles stay, so a final double that gives no
// known word is kept ("pass" stays). Only tokens of letters, hyphens and apostrophes are touched;
// tokens of one repeated letter ("ppp", "aaa") and Roman numerals ("iii", "xxx") are left alone.
func (n *Normalizer) unelongate(t string) string {
	var runsBuf [maxRuns]run
	runs := runsBuf[:0]
	long, overflow := false, false
	var prev rune = -1
	runStart, count, roman, distinct := 0, 0, true, 0
	flush := func(end int) {
		if count < 2 || !unicode.IsLetter(prev) {
			return
		}
		if count >= 3 {
			long = true
		}
		if len(runs) == maxRuns {
			overflow = true
			return
		}
		runs = append(runs, run{runStart, end, utf8.RuneLen(prev), count})
	}
	for i, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return t // URL, number, e-mail, mixed token: not elongation
		}
		if !strings.ContainsRune("ivxlcdm", r) {
			roman = false
		}
		if r == prev {
			count++
			continue
		}
		flush(i)
		prev, runStart, count = r, i, 1
		distinct++
	}
	flush(len(t))
	if roman || distinct <= 1 || len(runs) == 0 {
		return t
	}
	trailing := runs[len(runs)-1].end == len(t) && runs[len(runs)-1].count == 2
	if !long && !trailing {
		return t
	}
	if _, ok := n.known[t]; ok {
		return t // e.g. "www", "pass", or a slang key
	}
	if overflow {
		return collapseAll(t)
	}
	var stack [maxStack]byte
	buf := stack[:0]
	k := len(runs)
	for pc := 0; pc <= k; pc++ {
		for mask := 0; mask < 1<<k; mask++ {
			if bits.OnesCount(uint(mask)) != pc {
				continue
			}
			buf = build(buf[:0], t, runs, mask, false)
			if w, ok := n.lookupKnown(buf); ok {
				return w
			}
		}
	}
	if !long {
		return t
	}
	buf = build(buf[:0], t, runs, 0, true)
	return n.fixNFKC(string(buf))
}

// build writes t with its runs in their plain reading (a run of 3+ as one letter, a double as
// two) or, where mask has the run's bit, the other reading (3+ as two, a double as one). With
// slip set, a run of exactly three consonants inside the word reads as two.
func build(buf []byte, t string, runs []run, mask int, slip bool) []byte {
	at := 0
	for i, r := range runs {
		buf = append(buf, t[at:r.start]...)
		keep := 1
		if r.count == 2 {
			keep = 2
		}
		if mask&(1<<i) != 0 {
			keep = 3 - keep
		}
		if slip && r.count == 3 && r.start > 0 && r.end < len(t) && !isVowel(t[r.start]) {
			keep = 2
		}
		buf = append(buf, t[r.start:r.start+keep*r.size]...)
		at = r.end
	}
	return append(buf, t[at:]...)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// collapseAll cuts every run of 3+ identical letters to one letter.
func collapseAll(t string) string {
	var sb strings.Builder
	sb.Grow(len(t))
	rs := []rune(t)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i >= 3 && unicode.IsLetter(rs[i]) {
			sb.WriteRune(rs[i])
		} else {
			for ; i < j; i++ {
				sb.WriteRune(rs[i])
			}
		}
		i = j
	}
	return sb.String()
}

// fixNFKC renormalizes a non-ASCII result of elongation, which can in rare cases leave NFKC.
func (n *Normalizer) fixNFKC(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return fold(s)
		}
	}
	return s
}

// parse reads `colloquial<TAB>standard` lines into m.
func parse(r io.Reader, m map[string]string) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(text, "\t")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" || strings.ContainsRune(v, '\t') {
			return fmt.Errorf("%w: line %d: %q", ErrSyntax, line, text)
		}
		add(m, k, v)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("normalize: reading slang: %w", err)
	}
	return nil
}

// add folds and stores one entry; an identity entry deletes the key.
func add(m map[string]string, k, v string) {
	k, v = fold(strings.TrimSpace(k)), fold(strings.Join(strings.Fields(v), " "))
	if k == "" || v == "" {
		return
	}
	if k == v {
		delete(m, k)
		return
	}
	m[k] = v
}

// resolve replaces chains (a -> b, b -> c) by their end (a -> c).
func resolve(m map[string]string) error {
	for k, v := range m {
		seen := 0
		for {
			next, ok := m[v]
			if !ok {
				break
			}
			if next == k || seen > len(m) {
				return fmt.Errorf("%w: %q", ErrCycle, k)
			}
			v = next
			seen++
		}
		m[k] = v
	}
	return nil
}

// addWords adds the words of a one-per-line list.
func addWords(known map[string]string, data string) {
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		w := fold(line)
		known[w] = w
	}
}

// addKnown adds the slang keys and the words of the slang values (the standard forms) to the
// words elongation may restore.
func addKnown(known map[string]string, m map[string]string) {
	for k, v := range m {
		known[k] = k
		for _, w := range strings.Fields(v) {
			known[w] = w
		}
	}
}
