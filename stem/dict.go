package stem

import (
	"bufio"
	_ "embed"
	"errors"
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
	"ber": pBer, "di": pDi, "ke": pKe, "me": pMe, "pe": pPe, "per": pPer, "se": pSe, "ter": pTer,
	"kan": sKan, "an": sAn, "i": sI,
}

// parseExtra reads extra_roots.txt: a root and the names of the affixes it
// takes, '#' comments.
func parseExtra(data string, d *dict) {
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		var b uint32
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
	case sKan:
		return sufKan
	case sAn:
		return sufAn
	case sI:
		return sufI
	}
	return sufNone
}

// Class bits of a dictionary word, written by internal/gendict from the
// hunspell affix flags. Keep in step with internal/gendict/main.go.
const (
	pBer uint32 = 1 << iota
	pDi
	pKe
	pMe
	pPe
	pPer
	pSe
	pTer
	pKu
	sAn
	sI
	sKan
	cMeKan
	cMeI
	cDiKan
	cDiI
	cPeAn
	cPerAn
	cKeAn
	cBerAn
	cBerKan
	cTerKan
	cTerI
	cPerKan
	cPerI
	fClitic  // takes -lah, -kah, -nya, -ku or -mu by its flags
	fBound   // NEEDAFFIX: a stem that never stands alone (besitua)
	fProper  // capitalised headword: proper noun or abbreviation
	fRedup   // reduplicated headword (anak-anak, kupu-kupu)
	fDerived // prefixed lemma: a headword hunspell also derives from another (belajar, mengerti)

	prefixBits = pBer | pDi | pKe | pMe | pPe | pPer | pSe | pTer | pKu
	suffixBits = sAn | sI | sKan
)

// ErrEmptyDictionary is returned by New when a dictionary holds no word.
var ErrEmptyDictionary = errors.New("stem: empty dictionary")

// dict is an immutable root dictionary.
type dict struct {
	index map[string]int32
	words []string
	bits  []uint32
}

func (d *dict) lookup(w string) (int32, bool) {
	i, ok := d.index[w]
	return i, ok
}

// add inserts or merges w with class bits b.
func (d *dict) add(w string, b uint32) {
	if i, ok := d.index[w]; ok {
		d.bits[i] |= b
		return
	}
	d.index[w] = int32(len(d.words))
	d.words = append(d.words, w)
	d.bits = append(d.bits, b)
}

// parseRoots reads the embedded format: one word a line, optionally a tab
// and hexadecimal class bits; '#' starts a comment line. Words are slices
// of data, which is never copied.
func parseRoots(data string, d *dict) {
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		w, hex, _ := strings.Cut(line, "\t")
		var b uint32
		if hex != "" {
			if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
				b = uint32(v)
			}
		}
		d.add(w, b)
	}
}

func newDict(n int) *dict {
	return &dict{index: make(map[string]int32, n), words: make([]string, 0, n), bits: make([]uint32, 0, n)}
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
			if v, err := strconv.ParseUint(strings.TrimSpace(line[i+1:]), 16, 32); err == nil {
				b = uint32(v)
			}
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
			b = fProper
		}
		d.add(lw, b)
	}
	return sc.Err()
}
