package sentiment

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/telaah/telaah/tokenize"
)

// params are the scoring constants. The defaults were tuned on the train splits of SmSA and
// PRDECT-ID (never on dev); see tune_test.go.
type params struct {
	window     int        // negation window, in words after the negator
	negPos     float64    // scale of a negator's weight when it flips a positive value
	negNeg     float64    // scale of a negator's weight when it flips a negative value
	dangling   float64    // value of a negator that has nothing to flip ("barang tidak datang")
	danglingMx float64    // multiplier of dangling in a sentence that has other valued words
	boost      float64    // scale of the booster and diminisher weights of modifiers.tsv
	contrast   float64    // scale of the contrast and concessive weights (their distance from 1)
	report     float64    // scale of the weights of reportive markers (sebut, klaim, menurut)
	stemWeight float64    // weight of a value found through the stem only
	capsInc    float64    // added to |value| of an ALL-CAPS word in a sentence that is not all caps
	exclInc    float64    // added to |sentence sum| per '!', up to 4
	question   float64    // multiplier of a sentence with '?'
	alpha      float64    // sentence normalization: s / sqrt(s*s + alpha)
	posBand    float64    // compound >= posBand is Positive
	negBand    float64    // compound <= -negBand is Negative
	lastWeight float64    // weight of the last sentence that has cues
	docMix     float64    // document compound: docMix*mean(sentence compounds) + (1-docMix)*norm(sum)
	decay      [3]float64 // booster weight by distance to the word
	event      float64    // weight of an event word (events.txt: tewas, menang, unggul)
}

var defaultParams = params{
	window:     2,
	negPos:     1,
	negNeg:     0.2,
	dangling:   -2,
	danglingMx: 1,
	boost:      1.5,
	contrast:   1,
	report:     1,
	stemWeight: 0.5,
	capsInc:    0.5,
	exclInc:    0.2,
	question:   0.75,
	alpha:      5,
	posBand:    0,
	negBand:    0,
	lastWeight: 1.5,
	docMix:     0.5,
	decay:      [3]float64{1, 0.95, 0.9},
	event:      0.5,
}

// Rule bits recorded on cues.
const (
	ruleStem uint16 = 1 << iota
	rulePhrase
	ruleEmoticon
	ruleNegated
	ruleBoosted
	ruleDiminished
	ruleContrast
	ruleConcessive
	ruleCaps
	ruleModifier
	ruleNormal
	ruleReported
	ruleEvent
	numRules = iota
)

var ruleNames = [numRules]string{"stem", "phrase", "emoticon", "negated", "boosted", "diminished",
	"contrast", "concessive", "caps", "modifier", "normal", "reported", "event"}

// ruleString returns the "+"-joined names of the bits of r ("lexicon" for none). Each string is
// built once per Scorer and combination, in a fixed-size table of atomic pointers.
func (s *Scorer) ruleString(r uint16) string {
	if r == 0 {
		return "lexicon"
	}
	slot := &s.rules[r&(1<<numRules-1)]
	if p := slot.Load(); p != nil {
		return *p
	}
	var b strings.Builder
	for i := 0; i < numRules; i++ {
		if r&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(ruleNames[i])
		}
	}
	str := b.String()
	slot.Store(&str)
	return str
}

// unit kinds
const (
	uWord   uint8 = iota // a word with no role
	uSent                // a word, expression or emoticon with a value
	uMod                 // a modifier
	uBreak               // punctuation that ends a clause
	uOther               // punctuation or symbol that does not
	uFiller              // a word that the negation window looks through; otherwise a uWord
)

// isWord reports whether a unit of kind k is a word with no role (a filler is one).
func isWord(k uint8) bool { return k == uWord || k == uFiller }

// unit is what the rules know of a valued unit or a modifier. The units of a sentence are
// numbered; a clause keeps the kind of each in a byte array and a unit only for the valued ones
// and the modifiers, about a third of the words, which alone the rules read and change.
type unit struct {
	start, end int
	val        float64
	lemma      string // of an expression or emoticon
	e          *entry // of a word or modifier
	rules      uint16
	caps       bool
	used       bool
	event      bool // an event word: reports what happened, judges nothing
}

// lemmaOf returns the Lemma of the cue of u. A word's is read from its entry only here, for the
// few words that become cues: the lemma of the lexicon entry it matched, or for a modifier that
// modified nothing, its canonical form or itself.
func (u *unit) lemmaOf() string {
	switch {
	case u.e == nil:
		return u.lemma
	case u.rules&ruleModifier != 0 && u.e.as != "":
		return u.e.as
	case u.rules&ruleModifier != 0:
		return u.e.low
	}
	return u.e.lemma
}

