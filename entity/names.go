package entity

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/tokenize"
)

// Token classes.
const (
	clsOther uint8 = iota
	clsLower
	clsCap   // Jakarta, TikTok, A
	clsUpper // BPOM, PDI-P
	clsMixed // iPhone, eBay, al-Baghdadi
	clsNum
	clsPunct
)

// wtok is a token of a document with what the rules ask of it. The fields are laid out so that
// it takes 40 bytes: the token arrays of short documents stay within a few cache lines.
type wtok struct {
	s, e  int
	lex   uint64 // the lexicon's lists of the folded token without a trailing dot
	sent  int32  // sentence number
	cls   uint8
	kind  tokenize.Kind
	init  bool // first word of a sentence (or after a colon, dash or line break)
	head  bool // in a title-case line (headline)
	pat   bool // covered by a pattern mention
	nl    bool // a line break lies between the previous token and this one
	gap   bool // white space lies between the previous token and this one
	inQ   bool // inside quotation marks
	upper bool // starts with an upper-case letter
}

type doc struct {
	r     *Recognizer
	text  string
	toks  []wtok
	pats  []mention
	ments []mention // the mentions of ExtractTokens, kept for the next document
	segs  []segment // the segments of ruleSegments, kept for the next document
	nsent int
	buf   []byte
	// per document evidence, built on first need
	evBuilt bool
	lowSeen map[string]bool           // words seen in lower case
	capMid  map[string]bool           // words seen capitalised not at the start of a sentence
	evBits  [26 * 26 * 32 / 64]uint64 // see evidence; release keeps it
	// the buffers of the tables of consistency, empty between calls
	bestBuf [2][]bestEntry
	// the stretch without white space [fwFrom, fwEnd) of the last firstWord, and the end of
	// its text without trailing punctuation (-1: not known yet)
	fwFrom, fwEnd, fwTrim int
}

func classify(s string) uint8 {
	letters, uppers, digits := 0, 0, 0
	firstUpper, firstLetter := false, true
	// ASCII fast path; a non-ASCII byte sends the token to the rune loop
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			firstLetter = false
			letters++
		case c >= 'A' && c <= 'Z':
			if firstLetter {
				firstUpper = true
				firstLetter = false
			}
			letters++
			uppers++
		case c >= '0' && c <= '9':
			digits++
		case c >= 0x80:
			ascii = false
		}
		if !ascii {
			break
		}
	}
	if ascii {
		return shapeClass(letters, uppers, digits, firstUpper)
	}
	letters, uppers, digits = 0, 0, 0
	firstUpper, firstLetter = false, true
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z'):
			if firstLetter {
				firstLetter = false
			}
			letters++
		case r < 0x80 && (r >= 'A' && r <= 'Z'):
			if firstLetter {
				firstUpper = true
				firstLetter = false
			}
			letters++
			uppers++
		case r >= '0' && r <= '9':
			digits++
		case r >= 0x80 && unicode.IsLetter(r):
			if firstLetter {
				firstUpper = unicode.IsUpper(r)
				firstLetter = false
			}
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	return shapeClass(letters, uppers, digits, firstUpper)
}

// shapeClass returns the class of a token from its counts of letters, capitals and digits.
func shapeClass(letters, uppers, digits int, firstUpper bool) uint8 {
	switch {
	case letters == 0 && digits > 0:
		return clsNum
	case letters == 0:
		return clsPunct
	case uppers == 0:
		return clsLower
	case uppers == letters && letters >= 2:
		return clsUpper
	case firstUpper:
		return clsCap
	default:
		return clsMixed
	}
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "«", "»", "„":
		return true
	}
	return false
}

// newDoc builds the document of text from its tokens and sentences: one pass reads each token
// (lexTokens), a second follows the sentences, quotations and lines and marks the headlines
// (markSentences), then the patterns are marked. Short passes keep the live state of each loop
// small.
func newDoc(r *Recognizer, text string, toks []tokenize.Token, sents []tokenize.Sentence, words []Word) *doc {
	d, _ := docPool.Get().(*doc)
	if d == nil {
		d = &doc{}
	}
	d.r, d.text = r, text
	d.toks = d.lexTokens(toks, words)
	d.markSentences(sents) // and the headlines
	// patterns are always found: even when they are not returned, their tokens are not names
	d.pats = scanPatterns(text, d.pats[:0])
	d.markPatterns()
	return d
}

// lexTokens returns the valid tokens of toks (ordered, inside the text, not empty) with their
// class, lists and the space before them, in d.toks's array when it is large enough. A first
// loop copies the tokens, a second looks them up: the second carries little live state across
// its call (Go keeps no register across a call), the first makes none in the common case.
//
// words is nil or the Words of toks (ExtractWords): the known ones are not looked up again.
func (d *doc) lexTokens(toks []tokenize.Token, words []Word) []wtok {
	text := d.text
	out := d.toks[:0]
	if cap(out) < len(toks) {
		out = make([]wtok, 0, len(toks))
	}
	out = out[:len(toks)] // every token is written before it is read
	n := 0
	last := 0
	for k := range toks {
		t := &toks[k]
		if t.Start < last || t.End > len(text) || t.Start >= t.End {
			continue
		}
		w := &out[n]
		*w = wtok{s: t.Start, e: t.End, kind: t.Kind}
		if t.Start > last {
			w.gap = true
			// most tokens follow one space: a call to hasNewline for it costs more than the test
			if t.Start-last == 1 {
				w.nl = text[last] == '\n'
			} else {
				w.nl = hasNewline(text[last:t.Start])
			}
		}
		n++
		last = t.End
	}
	out = out[:n]
	r := d.r
	if n == len(words) && r.id != 0 { // no token was dropped: words[i] is the Word of out[i]
		for i := range out {
			w := &out[i]
			if wd := &words[i]; wd.rid == r.id {
				w.cls, w.lex = wd.cls, wd.lists
				continue
			}
			w.cls, w.lex = r.tokenInfoAt(text, w.s, w.e)
		}
		return out
	}
	for i := range out {
		w := &out[i]
		w.cls, w.lex = r.tokenInfoAt(text, w.s, w.e)
	}
	return out
}

