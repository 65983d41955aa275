package stem

import (
	"bufio"
	_ "embed"
	"errors"
	"github.com/telaah/telaah/internal/rootclass"
	"io"
	"strconv"
	"strings"
)

//go:generate go run ../internal/gendict -dic /usr/share/hunspell/id_ID.dic -aff /usr/share/hunspell/id_ID.aff -o roots.txt

//go:embed roots.txt
var embeddedRoots string

//go:embed extra_roots.txt
var extraRoots string

var affixNames = map[string]uint32{
	"ber": rootclass.PBer, "di": rootclass.PDi, "ke": rootclass.PKe, "me": rootclass.PMe, "pe": rootclass.PPe, "per": rootclass.PPer, "se": rootclass.PSe, "ter": rootclass.PTer,
	"kan": rootclass.SKan, "an": rootclass.SAn, "i": rootclass.SI,
}

// parseExtra reads extra_roots.txt: a root and the names of the affixes it
// takes, '#' comments. The marker "bound" instead flags a headword as a
// stem that needs an affix (hunspell lists it as a free word, but it is
// none); the marker "affixed" drops a headword that is an affixed form of
// another root (berlaku: ber- + laku), so that it and its derivatives stem
// to that root.
func parseExtra(data string, d *dict) {
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) == 2 && f[1] == "bound" {
			d.add(f[0], rootclass.FBound|prefixedBits(d, f[0]))
			continue
		}
		if len(f) == 2 && f[1] == "affixed" {
			d.remove(f[0])
			continue
		}
		b := rootclass.FPreferred
		for _, n := range f[1:] {
			b |= affixNames[n]
		}
		for _, p := range f[1:] {
			for _, s := range f[1:] {
				if pb, ok := affixNames[p]; ok && pb&prefixBits != 0 {
					if sb := affixNames[s]; sb&suffixBits != 0 {
						b |= comboBit(famOf(pb), sufOf(sb))
					}
				}
			}
		}
		d.add(f[0], b)
	}
}

// prefixedBits is rootclass.FDerived when w is a prefix plus a dictionary word
// (keliar: ke- + liar), as internal/gendict marks hunspell's bound stems.
func prefixedBits(d *dict, w string) uint32 {
	for _, p := range [...]string{"ke", "ber", "be", "per", "pe", "ter", "te", "se", "me", "di"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 {
			if _, ok := d.lookup(rest); ok {
				return rootclass.FDerived
			}
		}
	}
	return 0
}

func famOf(b uint32) uint8 {
	for i := uint8(0); i < 9; i++ {
		if b == 1<<i {
			return i
		}
	}
	return 0
}

func sufOf(b uint32) uint8 {
	switch b {
	case rootclass.SKan:
		return sufKan
	case rootclass.SAn:
		return sufAn
	case rootclass.SI:
		return sufI
	}
	return sufNone
}

// Groups of the class bits of internal/rootclass.
const (
	affixClassBits = rootclass.FClitic - 1 // every P*, S* and C* bit

	prefixBits = rootclass.PBer | rootclass.PDi | rootclass.PKe | rootclass.PMe | rootclass.PPe | rootclass.PPer | rootclass.PSe | rootclass.PTer | rootclass.PKu
	suffixBits = rootclass.SAn | rootclass.SI | rootclass.SKan
)

// ErrEmptyDictionary is returned by New when a dictionary holds no word.
var ErrEmptyDictionary = errors.New("stem: empty dictionary")

// dict is an immutable root dictionary: an open-addressing hash table of
// indexes into words, built without Go maps so that loading is fast and
// lookups of byte slices do not allocate.
type dict struct {
	words []string
	bits  []uint32
	table []int32 // -1 for empty
	mask  uint64
}

// fnv hashes s with FNV-1a.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func fnvBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func newDict(n int) *dict {
	d := &dict{words: make([]string, 0, n), bits: make([]uint32, 0, n)}
	d.resize(n)
	return d
}

func (d *dict) resize(n int) {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	d.table = make([]int32, size)
	for i := range d.table {
		d.table[i] = -1
	}
	d.mask = uint64(size - 1)
	for i, w := range d.words {
		d.place(fnv(w), int32(i))
	}
}

func (d *dict) place(h uint64, idx int32) {
	i := h & d.mask
	for d.table[i] >= 0 {
		i = (i + 1) & d.mask
	}
	d.table[i] = idx
}

