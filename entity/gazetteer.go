package entity

import (
	"embed"
	"math"
	"strings"
	"sync"
)

// The embedded gazetteers: data/<type>_<topic>.txt, one name per line, # starts a comment.
// data/common.txt lists capitalisable common words, data/givennames.txt given names.
//
//go:embed data/*.txt
var dataFS embed.FS

type gazEntry struct {
	typ     Type
	exact   string // the entry as written, for case-sensitive brands (iPhone) and acronyms
	country bool   // a country name (LOC)
	upper   bool   // written in capitals: matches only text in capitals
}

// gazetteer maps folded names to their type.
type gazetteer struct {
	names  map[string]gazEntry
	first  map[string]uint8 // folded first word -> longest entry in words
	maxLen int              // longest entry in bytes
}

func newGazetteer() *gazetteer {
	return &gazetteer{names: map[string]gazEntry{}, first: map[string]uint8{}}
}

func (g *gazetteer) copyFrom(o *gazetteer) {
	for k, v := range o.names {
		g.names[k] = v
	}
	for k, v := range o.first {
		g.first[k] = v
	}
	if o.maxLen > g.maxLen {
		g.maxLen = o.maxLen
	}
}

func (g *gazetteer) addLine(typ Type, line string) {
	if k := strings.IndexByte(line, '#'); k >= 0 {
		line = line[:k]
	}
	g.add(typ, line)
}

// foldKey lower-cases s and collapses white space to single spaces.
func foldKey(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	sp := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 {
			sp = true
			continue
		}
		if sp && b.Len() > 0 {
			b.WriteByte(' ')
		}
		sp = false
		b.WriteString(strings.ToLower(string(r)))
	}
	return b.String()
}

func (g *gazetteer) add(typ Type, name string) {
	k := foldKey(name)
	if k == "" || len(k) > 200 {
		return
	}
	ex := strings.Join(strings.Fields(name), " ")
	g.names[k] = gazEntry{typ: typ, exact: ex, upper: classify(ex) == clsUpper}
	fw := k
	if i := strings.IndexByte(k, ' '); i >= 0 {
		fw = k[:i]
	}
	nw := uint8(min(strings.Count(k, " ")+1, 255))
	if g.first[fw] < nw {
		g.first[fw] = nw
	}
	if len(k) > g.maxLen {
		g.maxLen = len(k)
	}
}

// lookup returns the entry for the text span, folding case. A lower-case span matches only an
// entry written in the same case (so "bank" is not "Bank", but "iPhone" is "iPhone").
func (g *gazetteer) lookup(span string, buf []byte) (gazEntry, bool, []byte) {
	if len(span) > g.maxLen+8 {
		return gazEntry{}, false, buf
	}
	buf = appendFold(buf[:0], span)
	e, ok := g.names[string(buf)]
	if !ok {
		return e, false, buf
	}
	if c := span[0]; c >= 'a' && c <= 'z' || e.upper {
		if collapseEq(span, e.exact) {
			return e, true, buf
		}
		return gazEntry{}, false, buf
	}
	return e, true, buf
}

// collapseEq compares a with b, where runs of white space in a count as one space.
func collapseEq(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == ' ' || a[i] == '\t' || a[i] == '\n' {
			if b[j] != ' ' {
				return false
			}
			for i < len(a) && (a[i] == ' ' || a[i] == '\t' || a[i] == '\n') {
				i++
			}
			j++
			continue
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
	return i == len(a) && j == len(b)
}

// appendFold appends s folded as foldKey does, with an ASCII fast path.
func appendFold(buf []byte, s string) []byte {
	buf, _ = appendFoldMax(buf, s, math.MaxInt)
	return buf
}

// firstWords returns the longest entry length in words for the folded first word w, or 0.
// A word whose folded form is longer than the longest entry is in no entry: it is folded only
// as far as that shows, so that a long word costs no more than a short one.
func (g *gazetteer) firstWords(w string, buf []byte) (int, []byte) {
	if len(w) <= g.maxLen {
		buf = appendFold(buf[:0], w)
		return int(g.first[string(buf)]), buf
	}
	buf, ok := appendFoldMax(buf[:0], w, g.maxLen)
	if !ok {
		return 0, buf
	}
	return int(g.first[string(buf)]), buf
}

// appendFoldMax appends s folded as foldKey does, unless the folded s is longer than max: ok is
// false then. The ASCII part of s folds byte by byte and never shrinks what is already folded;
// from the first non-ASCII byte on, the rest is lower-cased with strings.ToLower, which gives a byte
// or more for each rune, and a rune takes at most four bytes.
func appendFoldMax(buf []byte, s string, max int) (_ []byte, ok bool) {
	n := len(buf)
	sp := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			if len(buf)-n+(len(s)-i+3)/4 > max {
				return buf, false
			}
			return append(buf, strings.ToLower(s[i:])...), true
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			sp = true
			continue
		}
		if sp {
			buf = append(buf, ' ')
			sp = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
		if len(buf)-n > max {
			return buf, false
		}
	}
	return buf, true
}

var (
	builtinOnce sync.Once
	builtin     *gazetteer
	commonWords map[string]bool
	givenNames  map[string]bool
	noNames     map[string]bool
)

func loadBuiltin() {
	builtin = newGazetteer()
	commonWords = map[string]bool{}
	givenNames = map[string]bool{}
	noNames = map[string]bool{}
	files, _ := dataFS.ReadDir("data")
	for _, f := range files {
		name := f.Name()
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			continue
		}
		var add func(string)
		switch {
		case name == "common.txt":
			add = func(s string) { commonWords[strings.ToLower(s)] = true }
		case name == "givennames.txt":
			add = func(s string) { givenNames[strings.ToLower(s)] = true }
		case name == "nonames.txt":
			add = func(s string) { noNames[s] = true }
		case name == "loc_countries.txt":
			add = func(s string) {
				builtin.add(LOC, s)
				k := foldKey(s)
				e := builtin.names[k]
				e.country = true
				builtin.names[k] = e
			}
		default:
			k := strings.IndexByte(name, '_')
			if k < 0 {
				continue
			}
			typ := Type(strings.ToUpper(name[:k]))
			add = func(s string) { builtin.add(typ, s) }
		}
		for _, line := range strings.Split(string(b), "\n") {
			if k := strings.IndexByte(line, '#'); k >= 0 {
				line = line[:k]
			}
			line = strings.TrimSpace(line)
			if line != "" {
				add(line)
			}
		}
	}
}

func builtinGazetteer() *gazetteer {
	builtinOnce.Do(loadBuiltin)
	return builtin
}

func isCommon(lw string) bool {
	builtinOnce.Do(loadBuiltin)
	return commonWords[lw]
}

func isGivenName(lw string) bool {
	builtinOnce.Do(loadBuiltin)
	return givenNames[lw]
}

// isNoName reports whether the token (as written) is never a name on its own.
func isNoName(w string) bool {
	builtinOnce.Do(loadBuiltin)
	return noNames[w]
}