// markSentences sets the sentence number of each token, the first words of sentences (init)
// and the tokens inside quotation marks, from the sentences of the tokenizer, the line breaks
// and the punctuation tokens. It counts the words of each line on the way and marks the lines
// written in title case (endLine).
func (d *doc) markSentences(sents []tokenize.Sentence) {
	text, out := d.text, d.toks
	si := 0
	nextSent := math.MaxInt // the start of sents[si]
	if len(sents) > 0 {
		nextSent = sents[0].Start
	}
	sent := int32(0)
	pendingInit := true
	newSent := false
	inQ := false
	lastInit := 0
	// the line [line, n) so far: its words and capitalised words, for markHeadline
	line, words, caps := 0, 0, 0
	for n := range out {
		w := &out[n]
		w.sent = sent
		w.inQ = inQ
		if w.cls == clsLower && !pendingInit && !newSent && !w.nl && w.s < nextSent {
			// the common case: a lower-case word inside a sentence (upper is false, as
			// lexTokens left it)
			words++
			if w.e-w.s > 4 && text[w.e-1] == '.' {
				pendingInit = true
				newSent = true
			}
			continue
		}
		if w.nl && n > line {
			d.endLine(line, n, words, caps)
			line, words, caps = n, 0, 0
		}
		switch w.cls {
		case clsCap, clsUpper, clsMixed:
			caps++
			words++
		case clsLower:
			words++
		}
		if nextSent <= w.s {
			last := 0 // the end of the previous token
			if n > 0 {
				last = out[n-1].e
			}
			for si < len(sents) && sents[si].Start <= w.s {
				if sents[si].Start > last || sents[si].Start == w.s && n > 0 {
					pendingInit = true
					newSent = true
				}
				si++
			}
			nextSent = math.MaxInt
			if si < len(sents) {
				nextSent = sents[si].Start
			}
		}
		if w.nl {
			pendingInit = true
			newSent = true
			inQ = false
		}
		if w.cls == clsPunct {
			txt := text[w.s:w.e]
			if isQuote(txt) {
				inQ = !inQ
			}
			switch txt {
			case ".", "!", "?", "…", "...":
				if txt != "." || n == 0 || !d.abbrevTok(&out[n-1]) {
					pendingInit = true
					newSent = true
				}
			case ":", "–", "—", "-", "•", "|":
				if txt == ":" || w.gap && n-lastInit <= 6 {
					pendingInit = true
				}
			}
		} else {
			if c := text[w.s]; c < utf8.RuneSelf {
				w.upper = c >= 'A' && c <= 'Z'
			} else {
				c, _ := utf8.DecodeRuneInString(text[w.s:w.e])
				w.upper = unicode.IsUpper(c)
			}
			if pendingInit {
				w.init = true
				pendingInit = false
				lastInit = n
			}
			if newSent {
				if n > 0 {
					sent++
				}
				newSent = false
			}
			// a token that ends a sentence itself ("akhir." from some tokenizers): the next
			// token starts a sentence (newSent is not read again for this token)
			if w.cls == clsLower && w.e-w.s > 4 && text[w.e-1] == '.' {
				pendingInit = true
				newSent = true
			}
		}
		w.sent = sent
		w.inQ = inQ
	}
	if len(out) > line {
		d.endLine(line, len(out), words, caps)
	}
	d.nsent = int(sent) + 1
}

// endLine marks the line of tokens [start, end), with its counts of words and capitalised words,
// as a headline if it is one. Most lines are running text: these counts, of every word, turn
// them away before markHeadline counts again without the function words.
func (d *doc) endLine(start, end, words, caps int) {
	if caps < 2 || caps*2 < words {
		return
	}
	d.markHeadline(start, end)
}

// markPatterns flags the tokens covered by a pattern mention (d.pats, in order).
func (d *doc) markPatterns() {
	if len(d.pats) == 0 {
		return
	}
	k := 0
	for i := range d.toks {
		t := &d.toks[i]
		for k < len(d.pats) && d.pats[k].e <= t.s {
			k++
		}
		if k < len(d.pats) && d.pats[k].s < t.e {
			t.pat = true
		}
	}
}