type scratch struct {
	toks  []tokenize.Token
	ents  []*entry  // entries of the tokens of a text (nil: punctuation)
	flags []uint8   // their token flags (fWord...)
	keys  []wordKey // keys of the short words in todo, by their place in todo
	hs    []uint64  // hashes of keys
	ends  []int     // ends in toks of the tokens of each sentence
	todo  []int32   // the tokens that lookupWords looks up
	units []unit    // the units of a sentence by number (see clause)
	kinds []uint8   // their kinds
	vals  []int32   // the numbers of its valued units
	mods  []int32   // the numbers of its modifiers
	buf   [64]byte
	front *front  // a small front of the Scorer's cache, owned by this scratch
	owner *Scorer // the Scorer whose entries front holds
	sents []tokenize.Sentence
	cues  []Cue
	slab  resultSlab

	weights, comps, sums []float64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// resultSlab hands out the Sentences of Results from blocks that several Results share: one
// allocation for many short texts instead of one for each. Each slice has exactly its length as
// capacity, so that an append by the caller copies it rather than writing over the next
// Result's. A Result keeps its block alive: a caller that keeps one Result out of many keeps one
// block, 2.3 KB. Sentence scores hold no pointer into the text; cues do, and are not shared.
type resultSlab struct {
	sents []SentenceScore
}

// The blocks fill the 2,304-byte size class of the allocator with the 8-byte header that it puts
// before a block of more than 512 bytes that holds pointers: 57 sentence scores (2,280 bytes).
const (
	slabSents = 57
	slabMax   = 4 // a Result with more sentences gets a slice of its own
)

// take returns n elements from the front of *block, which it first replaces with a new block of
// size elements when it has fewer than n left; more than slabMax elements get their own
// allocation.
func take[T any](block *[]T, n, size int) []T {
	if n > len(*block) {
		if n > slabMax {
			return make([]T, n)
		}
		*block = make([]T, size)
	}
	s := (*block)[:n:n]
	*block = (*block)[n:]
	return s
}

// front is a small table of the Scorer's cache owned by one scratch, for words of at most
// maxShortKey bytes: small enough to stay in the CPU cache, large enough to hold the common words
// of a language. A set is frontWays keys in one 64-byte cache line and their entries; a hit on a
// plain word reads the key line only, since the scorer needs nothing of its entry.
type front struct {
	keys [frontSets][frontWays]wordKey // bit 63 of hi marks a plain word (e.plain())
	ents [frontSets][frontWays]*entry
}

const (
	frontSets = 4096
	frontWays = 4
	plainMark = 1 << 63
)

// plainWord stands for every word that has no value, no role and opens or continues no
// expression. It is never modified.
var plainWord = &entry{entryInfo: &entryInfo{}}

// plain reports whether the scorer can treat e as plainWord.
func (e *entry) plain() bool {
	return e.value == 0 && e.kind == modNone && !e.opens && e.ids == [4]int32{} && !e.event
}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(sc *scratch) {
	if cap(sc.toks) > 1<<16 || cap(sc.units) > 1<<16 || cap(sc.ents) > 1<<16 {
		return // do not keep huge buffers
	}
	sc.toks = sc.toks[:0]
	sc.sents = sc.sents[:0]
	sc.cues = sc.cues[:0]
	sc.ents = sc.ents[:0]
	sc.units = sc.units[:0]
	scratchPool.Put(sc)
}

// lookup returns the entry of one word token (never nil).
func (s *Scorer) lookup(tok string, sc *scratch) *entry { return s.find(tok, sc, true) }

// find returns the entry of one word token (never nil); unless full is set, a plain word may be
// returned as plainWord.
func (s *Scorer) find(tok string, sc *scratch, full bool) *entry {
	k, ok := packLower(tok)
	if !ok {
		return s.findSlow(tok, sc, full, true)
	}
	return s.findKey(k, sc, full)
}

// Token flags of lookupWords.
const (
	fWord  uint8 = 1 << iota // a word: looked up
	fShort                   // a short ASCII word: looked up by its key and hash (scratch.keys, .hs)
	fCaps                    // ALL CAPS (isAllCaps)
	fLower                   // has a lower-case letter or is not ASCII (hasLower)
	fBreak                   // punctuation that ends a clause (cBreak)
	fQuiet                   // a word whose entry is quiet (set by lookupWords and Word)
	fCont                    // a word that can continue an expression: its entry has ids
)

// entryFlags returns the fQuiet and fCont flags of a word whose entry is e.
func entryFlags(e *entry) uint8 {
	var f uint8
	if e.quiet() {
		f |= fQuiet
	}
	if e.ids[0] != 0 { // the ids are packed from the first
		f |= fCont
	}
	return f
}

// quiet reports whether e is a word with no value and no role as a modifier that opens no
// expression: a unit of kind uWord that the scoring loop takes without reading its entry.
func (e *entry) quiet() bool { return e.value == 0 && e.kind == modNone && !e.opens }

// lookupWords sets sc.ents and sc.flags for toks and sc.ends for sents (see sentenceEnds). Unless
// trusted, it first checks that the tokens lie in text, each starting at or after the start of
// the one before, and reports false when they do not.
//
// The tokens that have a Word of s in words take its entry; it reads the others twice: the first
// pass packs and hashes the short ASCII words, the second looks them up in the front table. Each
// iteration of the second loop is short and independent of the others, so the CPU waits for the
// cache lines of several words at once rather than one after the other.
func (s *Scorer) lookupWords(text string, toks []tokenize.Token, sents []tokenize.Sentence, words []Word, sc *scratch, trusted bool) bool {
	if !trusted && !tokensValid(text, toks) {
		return false
	}
	sc.ends = sentenceEnds(toks, sents, sc.ends)
	n := len(toks)
	ents := slices.Grow(sc.ents[:0], n)[:n]
	flags := slices.Grow(sc.flags[:0], n)[:n]
	todo := slices.Grow(sc.todo[:0], n)[:n] // the tokens to look up
	if words == nil {
		for i := range todo {
			todo[i] = int32(i)
		}
	} else {
		todo = todo[:takeWords(words, s.id, ents, flags, todo)]
	}
	m := len(todo)
	keys := slices.Grow(sc.keys[:0], m)[:m]
	hs := slices.Grow(sc.hs[:0], m)[:m]
	sc.ents, sc.flags, sc.todo, sc.keys, sc.hs = ents, flags, todo, keys, hs
	short := false // a token to look up in the front table
	for j, i := range todo {
		k, f := tokenFlags(text, toks[i].Start, toks[i].End)
		flags[i] = f
		if f&fShort != 0 {
			keys[j] = k
			hs[j] = s.cache.hashKey(k)
			short = true
		}
	}
	if short {
		s.ownFront(sc) // not before: with Words, the 393 KB table is seldom needed
	}
	for j, i := range todo {
		f := flags[i]
		switch {
		case f&fShort != 0:
			ents[i] = s.findHashed(keys[j], hs[j], sc, false)
		case f&fWord != 0:
			ents[i] = s.findSlow(text[toks[i].Start:toks[i].End], sc, false, true)
		default:
			ents[i] = nil
			continue
		}
		flags[i] |= entryFlags(ents[i])
	}
	return true
}

// takeWords sets ents[i] and flags[i] from words[i] for each Word of the Scorer id, and the next
// element of todo to i for each other one; it returns the number of those. It is a function of
// its own, not inlined, so that its loop, which calls nothing, keeps its variables in registers.
//
//go:noinline
func takeWords(words []Word, id uint32, ents []*entry, flags []uint8, todo []int32) int {
	ents, flags, todo = ents[:len(words)], flags[:len(words)], todo[:len(words)]
	m := 0
	for i := range words {
		if w := &words[i]; w.id == id {
			flags[i], ents[i] = w.flags, w.e
		} else {
			todo[m] = int32(i)
			m++
		}
	}
	return m
}

// tokensValid reports whether the tokens lie in text, each starting at or after the start of the
// one before.
func tokensValid(text string, toks []tokenize.Token) bool {
	prev := 0
	for i := range toks {
		start, end := toks[i].Start, toks[i].End
		if start < prev || end < start || end > len(text) {
			return false
		}
		prev = start
	}
	return true
}

// sentenceEnds sets ends, grown to the length of sents, to the ends in toks of the tokens of each
// sentence: those from the end of the previous one that start before its end (the last sentence
// takes the rest).
func sentenceEnds(toks []tokenize.Token, sents []tokenize.Sentence, ends []int) []int {
	ends = slices.Grow(ends[:0], len(sents))[:len(sents)]
	i := 0
	for si := range len(sents) - 1 {
		for i < len(toks) && toks[i].Start < sents[si].End {
			i++
		}
		ends[si] = i
	}
	ends[len(sents)-1] = len(toks)
	return ends
}

// tokenFlags returns the flags of the token text[start:end] and, with fShort, its key.
func tokenFlags(text string, start, end int) (wordKey, uint8) {
	w := text[start:end]
	if c := classify(w); c != cWord {
		if c == cBreak {
			return wordKey{}, fBreak
		}
		return wordKey{}, 0
	}
	k, f, ok := packWord(text, start, end)
	if ok {
		return k, f
	}
	f = fWord
	if isAllCaps(w) {
		f |= fCaps
	} else if hasLower(w) {
		f |= fLower
	}
	return k, f
}

// findSlow is find for a token that is not ASCII or is long. Unless front is set, a short key
// skips the front table of sc.
func (s *Scorer) findSlow(tok string, sc *scratch, full, front bool) *entry {
	var low string
	if isASCII(tok) {
		if len(tok) > len(sc.buf) {
			return s.compute(strings.ToLower(tok)) // too long to cache
		}
		key := sc.buf[:0]
		for i := 0; i < len(tok); i++ {
			c := tok[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		return s.findLong(key, "")
	}
	low = stripVS(strings.ToLower(tok))
	if len(low) <= maxShortKey {
		if !front {
			k := packKey(low)
			return s.findShared(k, s.cache.hashKey(k), sc.buf[:0])
		}
		return s.findKey(packKey(low), sc, full)
	}
	if len(low) > len(sc.buf) {
		return s.compute(low) // too long to cache
	}
	return s.findLong(append(sc.buf[:0], low...), low)
}

// findLong looks a key longer than a wordKey up in the Scorer's cache; low is the key as a string,
// or "".
func (s *Scorer) findLong(key []byte, low string) *entry {
	h := s.cache.hash(key)
	e := s.cache.get(h, key)
	if e == nil {
		if low == "" {
			low = string(key)
		}
		e = s.compute(low)
		s.cache.put(h, e)
	}
	return e
}

// ownFront makes the front table of sc one of s.
func (s *Scorer) ownFront(sc *scratch) {
	if sc.owner != s || sc.front == nil {
		if sc.front == nil {
			sc.front = new(front)
		} else {
			*sc.front = front{}
		}
		sc.owner = s
	}
}

// findKey looks a short key up in the front table of sc, then in the Scorer's cache.
func (s *Scorer) findKey(k wordKey, sc *scratch, full bool) *entry {
	s.ownFront(sc)
	return s.findHashed(k, s.cache.hashKey(k), sc, full)
}

// findHashed is findKey for a key whose hash is h, with the front table of sc owned by s.
func (s *Scorer) findHashed(k wordKey, h uint64, sc *scratch, full bool) *entry {
	set := h & (frontSets - 1)
	keys := &sc.front.keys[set]
	for w := range keys {
		if keys[w].lo != k.lo || keys[w].hi&^plainMark != k.hi {
			continue
		}
		ents := &sc.front.ents[set]
		if w > 0 {
			// Move the word one way up: the frequent words of a set gather in front of the
			// rare ones, and a new word replaces the last way.
			keys[w], keys[w-1] = keys[w-1], keys[w]
			ents[w], ents[w-1] = ents[w-1], ents[w]
			w--
		}
		if keys[w].hi&plainMark != 0 && !full {
			return plainWord
		}
		return ents[w]
	}
	e := s.findShared(k, h, sc.buf[:0])
	if e.plain() {
		k.hi |= plainMark
	}
	keys[frontWays-1], sc.front.ents[set][frontWays-1] = k, e
	return e
}

// findShared looks the short key k, whose hash is h, up in the Scorer's cache, with buf as
// scratch space, and computes its entry on a miss.
func (s *Scorer) findShared(k wordKey, h uint64, buf []byte) *entry {
	key := k.bytes(buf)
	e := s.cache.get(h, key)
	if e == nil {
		e = s.compute(string(key))
		s.cache.put(h, e)
	}
	return e
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// compute resolves a lower-cased token: listed surface form, then normal form, then stem.
func (s *Scorer) compute(low string) *entry {
	l := s.lex
	e := &entry{entryInfo: &entryInfo{low: low, norm: low, stem: low}}
	find := func(w string) bool {
		if v, ok := l.words[w]; ok {
			e.value, e.lemma = v, w
			return true
		}
		if em, ok := l.emotes[w]; ok {
			e.value, e.lemma = em.value, em.key
			return true
		}
		return false
	}
	if l.neutral[low] {
		e.norm = s.norm.Token(low)
		e.stem = e.norm
		e.addPhrases(l)
		return e
	}
	found := find(low)
	m, isMod := l.mods[low]
	e.norm = s.norm.Token(low)
	if !found && !isMod && e.norm != low && e.norm != "" {
		found = find(e.norm)
		if m2, ok := l.mods[e.norm]; ok && !found {
			m, isMod = m2, true
		}
		if found || isMod {
			e.via = viaNormal
		}
	}
	if isLetters(e.norm) {
		e.stem = s.stem.Stem(e.norm)
	} else {
		e.stem = e.norm
	}
	if !found && !isMod {
		// Reduplication: "enak-enak", "enak2".
		base := ""
		if a, b, ok := strings.Cut(e.norm, "-"); ok && a == b {
			base = a
		} else if n := len(e.norm); n > 3 && e.norm[n-1] == '2' && isLetters(e.norm[:n-1]) {
			base = e.norm[:n-1]
		}
		if base != "" && find(base) {
			e.via = viaNormal
			found = true
		}
	}
	if !found && !isMod && e.stem != e.norm && e.stem != "" {
		if find(e.stem) {
			e.via = viaStem
		}
	}
	e.event = found && l.events[e.lemma]
	if isMod {
		e.mod = m
		e.kind = m.kind
		e.as = m.as
		e.dangles = m.valence != 0 || m.kind == modNegator
	}
	e.addPhrases(l)
	return e
}

// addPhrases collects the expressions that the token of e can open and its expression-word ids.
func (e *entry) addPhrases(l *lexicon) {
	n := 0
	for _, k := range [...]string{e.low, e.norm, e.stem, e.as} {
		if id := l.ids[k]; id != 0 && k != "" {
			dup := false
			for _, x := range e.ids[:n] {
				dup = dup || x == id
			}
			if !dup {
				e.ids[n] = id
				n++
			}
		}
	}
	var list []*phrase
	addList := func(ph *phrase) {
		for _, q := range list {
			if q == ph {
				return
			}
		}
		list = append(list, ph)
	}
	for _, k := range [...]string{e.low, e.norm, e.stem, e.as} {
		if k == "" {
			continue
		}
		ps := l.phrases[k]
		for i := range ps {
			addList(&ps[i])
		}
		for _, ph := range l.byStem[k] {
			addList(ph)
		}
	}
	if len(list) == 0 {
		return
	}
	for _, ph := range list {
		for _, id := range ph.ids[1] {
			if id == 0 {
				continue
			}
			i := slices.IndexFunc(e.phr, func(g phraseGroup) bool { return g.id == id })
			if i < 0 {
				e.phr = append(e.phr, phraseGroup{id: id})
				i = len(e.phr) - 1
			}
			e.phr[i].ps = append(e.phr[i].ps, ph)
		}
	}
	for _, g := range e.phr {
		slices.SortStableFunc(g.ps, func(a, b *phrase) int { return len(b.words) - len(a.words) })
	}
	slices.SortFunc(e.phr, func(a, b phraseGroup) int { return cmp.Compare(a.id, b.id) })
	for _, g := range e.phr {
		e.idMask |= 1 << (g.id & 15)
	}
	e.opens = len(e.phr) > 0
}

// group returns the expressions of the groups phr (an entry's, sorted by id) whose second word
// has the id, longest first. A negator such as "tidak" opens expressions with more than a
// hundred second words: the search is binary.
func group(phr []phraseGroup, id int32) []*phrase {
	lo, hi := 0, len(phr)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if phr[m].id < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(phr) && phr[lo].id == id {
		return phr[lo].ps
	}
	return nil
}

func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// tokClass tells punctuation from words.
const (
	cWord uint8 = iota
	cBreak
	cPunct
)

// asciiClass is the class of a token by its first byte, when ASCII.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_':
			t[c] = cWord
		case strings.IndexByte(`.,;:!?()[]"{}`, byte(c)) >= 0:
			t[c] = cBreak
		default:
			t[c] = cPunct
		}
	}
	return t
}()

// classify returns the class of the token t.
func classify(t string) uint8 {
	if t == "" {
		return cPunct
	}
	if c := t[0]; c < utf8.RuneSelf {
		return asciiClass[c]
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return cWord
	}
	if unicode.IsPunct(r) {
		switch r {
		case '…', '“', '”', '‘', '’', '«', '»', '。', '、':
			return cBreak
		}
		return cPunct
	}
	return cWord // emoji and other symbols are looked up
}

func isAllCaps(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return n >= 2
}

func hasLower(t string) bool {
	for i := 0; i < len(t); i++ {
		if c := t[i]; 'a' <= c && c <= 'z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// score is the scorer proper. Unless trusted (tokens and sentences from the tokenizer), the spans
// are checked first.
func (s *Scorer) score(text string, toks []tokenize.Token, sents []tokenize.Sentence, words []Word, sc *scratch, trusted bool) Result {
	res := Result{Label: Neutral, Neutral: 1, Sentences: []SentenceScore{}, Cues: []Cue{}}
	sc.cues = sc.cues[:0]
	if len(text) == 0 || len(toks) == 0 {
		return res
	}
	whole := [1]tokenize.Sentence{{Start: 0, End: len(text)}}
	if len(sents) == 0 {
		sents = whole[:]
	}
	for _, st := range sents {
		if st.Start < 0 || st.End > len(text) || st.End < st.Start {
			sents = whole[:]
			break
		}
	}
	// The entries of all the words at once: the more words, the more cache lines the CPU can
	// fetch at a time (see lookupWords).
	if !s.lookupWords(text, toks, sents, words, sc, trusted) {
		// Keep only tokens that lie in text, in order.
		var clean []tokenize.Token
		last := 0
		for _, t := range toks {
			if t.Start >= last && t.End >= t.Start && t.End <= len(text) {
				clean = append(clean, t)
				last = t.End
			}
		}
		if len(clean) == 0 {
			return res
		}
		toks = clean
		// words are no longer in step with toks
		s.lookupWords(text, toks, sents, nil, sc, true)
	}

	p := &s.p
	var (
		posSum, negSum, neuSum float64
		docSum, cSum, wSum     float64
		nCue                   int
		lastCue                = -1
		anyJudged              bool
	)
	res.Sentences = take(&sc.slab.sents, len(sents), slabSents)[:0]
	weights, comps, sums := sc.weights[:0], sc.comps[:0], sc.sums[:0]
	ti := 0
	for si, st := range sents {
		// Tokens of this sentence (see sentenceEnds).
		t0 := ti
		ti = sc.ends[si]
		sum, pos, neg, neu, hasCue, judged, contrastStart := s.sentence(text, toks[t0:ti], sc.ents[t0:ti], sc.flags[t0:ti], sc)
		anyJudged = anyJudged || judged
		posSum += pos
		negSum += neg
		neuSum += neu
		c := 0.0
		if sum != 0 {
			c = sum / math.Sqrt(sum*sum+p.alpha)
		}
		lab := p.label(c)
		if !judged {
			lab = Neutral // only events reported: no judgement
		}
		res.Sentences = append(res.Sentences, SentenceScore{Start: st.Start, End: st.End,
			Score: round3(c), Label: lab})
		w := 0.0
		if hasCue {
			w = 1
			if contrastStart > 0 {
				w *= contrastStart
				if lastCue >= 0 {
					weights[lastCue] /= contrastStart
				}
			}
			lastCue = si
			nCue++
		}
		weights = append(weights, w)
		comps = append(comps, c)
		sums = append(sums, sum)
	}
	if lastCue >= 0 {
		weights[lastCue] *= p.lastWeight
		for i, w := range weights {
			cSum += w * comps[i]
			docSum += w * sums[i]
			wSum += w
		}
		mean := cSum / wSum
		norm := docSum / math.Sqrt(docSum*docSum+p.alpha)
		res.Score = round3(max(-1, min(1, p.docMix*mean+(1-p.docMix)*norm)))
	}
	total := posSum + negSum + neuSum
	if total > 0 {
		res.Positive = round3(posSum / total)
		res.Negative = round3(negSum / total)
		res.Neutral = round3(1 - res.Positive - res.Negative)
	}
	res.Label = p.label(res.Score)
	if !anyJudged {
		// A text whose only cues are event words reports what happened ("dua pelajar tewas",
		// "isran - hadi unggul") and judges nothing: its label is Neutral, its score keeps the
		// events' sign.
		res.Label = Neutral
	}
	if len(sc.cues) > 0 {
		// Cues get their own allocation: a cue's text is a substring of the caller's text, so a
		// block shared with other Results would keep their texts alive with this one.
		res.Cues = slices.Clone(sc.cues)
	}
	sc.weights, sc.comps, sc.sums = weights, comps, sums
	return res
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func (p *params) label(c float64) Label {
	switch {
	case c >= p.posBand && c > 0:
		return Positive
	case c <= -p.negBand && c < 0:
		return Negative
	}
	return Neutral
}

// clause is the units of one sentence (see unit) and what the rules need of its tokens.
type clause struct {
	kinds    []uint8 // kind of each unit
	units    []unit  // units[j] is set where kinds[j] is uSent or uMod
	vals     []int32 // the valued units, in order
	mods     []int32 // the modifiers, in order
	words    int     // units of kind uWord or uFiller
	excl     int     // '!' in the sentence
	question bool    // a '?' in the sentence
	capsDiff bool    // it has both ALL-CAPS words and words with lower-case letters
}

// sentence scores the tokens of one sentence, whose entries and flags are ents and flags, appends
// its cues to sc.cues and returns its sum, its positive, negative and neutral weights, whether it
// has cues and, when it opens with a contrast marker, that marker's weight.
func (s *Scorer) sentence(text string, toks []tokenize.Token, ents []*entry, flags []uint8, sc *scratch) (sum, pos, neg, neu float64, hasCue, judged bool, contrastStart float64) {
	c := s.units(text, toks, ents, flags, sc)
	sc.kinds, sc.units, sc.vals, sc.mods = c.kinds, c.units, c.vals, c.mods // kept for the next sentence
	for _, j := range c.vals {
		s.applyRules(&c, int(j))
	}
	var report float64
	contrastStart, report = s.applyModifiers(&c)
	sum, pos, neg, neu, hasCue, judged = s.sum(text, &c, report, sc)
	p := &s.p
	if sum != 0 {
		if c.excl > 0 {
			inc := float64(min(c.excl, 4)) * p.exclInc
			if sum > 0 {
				sum += inc
			} else {
				sum -= inc
			}
		}
		if c.question {
			sum *= p.question
		}
	}
	return sum, pos, neg, neu, hasCue, judged, contrastStart
}

// units turns the tokens of a sentence into its units: a unit is a token, or the tokens of an
// emoticon or a multiword expression.
func (s *Scorer) units(text string, toks []tokenize.Token, ents []*entry, flags []uint8, sc *scratch) clause {
	p := &s.p
	lex := s.lex
	n := len(toks)
	c := clause{kinds: slices.Grow(sc.kinds[:0], n)[:n], units: slices.Grow(sc.units[:0], n)[:n],
		vals: sc.vals[:0], mods: sc.mods[:0]}
	kinds, units := c.kinds, c.units
	var wordFlags uint8 // the flags of the words, or-ed
	j := 0              // the number of the next unit
	words := 0          // units of kind uWord or uFiller
	for i := 0; i < n; i, j = i+1, j+1 {
		if flags[i]&fQuiet != 0 {
			wordFlags |= flags[i]
			kinds[j] = uWord
			words++
			continue
		}
		e := ents[i]
		if e == nil {
			t := &toks[i]
			w := text[t.Start:t.End]
			// Emoticon over adjacent punctuation tokens, longest first.
			if len(w) > 0 && lex.emoStart[w[0]] {
				if k, v, lemma := s.emoticon(text, toks, i, sc); k > 0 {
					kinds[j] = uSent
					units[j] = unit{start: t.Start, end: toks[i+k-1].End, val: v, lemma: lemma, rules: ruleEmoticon}
					c.vals = append(c.vals, int32(j))
					i += k - 1
					continue
				}
			}
			kinds[j] = uOther
			if flags[i]&fBreak != 0 {
				c.excl += strings.Count(w, "!")
				if strings.IndexByte(w, '?') >= 0 {
					c.question = true
				}
				kinds[j] = uBreak
			}
			continue
		}
		wordFlags |= flags[i]
		if e.opens && i+1 < n && flags[i+1]&fCont != 0 {
			// Multiword expressions, longest first.
			if ph := matchPhrase(ents[i:], e); ph != nil {
				k := len(ph.ids)
				kinds[j] = uWord // a neutral expression
				if ph.value != 0 {
					kinds[j] = uSent
					units[j] = unit{start: toks[i].Start, end: toks[i+k-1].End, val: ph.value, lemma: ph.text,
						rules: rulePhrase, caps: flags[i]&fCaps != 0}
					c.vals = append(c.vals, int32(j))
				} else {
					words++
				}
				i += k - 1
				continue
			}
		}
		switch {
		case e.kind == modNone && e.value == 0:
			kinds[j] = uWord
			words++
		case e.kind == modFiller:
			kinds[j] = uFiller
			words++
		case e.kind != modNone:
			kinds[j] = uMod
			units[j] = unit{start: toks[i].Start, end: toks[i].End, e: e}
			c.mods = append(c.mods, int32(j))
		default:
			u := unit{start: toks[i].Start, end: toks[i].End, val: e.value, e: e, caps: flags[i]&fCaps != 0, event: e.event}
			if e.event {
				u.val *= p.event
				u.rules |= ruleEvent
			}
			switch e.via {
			case viaStem:
				u.val *= p.stemWeight
				u.rules |= ruleStem
			case viaNormal:
				u.rules |= ruleNormal
			}
			kinds[j] = uSent
			units[j] = u
			c.vals = append(c.vals, int32(j))
		}
	}
	c.kinds, c.units, c.words = kinds[:j], units[:j], words
	// fCaps and fLower are never both set on one word.
	c.capsDiff = wordFlags&fCaps != 0 && wordFlags&fLower != 0
	return c
}

// matchPhrase returns the longest expression that the entries ents, the first e, start with, or
// nil.
func matchPhrase(ents []*entry, e *entry) *phrase {
	var best *phrase
	for _, id := range ents[1].ids {
		if id == 0 {
			break
		}
		if e.idMask&(1<<(id&15)) == 0 {
			continue // no group of e.phr has the id
		}
		for _, ph := range group(e.phr, id) {
			n := len(ph.ids)
			if best != nil && n <= len(best.ids) {
				break
			}
			if n > len(ents) {
				continue
			}
			ok := true
			for k := 2; k < n; k++ {
				if ents[k] == nil || !ents[k].hasID(ph.ids[k]) {
					ok = false
					break
				}
			}
			if ok {
				best = ph
				break
			}
		}
	}
	return best
}

// applyRules sets the value of the valued unit j of c: negation, boosters and diminishers in the
// window before it, boosters after it, emphasis by capitals.
func (s *Scorer) applyRules(c *clause, j int) {
	p := &s.p
	kinds, units := c.kinds, c.units
	u := &units[j]
	v := u.val
	inner, outer := 1.0, 1.0
	negated, negW := false, 0.0
	d := 0
	for k := j - 1; k >= 0 && d < p.window; k-- {
		kind := kinds[k]
		if kind == uBreak || kind == uSent {
			break
		}
		if kind == uMod {
			b := &units[k]
			m := b.e.mod
			dec := p.decay[min(d, 2)]
			stop := false
			switch m.kind {
			case modContrast, modConcessive:
				stop = true
			case modBooster:
				if negated {
					outer *= 1 + m.weight*dec*p.boost
				} else {
					inner *= 1 + m.weight*dec*p.boost
				}
				b.used = true
				u.rules |= ruleBoosted
			case modDiminisher:
				if negated {
					outer *= 1 - m.weight*dec*p.boost
				} else {
					inner *= 1 - m.weight*dec*p.boost
				}
				b.used = true
				u.rules |= ruleDiminished
			case modNegator:
				negated = !negated
				if negated {
					negW = m.weight
					// Boosters between the negator and the word soften the negation
					// ("tidak terlalu bagus" is mildly negative).
					if inner > 1 {
						inner = 1 / inner
					}
				}
				b.used = true
			}
			if stop {
				break
			}
		}
		if kind == uWord || kind == uMod {
			d++
		}
	}
	// Boosters after the word: "bagus sekali", "enak banget".
	for k := j + 1; k < len(kinds) && k <= j+2; k++ {
		if kinds[k] != uMod || units[k].e.kind != modBoosterPost {
			if isWord(kinds[k]) {
				continue
			}
			break
		}
		b := &units[k]
		inner *= 1 + b.e.mod.weight*p.boost
		b.used = true
		u.rules |= ruleBoosted
	}
	v *= inner
	if negated {
		if v > 0 {
			v *= -negW * p.negPos
		} else {
			v *= -negW * p.negNeg
		}
		u.rules |= ruleNegated
	}
	v *= outer
	if u.caps && c.capsDiff {
		if v > 0 {
			v += p.capsInc
		} else {
			v -= p.capsInc
		}
		u.rules |= ruleCaps
	}
	u.val = v
}

// applyModifiers gives a value to the modifiers of c that modified nothing, applies the contrast,
// concessive and reportive markers and returns the weight of a contrast marker that opens the
// sentence (or 0) and that of the reportive markers (1 for none).
func (s *Scorer) applyModifiers(c *clause) (contrastStart, report float64) {
	report = 1
	if len(c.mods) == 0 {
		return 0, report
	}
	p := &s.p
	kinds, units := c.kinds, c.units
	// Modifiers that modified nothing. A negator looks at the kind of the next unit before that
	// unit, if a modifier, is changed here.
	for _, j := range c.mods {
		u := &units[j]
		if u.used || !u.e.dangles {
			continue
		}
		m := &u.e.mod
		v := m.valence
		if v == 0 && m.kind == modNegator {
			// A negator with a word after it in its clause: "barang tidak datang".
			if int(j)+1 < len(kinds) && isWord(kinds[j+1]) {
				v = p.dangling
				if m.hasDangling {
					v = m.dangling
				}
				if len(c.vals) > 0 {
					v *= p.danglingMx
				}
			}
		}
		if v != 0 {
			kinds[j], u.val, u.rules = uSent, v, ruleModifier
		}
	}
	// Contrast: the last contrast marker splits the sentence; a concessive marker damps its clause.
	cpos, cw := -1, 1.0
	for _, j := range c.mods {
		u := &units[j]
		switch u.e.kind {
		case modReportive:
			report = min(report, u.e.mod.weight*p.report)
		case modContrast:
			cpos, cw = int(j), 1+(u.e.mod.weight-1)*p.contrast
		case modConcessive:
			for k := int(j) + 1; k < len(kinds) && kinds[k] != uBreak; k++ {
				if kinds[k] == uSent {
					units[k].val *= 1 + (u.e.mod.weight-1)*p.contrast
					units[k].rules |= ruleConcessive
				}
			}
		}
	}
	if cpos >= 0 && cw > 0 {
		before := false
		for j := 0; j < cpos; j++ {
			if kinds[j] != uBreak && kinds[j] != uOther {
				before = true
				break
			}
		}
		if !before {
			contrastStart = cw
		} else {
			c.eachValued(func(j int, u *unit) {
				if j == cpos {
					return
				}
				if j < cpos {
					u.val /= cw
				} else {
					u.val *= cw
				}
				u.rules |= ruleContrast
			})
		}
	}
	if report < 1 {
		c.eachValued(func(_ int, u *unit) {
			u.val *= report
			u.rules |= ruleReported
		})
	}
	return contrastStart, report
}

// eachValued calls f on each unit of c that has a value (kind uSent), in order.
func (c *clause) eachValued(f func(j int, u *unit)) {
	vals, mods := c.vals, c.mods
	for len(vals) > 0 || len(mods) > 0 {
		var j int
		if len(mods) == 0 || len(vals) > 0 && vals[0] < mods[0] {
			j, vals = int(vals[0]), vals[1:]
		} else {
			j, mods = int(mods[0]), mods[1:]
			if c.kinds[j] != uSent {
				continue
			}
		}
		f(j, &c.units[j])
	}
}

// sum returns the sum of the values of the units of c, its positive, negative and neutral weights,
// whether it has cues and whether it judges, and appends its cues to sc.cues. It walks the valued
// units and the modifiers in order, as eachValued does, in a loop of its own: this one runs for
// every sentence.
func (s *Scorer) sum(text string, c *clause, report float64, sc *scratch) (sum, pos, neg, neu float64, hasCue, judged bool) {
	// Each word with no role counts 1 in the neutral weight, and so does each modifier left
	// without a value and each valued unit whose value came to 0.
	n := c.words
	vals, mods := c.vals, c.mods
	for len(vals) > 0 || len(mods) > 0 {
		var j int32
		if len(mods) == 0 || len(vals) > 0 && vals[0] < mods[0] {
			j, vals = vals[0], vals[1:]
		} else {
			j, mods = mods[0], mods[1:]
			if c.kinds[j] != uSent {
				n++
				continue
			}
		}
		u := &c.units[j]
		if u.val == 0 {
			n++
			continue
		}
		sum += u.val
		if u.val > 0 {
			pos += u.val + 1
		} else {
			neg += -u.val + 1
		}
		hasCue = true
		judged = judged || !u.event && report >= 1 // reported speech judges nothing either
		sc.cues = append(sc.cues, Cue{Text: text[u.start:u.end], Start: u.start, End: u.end,
			Value: round3(u.val), Lemma: u.lemmaOf(), Rule: s.ruleString(u.rules)})
	}
	return sum, pos, neg, float64(n), hasCue, judged
}

// emoticon matches the longest emoticon made of adjacent tokens from toks[i]. It returns the number
// of tokens, the value and the entry.
func (s *Scorer) emoticon(text string, toks []tokenize.Token, i int, sc *scratch) (int, float64, string) {
	l := s.lex
	best, bv, bl := 0, 0.0, ""
	start := toks[i].Start
	for k := i; k < len(toks) && k < i+6; k++ {
		if k > i && toks[k].Start != toks[k-1].End {
			break
		}
		span := text[start:toks[k].End]
		if len(span) > l.maxEmo || len(span) > len(sc.buf) {
			break
		}
		key := sc.buf[:0]
		for j := 0; j < len(span); j++ {
			c := span[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		if em, ok := l.emotes[string(key)]; ok {
			best, bv, bl = k-i+1, em.value, em.key
		}
	}
	return best, bv, bl
}
