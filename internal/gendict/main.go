// Command gendict turns Debian's hunspell-id dictionary (id_ID.dic with its
// id_ID.aff) into the compact root list embedded by package stem.
//
// Usage (from stem/, through go generate):
//
//	go run ../internal/gendict -dic /usr/share/hunspell/id_ID.dic -aff /usr/share/hunspell/id_ID.aff -o roots.txt
//
// Each output line is a lower-cased headword, optionally followed by a tab and
// the hexadecimal class bits of package stem (which prefixes and suffixes the
// headword takes according to its hunspell affix flags, and whether it is a
// bound stem, a proper noun, a reduplicated headword or a prefixed lemma).
// The bit values must match those in stem/dict.go.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"github.com/telaah/telaah/internal/rootclass"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// prefixFamily maps a hunspell-id prefix flag to the prefix that attaches
// directly to the root (the innermost one: "memper-" attaches per-).
// Read from the comments of id_ID.aff.
var prefixFamily = map[string]uint32{
	"B0": rootclass.PBer, "B1": rootclass.PBer, "BE": rootclass.PBer, "B3": rootclass.PBer, "KB": rootclass.PBer, "MB": rootclass.PBer, "PB": rootclass.PBer, "SB": rootclass.PBer, "S3": rootclass.PBer, "TB": rootclass.PBer,
	"K0": rootclass.PKe, "K1": rootclass.PKe, "DK": rootclass.PKe, "BK": rootclass.PKe, "B4": rootclass.PKe, "SK": rootclass.PKe, "S4": rootclass.PKe, "TK": rootclass.PKe,
	"D0": rootclass.PDi, "D1": rootclass.PDi,
	"M0": rootclass.PMe, "M1": rootclass.PMe, "MG": rootclass.PMe, "M3": rootclass.PMe, "MM": rootclass.PMe, "M5": rootclass.PMe, "MS": rootclass.PMe, "M7": rootclass.PMe, "KM": rootclass.PMe,
	"P0": rootclass.PPe, "P1": rootclass.PPe, "PE": rootclass.PPe, "P3": rootclass.PPe, "PG": rootclass.PPe, "P4": rootclass.PPe, "PK": rootclass.PPe, "P5": rootclass.PPe, "PN": rootclass.PPe, "P7": rootclass.PPe,
	"PS": rootclass.PPe, "P9": rootclass.PPe, "BP": rootclass.PPe, "B5": rootclass.PPe, "KP": rootclass.PPe, "SP": rootclass.PPe, "S5": rootclass.PPe, "RP": rootclass.PPe, "PM": rootclass.PPe, "P6": rootclass.PPe,
	"R0": rootclass.PPer, "R1": rootclass.PPer, "DR": rootclass.PPer, "D3": rootclass.PPer, "MR": rootclass.PPer, "M6": rootclass.PPer, "MP": rootclass.PPer, "M4": rootclass.PPer, "PR": rootclass.PPer,
	"P8": rootclass.PPer, "SR": rootclass.PPer, "S6": rootclass.PPer, "TR": rootclass.PPer,
	"S0": rootclass.PSe, "S1": rootclass.PSe, "BS": rootclass.PSe, "B6": rootclass.PSe, "DS": rootclass.PSe, "KS": rootclass.PSe, "RS": rootclass.PSe, "R4": rootclass.PSe, "SS": rootclass.PSe, "SQ": rootclass.PSe,
	"T0": rootclass.PTer, "T1": rootclass.PTer, "TE": rootclass.PTer, "T3": rootclass.PTer, "KT": rootclass.PTer, "ST": rootclass.PTer,
	"O0": rootclass.PKu, "O1": rootclass.PKu,
}

// interrogatives take the particles -kah and -tah freely; hunspell lists
// some of the fused forms (apakah, apatah) as headwords.
var interrogatives = map[string]bool{
	"apa": true, "siapa": true, "mana": true, "bagaimana": true, "berapa": true,
	"kapan": true, "mengapa": true, "kenapa": true, "bukan": true, "ada": true,
}

type combo struct{ p, s uint32 }

var combos = map[combo]uint32{
	{rootclass.PMe, rootclass.SKan}: rootclass.CMeKan, {rootclass.PMe, rootclass.SI}: rootclass.CMeI, {rootclass.PDi, rootclass.SKan}: rootclass.CDiKan, {rootclass.PDi, rootclass.SI}: rootclass.CDiI,
	{rootclass.PPe, rootclass.SAn}: rootclass.CPeAn, {rootclass.PPer, rootclass.SAn}: rootclass.CPerAn, {rootclass.PKe, rootclass.SAn}: rootclass.CKeAn, {rootclass.PBer, rootclass.SAn}: rootclass.CBerAn,
	{rootclass.PBer, rootclass.SKan}: rootclass.CBerKan, {rootclass.PTer, rootclass.SKan}: rootclass.CTerKan, {rootclass.PTer, rootclass.SI}: rootclass.CTerI, {rootclass.PPer, rootclass.SKan}: rootclass.CPerKan, {rootclass.PPer, rootclass.SI}: rootclass.CPerI,
}