// hasNewline reports whether s holds a line break; s is short, most often one space.
func hasNewline(s string) bool {
	if len(s) > 16 {
		return strings.IndexByte(s, '\n') >= 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// abbrevBefore reports whether the token before index i (a ".") is an abbreviation or an initial.
func (d *doc) abbrevBefore(i int) bool {
	return i > 0 && d.abbrevTok(&d.toks[i-1])
}

// abbrevTok reports whether the token p is an abbreviation or an initial.
func (d *doc) abbrevTok(p *wtok) bool {
	if len(d.text) < p.e {
		return false
	}
	w := d.text[p.s:p.e]
	if p.cls == clsCap && utf8.RuneCountInString(w) == 1 {
		return true
	}
	return p.lex&lxAbbrev != 0
}

var abbrevs = setOf("jl", "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "no", "pt", "cv", "tbk", "sdr", "bpk", "kab", "kec", "kel", "ds", "gg", "rt", "rw", "mr", "mrs", "ms", "jend", "brig", "kol", "letjen", "mayjen", "brigjen", "tn", "ny", "nn", "sp", "mm", "se", "sh", "mh", "msi", "phd", "ltd", "inc", "co", "corp", "vs", "dll", "dsb", "dkk", "tsb", "yth", "a.n", "u.p")

// lw returns the folded text of token i with a trailing dot removed.
func (d *doc) lw(i int) string {
	t := &d.toks[i]
	s := d.text[t.s:t.e]
	if len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return lowerASCII(s)
}

// is reports whether token i, folded and without a trailing dot, is in one of the lexicon's
// lists named by bits.
func (d *doc) is(i int, bits uint64) bool { return d.toks[i].lex&bits != 0 }

func (d *doc) str(i int) string { return d.text[d.toks[i].s:d.toks[i].e] }

// markHeadline flags the tokens [start, end) of one line if the line is written in title case.
func (d *doc) markHeadline(start, end int) {
	words, caps := 0, 0
	for i := start; i < end; i++ {
		t := &d.toks[i]
		if t.cls == clsPunct {
			continue
		}
		if t.cls == clsNum {
			continue
		}
		if t.cls == clsLower && d.is(i, lxHeadFunction) {
			continue
		}
		words++
		if t.cls == clsCap || t.cls == clsUpper || t.cls == clsMixed {
			caps++
		}
	}
	lt := d.str(end - 1)
	final := lt == "." || lt == "!" || lt == "?" || lt == ","
	if words >= 2 && caps*5 >= words*4 && (!final || words >= 4 && caps == words) {
		for i := start; i < end; i++ {
			d.toks[i].head = true
		}
	}
}

var headFunction = setOf("di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "dalam", "oleh", "bagi", "akan", "the", "of", "and", "in", "for", "on", "a", "an", "to", "vs", "jadi", "ini", "itu", "usai", "soal", "saat", "agar", "demi")

func (d *doc) nameTok(i int) bool {
	t := &d.toks[i]
	return !t.pat && (t.cls == clsCap || t.cls == clsUpper || t.cls == clsMixed) && !isNoName(d.text[t.s:t.e]) && !isCode(d.text[t.s:t.e])
}

// isCode reports whether a token of letters and digits is a code (an order number TR-2025-118,
// a receipt JP1234567890, a voucher HEMAT50) rather than a name. Short forms with a number (G20,
// F1, 4G, B20) stay names; so do tokens with one digit.
func isCode(w string) bool {
	digits, letters := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			letters++
		}
	}
	if digits == 0 || letters == 0 {
		return false
	}
	return digits >= 3 || digits >= 2 && len(w) >= 6
}

var romans = setOf("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

// evidence builds the per-document word evidence.
func (d *doc) evidence() {
	if d.evBuilt {
		return
	}
	d.evBuilt = true
	// only the words written with a capital at the start of a sentence matter
	if d.lowSeen == nil {
		d.lowSeen = map[string]bool{}
		d.capMid = map[string]bool{}
	}
	// a bit per (first two letters, length) of those words spares most lookups below
	clear(d.evBits[:])
	for i := range d.toks {
		if t := &d.toks[i]; t.init && t.cls == clsCap {
			d.lowSeen[d.lw(i)] = false
			if k, ok := evKey(d.noDot(i)); ok {
				d.evBits[k>>6] |= 1 << (k & 63)
			}
		}
	}
	for i := range d.toks {
		switch t := &d.toks[i]; t.cls {
		case clsLower:
			w := d.str(i)
			if k, ok := evKey(w); ok && d.evBits[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
			if seen, ok := d.lowSeen[w]; ok && !seen {
				d.lowSeen[w] = true
			}
		case clsCap, clsUpper, clsMixed:
			if !t.init && !t.head && !(i > 0 && isQuote(d.str(i-1)) && d.toks[i-1].init) {
				if k, ok := evKey(d.noDot(i)); ok && d.evBits[k>>6]&(1<<(k&63)) == 0 {
					continue
				}
				lw := d.lw(i)
				if _, ok := d.lowSeen[lw]; ok {
					d.capMid[lw] = true
				}
			}
		}
	}
}

// evKey returns the bit of a word in doc.evBits: its first two letters, case folded, and its
// length. Words that do not start with two ASCII letters have no bit (ok is false).
func evKey(w string) (int, bool) {
	if len(w) < 2 {
		return 0, false
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, false
	}
	return (int(a-'a')*26+int(b-'a'))*32 + len(w)&31, true
}

// noDot returns token i as written, without a trailing dot (as lw folds it).
func (d *doc) noDot(i int) string {
	s := d.str(i)
	if len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// segment is a typed candidate name over tokens [a, b].
type segment struct {
	a, b    int
	typ     Type
	ev      int  // evidence: 5 gazetteer, 4 cue, 3 context, 2 shape, 1 default
	country bool // a country name from the gazetteer
}

const (
	evDefault = 1 + iota
	evShape
	evContext
	evCue
	evGaz
)

// appendNames appends to ms the name mentions (PER, ORG, LOC, PRODUCT, EVENT) found with the
// rules and the model.
func (d *doc) appendNames(ms []mention) []mention {
	var segs []segment
	if d.r.rules || d.r.model != nil {
		segs = d.ruleSegments()
	}
	if d.r.model != nil {
		segs = d.mergeModel(segs)
	}
	k := len(ms)
	for _, s := range segs {
		ms = append(ms, mention{s: d.toks[s.a].s, e: d.toks[s.b].e, typ: s.typ})
	}
	d.linkAcronyms(ms[k:], segs)
	linkPersons(d.text, ms[k:])
	d.segs = segs[:0] // the array serves the next document
	return ms
}

// linkPersons makes a later one-word mention of a person ("Rina", "Fauzi") an alias of the
// earlier full name it is a word of ("Rina Marlina", "Ahmad Fauzi"), as a short form the text
// defines is linked to its long form. A word of two different full names is left alone.
func linkPersons(text string, ms []mention) {
	type long struct {
		text  string
		start int
	}
	var words map[string]long
	for _, m := range ms {
		if m.typ != PER || m.alias != "" || m.e <= m.s {
			continue
		}
		name := text[m.s:m.e]
		if strings.IndexByte(name, ' ') < 0 {
			continue
		}
		for rest := name; rest != ""; {
			var w string
			if k := strings.IndexByte(rest, ' '); k >= 0 {
				w, rest = rest[:k], rest[k+1:]
			} else {
				w, rest = rest, ""
			}
			if len(w) < 2 || connectors[w] || w[len(w)-1] == '.' {
				continue
			}
			if words == nil {
				words = make(map[string]long)
			}
			if l, ok := words[w]; ok {
				if l.text != name {
					words[w] = long{"", min(l.start, m.s)} // two people share the word
				} else if m.s < l.start {
					words[w] = long{name, m.s}
				}
				continue
			}
			words[w] = long{name, m.s}
		}
	}
	if words == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != PER || m.alias != "" || m.e <= m.s {
			continue
		}
		if l, ok := words[text[m.s:m.e]]; ok && l.text != "" && l.start < m.s {
			m.alias = l.text
		}
	}
}

func (d *doc) ruleSegments() []segment {
	segs := d.segs[:0]
	var heads []segment
	toks := d.toks // the calls below change the tokens, never the slice
	n := len(toks)
	for i := 0; i < n; {
		// most tokens are not capitalised: a loop without calls skips them (nameTok's first tests)
		for i < n && (toks[i].cls-clsCap > clsMixed-clsCap || toks[i].pat) {
			i++
		}
		if i == n {
			break
		}
		if !d.nameTok(i) {
			i++
			continue
		}
		j := d.extendRun(i)
		if d.toks[i].head {
			heads = append(heads, segment{a: i, b: j})
		} else {
			segs = d.refineRun(i, j, segs)
		}
		i = j + 1
	}
	if d.r.countryContext {
		segs = d.countryFilter(segs)
	}
	segs = d.consistency(segs)
	if len(heads) > 0 {
		segs = d.headSegments(heads, segs)
	}
	return segs
}

// extendRun returns the last token of the capitalised run starting at i.
func (d *doc) extendRun(i int) int {
	j := i
	n := len(d.toks)
	for j+1 < n {
		k := j + 1
		t := &d.toks[k]
		if t.nl || t.init || t.head != d.toks[i].head {
			break
		}
		if d.nameTok(k) || t.cls == clsUpper && d.is(k, lxRoman) && !t.pat || (t.cls == clsCap || t.cls == clsUpper) && d.is(k, lxOrgSuffix) && !t.pat {
			j = k
			continue
		}
		if (t.cls == clsUpper || t.cls == clsCap) && !t.pat && isNoName(d.str(k)) {
			// a word that is no name alone inside a known name: Komnas HAM
			if g, ok := d.gazAt(i, min(k+4, n-1)); ok && g.b >= k {
				j = g.b
				continue
			}
		}
		if k+1 < n && d.nameTok(k+1) && !d.toks[k+1].nl && !d.toks[k+1].init {
			s := d.str(k)
			if t.cls == clsLower && d.is(k, lxConnector) {
				if s == "dan" || s == "&" {
					// only inside organisation names and offices: Kementerian Energi dan Sumber
					// Daya Mineral, Menteri Kelautan dan Perikanan
					if !d.is(i, lxOrgCue) && !d.is(i, lxPerTitle) && !d.is(j, lxPortfolio) {
						break
					}
				}
				j = k + 1
				continue
			}
			if s == "&" && d.is(i, lxOrgCue) {
				j = k + 1
				continue
			}
			if t.cls == clsNum && !t.pat && d.runHas(i, j, lxOrgCue) && len(s) <= 4 {
				// PT Mobile 8 Telecom Tbk
				j = k + 1
				continue
			}
			if (s == "-" || s == "'" || s == "’") && !t.gap && !d.toks[k+1].gap {
				j = k + 1
				continue
			}
			if s == "." && !t.gap && d.abbrevBefore(k) {
				j = k + 1
				continue
			}
		}
		// an event with its year: Piala Dunia 2022, Pemilu 2024
		if t.cls == clsNum && t.gap && d.runHas(i, j, lxEventCue) && len(d.str(k)) == 4 && !t.pat {
			j = k
		}
		break
	}
	return j
}

var connectors = setOf("bin", "binti", "van", "von", "der", "den", "de", "da", "del", "della", "al", "el", "bt", "bte", "dan", "of", "la", "le", "ibn", "ibnu", "abu")

// refineRun splits the run [i, j] into typed segments and appends them.
func (d *doc) refineRun(i, j int, segs []segment) []segment {
	// drop sentence-initial ordinary words and titles at the front
	perNext := false
	p := i
	ctxTitle := false
	if i > 0 && d.toks[i-1].cls == clsLower && (d.is(i-1, lxPerTitle) || d.is(i-1, lxPerContext) ||
		i > 1 && d.is(i-1, lxPortfolio) && d.is(i-2, lxPerTitle)) {
		// kata X, Presiden X, juru bicara X
		ctxTitle = true
	}
	for p <= j {
		if d.is(p, lxPerTitle) && !d.gazStarts(p) {
			perNext = true
			p++
			if p <= j && d.str(p) == "." {
				p++
			}
			// portfolio words after a title: Menteri Keuangan, Ketua Umum
			for p <= j && d.is(p, lxPortfolio) {
				p++
			}
			continue
		}
		if d.toks[p].init || d.toks[p].head || p > i && d.toks[p-1].init && isQuote(d.str(p-1)) {
			if p < j && d.is(p, lxOrgHead) && d.toks[p+1].cls != clsPunct && d.toks[p+1].cls != clsNum {
				// Forum Konsumen Sulawesi Selatan mencatat ...: the head of an organisation's
				// name opens the sentence
				break
			}
			if d.is(p, lxStop|lxCommon) {
				p++
				continue
			}
			if d.gazStarts(p) {
				break
			}
			if d.is(p, lxPerContext) && p < j {
				perNext = true
				p++
				continue
			}
			if d.is(p, lxStop|lxCommon) || d.is(p, lxPerTitle) || d.is(p, lxLocContext) || d.is(p, lxOrgContext) && p < j {
				p++
				continue
			}
			if p == j && !d.initialEvidence(p) {
				p++
				continue
			}
			if p < j {
				// the folded word is made only here: it allocates for a capitalised word
				if lw := d.lw(p); (d.commonShape(lw) || inDictionary(lw) && !d.is(p, lxGivenName)) && !d.gazStarts(p) {
					p++
					continue
				}
			}
		} else if d.toks[p].cls == clsCap && d.is(p, lxCommonInner) && (p == j || !d.gazStarts(p)) {
			// capitalised ordinary words inside a sentence (Pemerintah, Kepolisian) stay out
			// unless a cue follows
			if !(p < j && (d.is(p, lxOrgCue) || d.is(p, lxLocCue))) {
				p++
				continue
			}
		}
		break
	}
	if p > j {
		return segs
	}
	if perNext && p > i {
		ctxTitle = true
	}
	// walk the rest: gazetteer matches, cues, titles
	open := -1
	flush := func(end int) {
		for open >= 0 && open <= end && d.toks[open].cls != clsCap && d.toks[open].cls != clsUpper && d.toks[open].cls != clsMixed {
			open++
		}
		for open >= 0 && end >= open && d.toks[end].cls != clsCap && d.toks[end].cls != clsUpper && d.toks[end].cls != clsMixed {
			end--
		}
		if open >= 0 && open <= end {
			single := open == end
			if single && (utf8.RuneCountInString(d.str(open)) == 1 || d.is(open, lxDirection) || d.is(open, lxStop) || d.is(open, lxOrgCue) || d.is(open, lxLocCue) || d.is(open, lxPerTitle) || d.is(open, lxEventCue) || isNoName(d.str(open)) || d.is(open, lxRoman)) {
				open = -1
				return
			}
			if single && d.toks[open].cls == clsCap {
				if d.is(open, lxCommon) {
					open = -1
					return
				}
				// the folded word is made only past the lists: it allocates
				if lw := d.lw(open); d.commonShape(lw) && !d.is(open, lxGivenName) || isRedup(lw) {
					open = -1
					return
				}
			}
			sg := d.typeOpen(open, end, ctxTitle)
			if single && sg.ev <= evDefault+1 && d.toks[open].cls == clsCap && !d.is(open, lxGivenName) && inDictionary(d.lw(open)) {
				// an ordinary word written with a capital (Legislatif, Podium), with nothing
				// around it that makes it a name
				open = -1
				return
			}
			segs = append(segs, sg)
		}
		open = -1
	}
	for p <= j {
		if d.is(p, lxPerTitle) && p < j && (d.toks[p].cls == clsCap || d.toks[p].cls == clsUpper) && !d.gazStarts(p) {
			flush(p - 1)
			ctxTitle = true
			p++
			if p <= j && d.str(p) == "." {
				p++
			}
			for p <= j && d.is(p, lxPortfolio) {
				p++
			}
			continue
		}
		if open < 0 && (d.is(p, lxOrgCue) || d.is(p, lxLocCue) || d.is(p, lxEventCue)) && p < j {
			// a cue absorbs the run up to the end of the first gazetteer name in it
			if g, ok := d.gazAt(p, j); ok && g.typ != LOC || ok && d.is(p, lxLocCue) && g.b == j {
				segs = append(segs, g)
				p = g.b + 1
				continue
			}
			typ := ORG
			if d.is(p, lxLocCue) {
				typ = LOC
			} else if d.is(p, lxEventCue) {
				typ = EVENT
			}
			q := p + 1
			end := j
			for q <= j {
				if g, ok := d.gazAt(q, j); ok && (g.typ == PER || g.typ == ORG && q > p+1 && !d.is(p, lxLegalForm)) {
					end = q - 1
					break
				}
				if d.is(q, lxPerTitle) && d.toks[q].cls == clsCap {
					end = q - 1
					break
				}
				if ctxTitle && q >= p+2 && q < j && d.toks[q].cls == clsCap && d.toks[q+1].cls == clsCap && d.is(q, lxGivenName) {
					// Juru bicara PT BelanjaKita Nusantara Andi Wijaya: the person after the office
					end = q - 1
					break
				}
				if d.toks[q-1].cls == clsUpper && d.toks[q].cls == clsCap && typ != ORG {
					end = q - 1
					break
				}
				q++
			}
			if end < p+1 {
				end = p + 1
			}
			segs = append(segs, segment{a: p, b: end, typ: typ, ev: evCue})
			p = end + 1
			continue
		}
		if g, ok := d.gazAt(p, j); ok && !(g.typ == PER && open >= 0) && !(g.typ == LOC && !g.country && open >= 0 && d.runHasBrand(open, p-1)) {
			flush(p - 1)
			// a place followed by a direction word: Jakarta Selatan
			for g.b < j && d.is(g.b+1, lxDirection) {
				g.b++
			}
			if g.b < j && d.is(g.b+1, lxOrgSuffix) {
				g.b++
				g.typ = ORG
			}
			if g.typ == LOC && g.b == j && j+1 < len(d.toks) && d.toks[j+1].cls == clsLower && d.is(j+1, lxDirection) && !d.toks[j+1].nl {
				g.b++
			}
			if g.typ == LOC && p > i && (d.is(p-1, lxPerTitle) || d.is(p-1, lxPortfolio)) && ctxTitle {
				// Gubernur Jawa Barat: the office's jurisdiction
				p = g.b + 1
				continue
			}
			segs = append(segs, g)
			if g.typ == ORG || g.typ == LOC {
				// a name after an office: Ketua DPR Setya Novanto, Gubernur Jawa Barat Ridwan Kamil
				if ctxTitle || p > i && d.is(p-1, lxPerTitle) {
					ctxTitle = true
				}
			}
			p = g.b + 1
			continue
		}
		// an acronym followed by a capitalised word starts a new name: KPK Abraham Samad
		if open >= 0 && p > open && d.toks[p-1].cls == clsUpper && d.toks[p].cls == clsCap && !d.is(p, lxDirection) && !d.is(p, lxOrgSuffix) {
			flush(p - 1)
		}
		if open < 0 {
			open = p
		}
		p++
	}
	flush(j)
	return segs
}

// gazStarts reports whether a gazetteer name starts at token p.
func (d *doc) gazStarts(p int) bool {
	_, ok := d.gazAt(p, min(p+8, len(d.toks)-1))
	return ok
}

// gazAt returns the longest gazetteer name starting at token p and ending at or before token j.
func (d *doc) gazAt(p, j int) (segment, bool) {
	g := d.r.gaz
	if len(g.names) == 0 {
		return segment{}, false
	}
	fw := d.firstWord(p)
	maxw, buf := g.firstWords(fw, d.buf)
	d.buf = buf
	if maxw == 0 {
		// the token itself may be shorter than the first word ("PDI" of "PDI-P"); most often
		// it is the first word, already looked up
		if tok := d.str(p); tok != fw {
			maxw, d.buf = g.firstWords(tok, d.buf)
		}
		if maxw == 0 {
			return segment{}, false
		}
	}
	best := -1
	var bt Type
	country := false
	s := d.toks[p].s
	limit := min(j, p+maxw*3+2)
	for q := p; q <= limit; q++ {
		if q > p && (d.toks[q].nl || d.toks[q].init) {
			break
		}
		e, ok, buf := g.lookup(d.text[s:d.toks[q].e], d.buf)
		d.buf = buf
		if ok {
			best, bt, country = q, e.typ, e.country
		}
	}
	if best < 0 {
		return segment{}, false
	}
	return segment{a: p, b: best, typ: bt, ev: evGaz, country: country}, true
}

// firstWordCut is the punctuation trimmed from the end of a first word.
const firstWordCut = ".,;:!?)\"'”’"

// firstWord returns the text the gazetteer reads as the first word of a name at token p: from
// the token to the next space, tab or line break, without trailing punctuation (firstWordCut).
// The stretch without white space that holds the token is kept for the next call, so that the
// tokens of a long stretch (a text without spaces: "Abc,Abc,Abc...") do not each scan it to its
// end: that made such texts quadratic.
func (d *doc) firstWord(p int) string {
	s := d.toks[p].s
	if !(d.fwFrom <= s && s < d.fwEnd) {
		if s < d.fwFrom && d.fwFrom < d.fwEnd && strings.IndexAny(d.text[s:d.fwFrom], " \t\n") < 0 {
			// the same stretch, from further back
			if d.fwTrim == d.fwFrom {
				d.fwTrim = -1 // the stretch was all punctuation: it may end further back now
			}
			d.fwFrom = s
		} else {
			end := len(d.text)
			if k := strings.IndexAny(d.text[s:], " \t\n"); k >= 0 {
				end = s + k
			}
			d.fwFrom, d.fwEnd, d.fwTrim = s, end, -1
		}
	}
	if d.fwTrim < 0 {
		d.fwTrim = d.fwFrom + len(strings.TrimRight(d.text[d.fwFrom:d.fwEnd], firstWordCut))
	}
	if s <= d.fwTrim {
		// TrimRight stops at the same rune: the one that ends at fwTrim is not punctuation
		return d.text[s:d.fwTrim]
	}
	return strings.TrimRight(d.text[s:d.fwEnd], firstWordCut)
}

// initialEvidence reports whether a lone sentence-initial capitalised word is a name.
func (d *doc) initialEvidence(p int) bool {
	t := &d.toks[p]
	if t.cls == clsUpper || t.cls == clsMixed {
		return true
	}
	if d.gazStarts(p) {
		return true
	}
	lw := d.lw(p)
	d.evidence()
	if d.lowSeen[lw] {
		return false
	}
	if d.capMid[lw] {
		return true
	}
	if d.commonShape(lw) {
		return false
	}
	if d.is(p, lxGivenName) {
		return true
	}
	if inDictionary(lw) {
		return false
	}
	if p+2 < len(d.toks) && d.str(p+1) == "," && d.toks[p+2].cls == clsLower && (d.is(p+2, lxAppositive) || d.is(p+2, lxPerTitle)) {
		// Rouhani, seorang tokoh moderat ...; Smith, wakil presiden Philip Morris ...
		return true
	}
	if p+1 < len(d.toks) && d.toks[p+1].cls == clsLower {
		if d.is(p+1, lxSpeechAfter) || d.is(p+1, lxSubjectAfter) {
			return true
		}
		nw := d.lw(p + 1)
		// a noun in -an (Antrean, Kenaikan) often opens a sentence before a verb; -wan and
		// -man names (Setiawan, Rahman) do not count as such nouns
		nounAn := strings.HasSuffix(lw, "an") && !strings.HasSuffix(lw, "wan") && !strings.HasSuffix(lw, "man")
		if !nounAn && len(nw) >= 6 && (strings.HasPrefix(nw, "me") || strings.HasPrefix(nw, "ber")) {
			return true
		}
	}
	return d.r.keepInitial
}

// commonShape reports whether a lower-case word has the affixes of an ordinary word.
func (d *doc) commonShape(lw string) bool {
	n := len(lw)
	if n < 5 {
		return false
	}
	if strings.HasSuffix(lw, "nya") || strings.HasSuffix(lw, "lah") && n > 6 || strings.HasSuffix(lw, "kah") {
		return true
	}
	pre := strings.HasPrefix(lw, "meng") || strings.HasPrefix(lw, "meny") || strings.HasPrefix(lw, "mem") || strings.HasPrefix(lw, "men") ||
		strings.HasPrefix(lw, "ber") || strings.HasPrefix(lw, "ter") || strings.HasPrefix(lw, "di") || strings.HasPrefix(lw, "per") ||
		strings.HasPrefix(lw, "pe") || strings.HasPrefix(lw, "ke") || strings.HasPrefix(lw, "se")
	suf := strings.HasSuffix(lw, "kan") || strings.HasSuffix(lw, "an") || strings.HasSuffix(lw, "i")
	if pre && suf && n >= 7 {
		return true
	}
	if (strings.HasPrefix(lw, "meng") || strings.HasPrefix(lw, "meny") || strings.HasPrefix(lw, "mem") || strings.HasPrefix(lw, "men")) && n >= 6 {
		return true
	}
	return false
}

// typeOpen types the segment [a, b] found by capitalisation alone.
func (d *doc) typeOpen(a, b int, title bool) segment {
	s := segment{a: a, b: b}
	allUpper, anyMixed := true, false
	for k := a; k <= b; k++ {
		c := d.toks[k].cls
		if c != clsUpper && c != clsPunct && c != clsNum {
			allUpper = false
		}
		if c == clsMixed {
			anyMixed = true
		}
	}
	first := d.str(a)
	switch {
	case title && !allUpper:
		s.typ, s.ev = PER, evContext
	case d.is(b, lxOrgSuffix) && b > a:
		s.typ, s.ev = ORG, evCue
	case d.is(b, lxDirection) && b > a:
		s.typ, s.ev = LOC, evCue
	case a > 0 && d.toks[a-1].cls == clsLower && d.is(a-1, lxOrgContext):
		s.typ, s.ev = ORG, evContext
	case a > 0 && d.toks[a-1].cls == clsLower && d.is(a-1, lxLocContext) && !allUpper:
		s.typ, s.ev = LOC, evContext
	case a > 0 && d.toks[a-1].cls == clsLower && (d.is(a-1, lxPerTitle) || d.is(a-1, lxPerContext)) && !allUpper:
		s.typ, s.ev = PER, evContext
	case b+1 < len(d.toks) && d.is(b+1, lxSpeechAfter) && !allUpper:
		s.typ, s.ev = PER, evContext
	case allUpper:
		s.typ, s.ev = ORG, evShape
	case anyMixed && len(first) > 1 && (first[0] == 'i' || first[0] == 'e') && first[1] >= 'A' && first[1] <= 'Z':
		s.typ, s.ev = PRODUCT, evShape
	case anyMixed || d.toks[a].cls == clsCap && hasInnerUpper(first):
		s.typ, s.ev = ORG, evShape
	case d.is(a, lxGivenName):
		s.typ, s.ev = PER, evShape
	case a > 0 && d.toks[a-1].cls == clsLower && d.is(a-1, lxLocPrep):
		s.typ, s.ev = LOC, evDefault+1
	default:
		s.typ, s.ev = PER, evDefault
		if b-a >= 3 {
			s.typ = ORG
		}
	}
	return s
}

func hasInnerUpper(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// consistency gives every mention of one name the type with the best evidence, and a single
// word the type of the longer name it belongs to (Widodo after Joko Widodo).
func (d *doc) consistency(segs []segment) []segment {
	if len(segs) < 2 {
		return segs
	}
	if d.bestBuf[0] == nil {
		d.bestBuf[0], d.bestBuf[1] = make([]bestEntry, 0, 16), make([]bestEntry, 0, 16)
	}
	m := bestTable{small: d.bestBuf[0]}
	for _, s := range segs {
		m.raise(d.text[d.toks[s.a].s:d.toks[s.b].e], s.typ, s.ev)
	}
	// single words inside longer names
	parts := bestTable{small: d.bestBuf[1]}
	for _, s := range segs {
		if s.b == s.a || s.ev < evContext && s.typ != PER {
			continue
		}
		for k := s.a; k <= s.b; k++ {
			if d.toks[k].cls == clsCap || d.toks[k].cls == clsUpper {
				parts.raise(d.str(k), s.typ, s.ev)
			}
		}
	}
	for i := range segs {
		s := &segs[i]
		k := d.text[d.toks[s.a].s:d.toks[s.b].e]
		b, _ := m.get(k)
		if b.ev > s.ev {
			s.typ, s.ev = b.typ, b.ev
		}
		if s.a == s.b && s.ev <= evShape {
			if p, ok := parts.get(k); ok && p.typ == PER {
				s.typ, s.ev = p.typ, evContext
			}
		}
	}
	// the names are the caller's text: do not keep them
	clear(m.small)
	clear(parts.small)
	return segs
}

// best is a type with its evidence.
type best struct {
	typ Type
	ev  int
}

type bestEntry struct {
	k string
	b best
}

// bestTable maps names to the type with the best evidence seen for them. A few names are kept
// in a slice and searched, more in a map: most documents name few things, and a map costs more
// to make than to search a few names.
type bestTable struct {
	small []bestEntry
	m     map[string]best
}

// get returns the best type of k.
func (t *bestTable) get(k string) (best, bool) {
	if t.m != nil {
		b, ok := t.m[k]
		return b, ok
	}
	for i := range t.small {
		if t.small[i].k == k {
			return t.small[i].b, true
		}
	}
	return best{}, false
}

// raise records typ for k if k has no type yet or a type with less evidence than ev.
func (t *bestTable) raise(k string, typ Type, ev int) {
	if t.m == nil {
		for i := range t.small {
			if e := &t.small[i]; e.k == k {
				if ev > e.b.ev {
					e.b = best{typ, ev}
				}
				return
			}
		}
		if len(t.small) < cap(t.small) {
			t.small = append(t.small, bestEntry{k, best{typ, ev}})
			return
		}
		t.m = make(map[string]best, 2*len(t.small))
		for _, e := range t.small {
			t.m[e.k] = e.b
		}
	}
	if b, ok := t.m[k]; !ok || ev > b.ev {
		t.m[k] = best{typ, ev}
	}
}

// headSegments keeps from title-case lines only the names known elsewhere: gazetteer names,
// names found in the body, acronyms and mixed-case brands.
func (d *doc) headSegments(heads, segs []segment) []segment {
	known := make(map[string]segment, len(segs))
	for _, s := range segs {
		known[d.text[d.toks[s.a].s:d.toks[s.b].e]] = s
		if s.typ == ORG && s.b > s.a+1 && d.is(s.a, lxLegalForm) {
			// PT BelanjaKita Nusantara in the body: BelanjaKita Nusantara in a headline
			known[d.text[d.toks[s.a+1].s:d.toks[s.b].e]] = s
		}
	}
	var add []segment
	for _, h := range heads {
		for p := h.a; p <= h.b; {
			// longest known name from p
			best := -1
			var bs segment
			for q := min(h.b, p+maxNameTokens); q >= p; q-- {
				if s, ok := known[d.text[d.toks[p].s:d.toks[q].e]]; ok {
					best, bs = q, s
					break
				}
			}
			if g, ok := d.gazAt(p, h.b); ok && g.b > best {
				best, bs = g.b, g
			}
			if best < 0 && p < h.b && d.is(p, lxLegalForm) {
				// PT BelanjaKita Nusantara Minta Maaf: the company's name runs over brands,
				// acronyms, places and words that are not ordinary words
				q := p + 1
				for q <= h.b && d.companyWord(q) {
					q++
				}
				if q > p+1 {
					best, bs = q-1, segment{typ: ORG, ev: evCue}
				}
			}
			if best >= 0 {
				add = append(add, segment{a: p, b: best, typ: bs.typ, ev: bs.ev})
				p = best + 1
				continue
			}
			if c := d.toks[p].cls; c == clsUpper || c == clsMixed {
				add = append(add, d.typeOpen(p, p, false))
			}
			p++
		}
	}
	if len(add) == 0 {
		return segs
	}
	segs = append(segs, add...)
	return segs
}

// linkAcronyms turns "Otoritas Jasa Keuangan (OJK)": every mention of OJK becomes an alias of the
// long form, with its type.
func (d *doc) linkAcronyms(ms []mention, segs []segment) {
	var long map[string]mention // made at the first short form: most documents define none
	for i, s := range segs {
		// PT Pertamina (Persero): the legal form in brackets belongs to the name
		if s.typ == ORG && s.b+3 < len(d.toks) && d.str(s.b+1) == "(" && d.str(s.b+3) == ")" && (d.is(s.b+2, lxOrgSuffix) || d.str(s.b+2) == "Persero") {
			ms[i].e = d.toks[s.b+3].e
			ms[i].alias = d.text[d.toks[s.a].s:d.toks[s.b].e]
			continue
		}
		if s.a != s.b || s.a < 2 || d.toks[s.a].cls != clsUpper && d.toks[s.a].cls != clsMixed {
			continue
		}
		if d.str(s.a-1) != "(" || s.b+1 >= len(d.toks) || d.str(s.b+1) != ")" {
			continue
		}
		// the name just before the bracket
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			p := segs[k]
			if p.b != s.a-2 {
				continue
			}
			acr := d.str(s.a)
			match := p.b > p.a && initialsMatch(d, p.a, p.b, acr)
			if !match && p.typ != ORG {
				break
			}
			lf := ms[k]
			longText := d.text[lf.s:lf.e]
			if p.typ == ORG {
				// the defining mention takes in its short form: Komisi Pemilihan Umum (KPU)
				ms[k].e = d.toks[s.b+1].e
				ms[k].alias = longText
				ms[i].e = ms[i].s
			}
			if match {
				if long == nil {
					long = map[string]mention{}
				}
				long[acr] = mention{s: lf.s, e: lf.e, typ: lf.typ, alias: longText}
			}
			break
		}
	}
	if len(long) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.e <= m.s {
			continue
		}
		if lf, ok := long[d.text[m.s:m.e]]; ok && m.e-m.s < len(lf.alias) {
			m.typ = lf.typ
			m.alias = lf.alias
		}
	}
}

// initialsMatch reports whether the acronym can be read off the words a..b in order: each word
// gives one or more of its first letters, and small function words (dan, dan, of) may give none.
func initialsMatch(d *doc, a, b int, acr string) bool {
	var words []string
	for k := a; k <= b; k++ {
		if d.toks[k].cls != clsPunct {
			words = append(words, strings.ToUpper(d.str(k)))
		}
	}
	if len(words) == 0 || len(acr) < 2 || len(acr) > 10 || len(words) > 10 {
		return false
	}
	return acrMatch(strings.ToUpper(acr), words)
}

var acrSkippable = setOf("DAN", "DAN/ATAU", "OF", "THE", "AND", "FOR", "UNTUK", "DI", "&", "-", "/")

func acrMatch(acr string, words []string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	if acrSkippable[w] && acrMatch(acr, words[1:]) {
		return true
	}
	for k := 1; k <= len(w) && k <= len(acr) && k <= 3; k++ {
		if w[k-1] != acr[k-1] {
			break
		}
		if acrMatch(acr[k:], words[1:]) {
			return true
		}
	}
	return false
}

// countryFilter drops a country name used as a modifier or an actor ("pemerintah Indonesia",
// "serangan Israel"), keeping it where it names a place: after a preposition or a verb, in a list.
func (d *doc) countryFilter(segs []segment) []segment {
	out := segs[:0]
	for _, s := range segs {
		if s.country && s.typ == LOC && !d.placeContext(s.a) {
			continue
		}
		out = append(out, s)
	}
	return out
}

var placeBefore = setOf("dan", "atau", "seluruh", "se", "serta", "maupun", "negara", "negeri", "wilayah", "kawasan", "ibukota", "ibu", "kota", "perbatasan", "bagian", "luar", "dalam", "tanah", "antara", "hingga", "sampai", "menuju", "asal", "kedutaan", "kedubes")

func (d *doc) placeContext(a int) bool {
	if a == 0 {
		return false
	}
	p := &d.toks[a-1]
	w := d.str(a - 1)
	if p.cls == clsPunct {
		return w == "," || w == "/" || w == "(" || w == "-"
	}
	if p.cls != clsLower {
		return false
	}
	if d.is(a-1, lxLocPrep) || d.is(a-1, lxPlaceBefore) || d.is(a-1, lxLocContext) {
		return true
	}
	lw := d.lw(a - 1)
	return len(lw) > 5 && (strings.HasPrefix(lw, "me") || strings.HasPrefix(lw, "ber") || strings.HasPrefix(lw, "di") || strings.HasPrefix(lw, "ter"))
}

// isRedup reports whether w is a reduplicated word (prajurit-prajurit).
func isRedup(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && strings.HasPrefix(w[k+1:], w[:min(k, 4)])
}

// appositive words open a description of the person just named: Rouhani, seorang tokoh ...
var appositive = setOf("seorang", "sang", "salah", "mantan", "eks", "pendiri", "pemilik", "putra", "putri", "istri", "suami", "anak", "warga", "pria", "wanita", "perempuan", "bocah", "remaja", "kakek", "nenek", "petani", "pedagang", "nelayan", "buruh", "karyawan", "karyawati", "guru", "dosen", "mahasiswa", "mahasiswi", "siswa", "siswi", "pengusaha", "aktivis", "pengamat", "politikus", "politisi", "penulis", "wartawan", "jurnalis", "pemain", "pelatih", "penyanyi", "aktor", "aktris")

var subjectAfter = setOf("juga", "kemudian", "pun", "tidak", "tak", "belum", "sudah", "telah", "akan", "sedang", "masih", "memang", "bahkan", "lalu", "langsung", "mengaku", "yang", "adalah", "merupakan", "saat", "ketika", "bersama", "dan", "selaku", "sebagai", "mengatakan", "menyatakan", "sendiri", "segera", "hanya", "pernah", "tetap", "justru", "menilai", "diduga", "dinilai", "disebut", "kembali")

// inDictionary reports whether the lower-case word is a root of the stemmer's dictionary (or an
// affixed form of one): the stemmer strips a ke-...-an or di-...-kan frame around a known root
// only. Such words are ordinary words when they open a sentence.
func inDictionary(lw string) bool {
	if len(lw) < 3 || len(lw) > 24 {
		return false
	}
	if r := stem.Stem(lw); r != lw {
		return true
	}
	return stem.Stem("ke"+lw+"an") == lw || stem.Stem("di"+lw+"kan") == lw
}

// maxNameTokens bounds the length in tokens of a known name looked up in a headline.
const maxNameTokens = 12

// docPool recycles documents with their token arrays and evidence maps; release puts one back.
var docPool sync.Pool

// maxPooledToks bounds the token arrays kept in the pool.
const maxPooledToks = 1 << 20

// maxPooledEvidence bounds the evidence maps kept in the pool: clearing a map costs its capacity.
const maxPooledEvidence = 1 << 8

// release gives the document's buffers back; d must not be used afterwards.
func (d *doc) release() {
	if cap(d.toks) > maxPooledToks {
		return
	}
	if len(d.lowSeen) > maxPooledEvidence || len(d.capMid) > maxPooledEvidence {
		d.lowSeen, d.capMid = nil, nil
	} else if d.evBuilt {
		clear(d.lowSeen)
		clear(d.capMid)
	}
	// every field but evBits, which evidence clears when it fills it (2.7 KB: not cleared for
	// each document)
	d.r, d.text, d.nsent, d.evBuilt = nil, "", 0, false
	d.fwFrom, d.fwEnd, d.fwTrim = 0, 0, 0
	clear(d.ments) // the aliases are the caller's text: do not keep it
	d.toks, d.pats, d.buf, d.ments, d.segs = d.toks[:0], d.pats[:0], d.buf[:0], d.ments[:0], d.segs[:0]
	docPool.Put(d)
}

// runHas reports whether a token of i..j (at most the first four) is in the list bit.
func (d *doc) runHas(i, j int, bit uint64) bool {
	for k := i; k <= j && k < i+4; k++ {
		if d.is(k, bit) {
			return true
		}
	}
	return false
}

// runHasBrand reports whether a token of i..j is written in mixed case (BelanjaKita, iPhone).
func (d *doc) runHasBrand(i, j int) bool {
	for k := i; k <= j; k++ {
		if c := d.toks[k].cls; c == clsMixed || c == clsCap && hasInnerUpper(d.str(k)) {
			return true
		}
	}
	return false
}

// companyWord reports whether token q of a title-case line can belong to a company's name: a
// brand, an acronym, a place or a capitalised word that is not an ordinary word.
func (d *doc) companyWord(q int) bool {
	t := &d.toks[q]
	switch t.cls {
	case clsMixed, clsUpper:
		return !t.pat
	case clsCap:
		if t.pat || d.is(q, lxPerTitle) || d.is(q, lxSpeechAfter) {
			return false
		}
		if d.is(q, lxOrgSuffix) || d.gazStarts(q) {
			return true
		}
		lw := d.lw(q)
		return !d.is(q, lxCommon|lxStop) && !inDictionary(lw) && !d.commonShape(lw)
	}
	return false
}

// commonWord reports whether the capitalised token k is a word of common.txt or a stopword
// (Makasih, Paket, Mereka) that is neither a given name nor a gazetteer name.
func (d *doc) commonWord(k int) bool {
	t := &d.toks[k]
	if t.cls != clsCap || t.pat {
		return false
	}
	return d.is(k, lxCommon|lxStop) && !d.is(k, lxGivenName) && !d.gazStarts(k)
}
