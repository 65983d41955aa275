package tokenize

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed data/abbreviations.txt
var abbreviationsTxt string

// Abbreviation classes.
const (
	abbrNone   uint8 = iota
	abbrFinal        // may end a sentence (dll., Tbk., S.H.)
	abbrTitle        // stands before a name or number, never ends a sentence (dr., Jl., No.)
	abbrSymbol       // as abbrTitle, and the token is a currency symbol (Rp.)
)

// maxAbbrevLen bounds the entries, so that lookups copy into a stack buffer.
const maxAbbrevLen = 32

// ErrAbbreviation is returned for a malformed abbreviation list.
var ErrAbbreviation = errors.New("tokenize: bad abbreviation list")

// Abbreviations is an immutable set of abbreviations written with a final full
// stop ("dll.", "Jl.", "S.H."). It is safe for concurrent use.
type Abbreviations struct {
	m map[string]uint8
}

var (
	defaultAbbrevOnce sync.Once
	defaultAbbrev     *Abbreviations
)

// DefaultAbbreviations returns the embedded Indonesian abbreviation list,
// parsed once on first use.
func DefaultAbbreviations() *Abbreviations {
	defaultAbbrevOnce.Do(func() {
		a, err := ParseAbbreviations(strings.NewReader(abbreviationsTxt))
		if err != nil {
			// The embedded list is tested; fall back to an empty set rather than panic.
			a = &Abbreviations{m: map[string]uint8{}}
		}
		defaultAbbrev = a
	})
	return defaultAbbrev
}

// ParseAbbreviations reads an abbreviation list: one abbreviation per line with
// its final full stop, optionally followed by white space and a class ("title"
// for words that stand before a name or number and never end a sentence,
// "symbol" for currency symbols); '#' starts a comment line.
func ParseAbbreviations(r io.Reader) (*Abbreviations, error) {
	a := &Abbreviations{m: make(map[string]uint8)}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Fields(s)
		if len(f) > 2 || len(f[0]) < 2 || len(f[0]) > maxAbbrevLen || !strings.HasSuffix(f[0], ".") ||
			strings.IndexFunc(f[0], func(r rune) bool { return r == ' ' }) >= 0 {
			return nil, fmt.Errorf("%w: line %d: %q", ErrAbbreviation, line, s)
		}
		class := abbrFinal
		if len(f) == 2 {
			switch f[1] {
			case "title":
				class = abbrTitle
			case "symbol":
				class = abbrSymbol
			default:
				return nil, fmt.Errorf("%w: line %d: unknown class %q", ErrAbbreviation, line, f[1])
			}
		}
		a.add(f[0], class)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

func (a *Abbreviations) add(w string, class uint8) {
	a.m[w] = class
	if up := strings.ToUpper(w); up != w {
		if _, ok := a.m[up]; !ok {
			a.m[up] = class
		}
	}
	if w[0] >= 'a' && w[0] <= 'z' {
		c := string(w[0]-'a'+'A') + w[1:]
		if _, ok := a.m[c]; !ok {
			a.m[c] = class
		}
	}
}

// Contains reports whether w (with its final full stop) is in the set.
func (a *Abbreviations) Contains(w string) bool { return lookupAbbrev(a, w) != abbrNone }

// Len returns the number of forms in the set (with their capitalised variants).
func (a *Abbreviations) Len() int {
	if a == nil {
		return 0
	}
	return len(a.m)
}

// lookupAbbrev returns the class of x, or abbrNone; it does not allocate.
func lookupAbbrev[T bytesOrString](a *Abbreviations, x T) uint8 {
	if a == nil || len(x) < 2 || len(x) > maxAbbrevLen {
		return abbrNone
	}
	var buf [maxAbbrevLen]byte
	n := copy(buf[:], x)
	return a.m[string(buf[:n])]
}