type rule struct {
	strip, add string
	cont       []string
	cond       *regexp.Regexp
}

type affix struct {
	prefix bool
	cross  bool
	rules  []rule
}

func main() {
	dic := flag.String("dic", "/usr/share/hunspell/id_ID.dic", "hunspell .dic file")
	aff := flag.String("aff", "/usr/share/hunspell/id_ID.aff", "hunspell .aff file")
	out := flag.String("o", "roots.txt", "output file")
	flag.Parse()
	if err := run(*dic, *aff, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run(dicPath, affPath, outPath string) error {
	affs, err := readAff(affPath)
	if err != nil {
		return err
	}
	entries, err := readDic(dicPath)
	if err != nil {
		return err
	}
	bits := make(map[string]uint32, len(entries))
	for _, e := range entries {
		w := strings.ToLower(e.word)
		b := classBits(e.flags, affs)
		if e.word != w {
			b |= rootclass.FProper
		}
		if isRedup(w) {
			b |= rootclass.FRedup
		}
		if old, ok := bits[w]; ok {
			// A common word that is also a proper noun stays common.
			if old&rootclass.FProper == 0 || b&rootclass.FProper == 0 {
				b &^= rootclass.FProper
				old &^= rootclass.FProper
			}
			b |= old
		}
		bits[w] = b
	}
	// Prefixed lemmas: headwords that a prefix rule also derives from another
	// headword (belajar from lajar, mengerti from erti).
	for _, e := range entries {
		root := strings.ToLower(e.word)
		for _, f := range e.flags {
			a, ok := affs[f]
			if !ok || !a.prefix {
				continue
			}
			for _, r := range a.rules {
				if hasFlag(r.cont, "A1") || !strings.HasPrefix(root, r.strip) || !r.cond.MatchString(root) {
					continue
				}
				form := r.add + root[len(r.strip):]
				if form != root {
					if b, ok := bits[form]; ok {
						bits[form] = b | rootclass.FDerived
					}
				}
			}
		}
	}
	// Bound stems that are a prefix plus another headword (ketahu, permalu,
	// ketidur) are prefixed lemmas too: the stemmer goes on to the free root.
	for w, b := range bits {
		if b&rootclass.FBound == 0 {
			continue
		}
		for _, p := range []string{"ke", "ber", "be", "per", "pe", "ter", "te", "se", "me", "di"} {
			if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 {
				if _, ok := bits[rest]; ok {
					bits[w] = b | rootclass.FDerived
					break
				}
			}
		}
	}
	// Interrogatives with a fused particle (apakah, siapakah) are the word
	// plus -kah or -tah: drop them so that the particle is removed.
	for w := range bits {
		for _, p := range []string{"kah", "tah"} {
			if base, ok := strings.CutSuffix(w, p); ok && interrogatives[base] {
				delete(bits, w)
			}
		}
	}
	words := make([]string, 0, len(bits))
	for w := range bits {
		words = append(words, w)
	}
	sort.Strings(words)
	var buf bytes.Buffer
	buf.WriteString("# Code generated by go run ../internal/gendict; DO NOT EDIT.\n")
	buf.WriteString("# Source: id_ID.dic and id_ID.aff of Debian's hunspell-id (Copyright (C) 2017 Ali Ahmadi), LGPL-3;\n")
	buf.WriteString("# see LICENSE.hunspell-id. One lower-cased headword per line, then optionally a tab and its\n")
	buf.WriteString("# class bits in hex (affixes it takes by its hunspell flags; see dict.go).\n")
	for _, w := range words {
		buf.WriteString(w)
		if b := bits[w]; b != 0 {
			buf.WriteByte('\t')
			buf.WriteString(strconv.FormatUint(uint64(b), 16))
		}
		buf.WriteByte('\n')
	}
	return os.WriteFile(outPath, buf.Bytes(), 0o644)
}

func hasFlag(fs []string, f string) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// isRedup reports full (anak-anak) and partial (pertama-tama) reduplication.
func isRedup(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	l, r := w[:i], w[i+1:]
	return l == r || len(r) >= 3 && strings.HasSuffix(l, r)
}

// classBits derives the class bits of a headword from its affix flags.
func classBits(flags []string, affs map[string]*affix) uint32 {
	var b uint32
	var plainP, plainS []uint32
	for _, f := range flags {
		switch f {
		case "A2":
			b |= rootclass.FBound
			continue
		}
		a, ok := affs[f]
		if !ok {
			continue
		}
		if a.prefix {
			p := prefixFamily[f]
			b |= p
			if p != 0 && a.cross && !ruleHas(a, "A1") {
				plainP = append(plainP, p)
			}
			continue
		}
		for _, r := range a.rules {
			if isClitic(r.add) {
				b |= rootclass.FClitic
			}
			s := suffixFamily(r.add)
			b |= s
			circ := false
			for _, c := range r.cont {
				if p, ok := prefixFamily[c]; ok {
					if ca, ok := affs[c]; ok && ca.prefix {
						circ = true
						b |= p | combos[combo{p, s}]
					}
				}
			}
			if !circ && s != 0 && a.cross {
				plainS = append(plainS, s)
			}
		}
	}
	for _, p := range plainP {
		for _, s := range plainS {
			b |= combos[combo{p, s}]
		}
	}
	return b
}

func ruleHas(a *affix, f string) bool {
	for _, r := range a.rules {
		if hasFlag(r.cont, f) {
			return true
		}
	}
	return false
}

func isClitic(add string) bool {
	add = strings.ToLower(strings.TrimLeft(add, "-"))
	for _, c := range []string{"lah", "kah", "nya", "ku", "mu"} {
		if strings.HasSuffix(add, c) {
			return true
		}
	}
	return false
}

func suffixFamily(add string) uint32 {
	add = strings.ToLower(strings.TrimLeft(add, "-"))
	switch {
	case strings.HasPrefix(add, "kan"):
		return rootclass.SKan
	case strings.HasPrefix(add, "an"):
		return rootclass.SAn
	case add == "i" || add == "ilah" || add == "ikah":
		return rootclass.SI
	}
	return 0
}

type entry struct {
	word  string
	flags []string
}

var glued = regexp.MustCompile(`^([a-z][a-z-]*[a-z])([A-Z][0-9A-Za-z])$`)

func readDic(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var out []entry
	first := true
	for sc.Scan() {
		line := strings.TrimSpace(latin1(sc.Bytes()))
		if first {
			first = false
			if _, err := strconv.Atoi(line); err == nil {
				continue
			}
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, fl, _ := strings.Cut(line, "/")
		word = strings.TrimSpace(word)
		if fl == "" {
			// A few entries lost their slash: "bersutM0".
			if m := glued.FindStringSubmatch(word); m != nil {
				word, fl = m[1], m[2]
			}
		}
		if i := strings.IndexAny(fl, " \t"); i >= 0 {
			fl = fl[:i]
		}
		if strings.HasSuffix(word, "K") && strings.ToLower(word[:1]) == word[:1] {
			word = strings.ToLower(word) // "cerowoK"
		}
		if word == "" || word[0] == '-' || word[len(word)-1] == '-' || strings.ContainsAny(word, " .0123456789") {
			continue
		}
		var flags []string
		for i := 0; i+1 < len(fl); i += 2 {
			flags = append(flags, fl[i:i+2])
		}
		out = append(out, entry{word, flags})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("empty dictionary")
	}
	return out, nil
}

func latin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func readAff(path string) (map[string]*affix, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	affs := map[string]*affix{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		if len(fs) < 4 || (fs[0] != "PFX" && fs[0] != "SFX") {
			continue
		}
		a, ok := affs[fs[1]]
		if !ok {
			if fs[2] != "Y" && fs[2] != "N" {
				continue
			}
			affs[fs[1]] = &affix{prefix: fs[0] == "PFX", cross: fs[2] == "Y"}
			continue
		}
		strip := fs[2]
		if strip == "0" {
			strip = ""
		}
		add, cont, _ := strings.Cut(fs[3], "/")
		if add == "0" {
			add = ""
		}
		cond := "."
		if len(fs) > 4 {
			cond = fs[4]
		}
		re, err := condRegexp(cond, a.prefix)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, line, err)
		}
		var cf []string
		for i := 0; i+1 < len(cont); i += 2 {
			cf = append(cf, cont[i:i+2])
		}
		a.rules = append(a.rules, rule{strip: strip, add: strings.ToLower(add), cont: cf, cond: re})
	}
	if len(affs) == 0 {
		return nil, errors.New("no affixes in " + path)
	}
	return affs, sc.Err()
}

// condRegexp turns a hunspell condition into an anchored regexp. id_ID.aff
// writes negated classes as [^k^m^p]; the inner carets are dropped.
func condRegexp(cond string, prefix bool) (*regexp.Regexp, error) {
	var sb strings.Builder
	in := false
	for i, c := range cond {
		switch {
		case c == '[':
			in = true
		case c == ']':
			in = false
		case c == '^' && in && i > 0 && cond[i-1] != '[':
			continue
		}
		sb.WriteRune(c)
	}
	if prefix {
		return regexp.Compile("^" + sb.String())
	}
	return regexp.Compile(sb.String() + "$")
}