// find looks w up given its hash h.
func (d *dict) find(w string, h uint64) (int32, bool) {
	if len(d.table) == 0 {
		return 0, false
	}
	i := h & d.mask
	for {
		j := d.table[i]
		if j < 0 {
			return 0, false
		}
		if d.words[j] == w {
			return j, true
		}
		i = (i + 1) & d.mask
	}
}

func (d *dict) lookup(w string) (int32, bool) { return d.find(w, fnv(w)) }

// lookupBytes looks b up without allocating.
func (d *dict) lookupBytes(b []byte) (int32, bool) {
	if len(d.table) == 0 {
		return 0, false
	}
	i := fnvBytes(b) & d.mask
	for {
		j := d.table[i]
		if j < 0 {
			return 0, false
		}
		if d.words[j] == string(b) {
			return j, true
		}
		i = (i + 1) & d.mask
	}
}

// add inserts or merges w with class bits b.
func (d *dict) add(w string, b uint32) {
	h := fnv(w)
	if i, ok := d.find(w, h); ok {
		d.bits[i] |= b
		return
	}
	if 2*(len(d.words)+1) > len(d.table) {
		d.resize(2*len(d.words) + 2)
	}
	d.words = append(d.words, w)
	d.bits = append(d.bits, b)
	d.place(h, int32(len(d.words)-1))
}

// tombstone replaces a removed word in words. It holds a NUL byte, which
// no word that reaches a lookup of the stemmer holds, and it keeps the
// probe chains of the open-addressing table intact.
const tombstone = "\x00"

// remove drops w from the dictionary.
func (d *dict) remove(w string) {
	if i, ok := d.lookup(w); ok {
		d.words[i], d.bits[i] = tombstone, 0
	}
}

// clone returns a copy that can take more words.
func (d *dict) clone() *dict {
	c := &dict{words: append([]string(nil), d.words...), bits: append([]uint32(nil), d.bits...),
		table: append([]int32(nil), d.table...), mask: d.mask}
	return c
}

// parseHex parses lower-case hexadecimal digits; bad input gives 0.
func parseHex(s string) uint32 {
	var v uint32
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | uint32(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | uint32(c-'a'+10)
		default:
			return 0
		}
	}
	return v
}

// parseRoots reads the embedded format: one word a line, optionally a tab
// and hexadecimal class bits; '#' starts a comment line. Words are slices
// of data, which is never copied. The generator writes each word once, so
// words are placed without a duplicate check, in one pass that also
// hashes them.
func parseRoots(data string, d *dict) {
	n := strings.Count(data, "\n") + 1
	if 2*(len(d.words)+n) > len(d.table) {
		d.resize(len(d.words) + n)
	}
	for i := 0; i < len(data); {
		if data[i] == '#' || data[i] == '\n' {
			j := strings.IndexByte(data[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			continue
		}
		h := uint64(14695981039346656037)
		j := i
		for j < len(data) && data[j] != '\t' && data[j] != '\n' {
			h ^= uint64(data[j])
			h *= 1099511628211
			j++
		}
		w := data[i:j]
		var b uint32
		if j < len(data) && data[j] == '\t' {
			j++
			for j < len(data) && data[j] != '\n' {
				c := data[j]
				if c <= '9' {
					b = b<<4 | uint32(c-'0')
				} else {
					b = b<<4 | uint32(c-'a'+10)
				}
				j++
			}
		}
		i = j + 1
		d.words = append(d.words, w)
		d.bits = append(d.bits, b)
		d.place(h, int32(len(d.words)-1))
	}
}

// readDictionary reads a user dictionary: a plain word list (one word a
// line, '#' comments), the embedded format (word, tab, hex class bits) or a
// hunspell .dic file (a count on the first line, then word/FLAGS). Hunspell
// flags are dropped, since their meaning lives in the .aff file; capitalised
// words are kept as proper nouns.
func readDictionary(r io.Reader, d *dict) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	first := true
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if first {
			first = false
			if _, err := strconv.Atoi(line); err == nil {
				continue // hunspell word count
			}
		}
		if line == "" || line[0] == '#' {
			continue
		}
		var b uint32
		w := line
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			w = line[:i]
			b = parseHex(strings.TrimSpace(line[i+1:]))
		}
		if i := strings.IndexByte(w, '/'); i >= 0 {
			w = w[:i]
		}
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if lw != w && b == 0 {
			b = rootclass.FProper
		}
		d.add(lw, b)
	}
	return sc.Err()
}
