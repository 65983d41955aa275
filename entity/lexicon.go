package entity

import (
	"encoding/binary"
	"strings"
	"sync"

	"github.com/telaah/telaah/stopword"
)

// The lexicon answers, for one word, in which of the package's word lists it is: the cue words,
// the pattern words, the common words, the given names, the default stopwords. Each list is a
// bit; a token's bits are looked up once, when the document is built, and every later question
// ("is this token a title?") is a bit test instead of a map lookup.
//
// Short ASCII words (at most 16 bytes, the most by far) are folded to lower case and packed into
// two machine words, hashed with two multiplications and found in an open-addressing table of
// packed keys. Other words are looked up in the lists' maps, so the answers are the same.

// Lexicon bits: the lists a word belongs to. The top byte of a slot's bits holds the key length.
const (
	lxAbbrev uint64 = 1 << iota
	lxHeadFunction
	lxRoman
	lxOrgSuffix
	lxConnector
	lxOrgCue
	lxPerTitle
	lxPortfolio
	lxEventCue
	lxPerContext
	lxLocContext
	lxOrgContext
	lxLocCue
	lxDirection
	lxLegalForm
	lxSpeechAfter
	lxAppositive
	lxLocPrep
	lxPlaceBefore
	lxSubjectAfter
	lxCommon
	lxGivenName
	lxCommonInner
	lxOrgHead
	lxStop     // in the default stopword set (see Recognizer.stopBits)
	lxTermStop // a function word for key terms (termStop)
	lxScale
	lxCurrency
	lxPercent
	lxUnit
	lxMonth
	lxDay
	lxTimeZone
	lxTimeCue

	lxLenShift = 56
	lxListMask = 1<<lxLenShift - 1
)

// lexLists pairs each bit with its list.
func lexLists() []struct {
	bit uint64
	set map[string]bool
} {
	builtinOnce.Do(loadBuiltin)
	return []struct {
		bit uint64
		set map[string]bool
	}{
		{lxAbbrev, abbrevs}, {lxHeadFunction, headFunction}, {lxRoman, romans}, {lxOrgSuffix, orgSuffix},
		{lxConnector, connectors}, {lxOrgCue, orgCues}, {lxPerTitle, perTitles}, {lxPortfolio, portfolio},
		{lxEventCue, eventCues}, {lxPerContext, perContextBefore}, {lxLocContext, locContextBefore},
		{lxOrgContext, orgContextBefore}, {lxLocCue, locCues}, {lxDirection, directions},
		{lxLegalForm, legalForms}, {lxSpeechAfter, speechAfter}, {lxAppositive, appositive},
		{lxLocPrep, locPrep}, {lxPlaceBefore, placeBefore}, {lxSubjectAfter, subjectAfter},
		{lxCommon, commonWords}, {lxGivenName, givenNames}, {lxCommonInner, commonInner},
		{lxOrgHead, orgHeads}, {lxStop, defaultStops()}, {lxTermStop, termStop},
		{lxScale, scaleWords}, {lxCurrency, currencyWords}, {lxPercent, percentWords}, {lxUnit, unitWords},
		{lxMonth, monthWords}, {lxDay, dayWords}, {lxTimeZone, timeZones}, {lxTimeCue, timeCues},
	}
}

// defaultStops returns the default stopword set as a map.
func defaultStops() map[string]bool {
	m := map[string]bool{}
	for _, w := range stopword.Default().Words() {
		m[w] = true
	}
	return m
}

type lexSlot struct {
	k0, k1 uint64 // the packed key; an empty slot has bits 0
	bits   uint64 // lists, and the key length in the top byte
}

type lexiconTable struct {
	// tags holds a byte of each slot's hash, 0 for an empty slot: a word that is in no list,
	// the common case, is turned away by the tags alone, which stay in the processor's cache
	tags  []uint8
	slots []lexSlot
	shift uint
	lists []struct {
		bit uint64
		set map[string]bool
	}
	letterless bool // a key has no letter: punctuation and numbers must be looked up too
}

var (
	lexOnce sync.Once
	lex     *lexiconTable
)

// theLexicon returns the lexicon, built on first use.
func theLexicon() *lexiconTable {
	lexOnce.Do(buildLexicon)
	return lex
}

func buildLexicon() {
	lists := lexLists()
	words := map[string]uint64{}
	for _, l := range lists {
		for w := range l.set {
			words[w] |= l.bit
		}
	}
	size, shift := 1, uint(64)
	for size < 4*len(words) {
		size *= 2
		shift--
	}
	t := &lexiconTable{tags: make([]uint8, size), slots: make([]lexSlot, size), shift: shift, lists: lists}
	for w, bits := range words {
		if classify(w) == clsPunct || classify(w) == clsNum {
			t.letterless = true
		}
		k0, k1, ok := packFold(w)
		if !ok || bits == 0 {
			continue // found through the maps
		}
		h := lexHash(k0, k1, len(w))
		i := h >> t.shift
		for t.tags[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.tags[i] = lexTag(h)
		t.slots[i] = lexSlot{k0, k1, bits | uint64(len(w))<<lxLenShift}
	}
	lex = t
}

// packFold folds the ASCII word s (1 to 16 bytes) to lower case and packs it into two words,
// little-endian. ok is false for other words.
func packFold(s string) (k0, k1 uint64, ok bool) {
	if len(s) == 0 || len(s) > 16 {
		return 0, 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0, 0, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			k0 |= uint64(c) << (8 * i)
		} else {
			k1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return k0, k1, true
}

func lexHash(k0, k1 uint64, n int) uint64 {
	return (k0*0x9e3779b97f4a7c15 ^ k1*0xc2b2ae3d27d4eb4f ^ uint64(n)) * 0xff51afd7ed558ccd
}

// lexTag is the tag of a hash: its low byte, never 0.
func lexTag(h uint64) uint8 { return uint8(h) | 1 }

// lookupPacked returns the lists of the packed word of length n.
func (t *lexiconTable) lookupPacked(k0, k1 uint64, n int) uint64 {
	mask := uint64(len(t.slots) - 1)
	want := uint64(n) << lxLenShift
	h := lexHash(k0, k1, n)
	tag := lexTag(h)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &t.slots[i]; s.k0 == k0 && s.k1 == k1 && s.bits&^lxListMask == want {
				return s.bits & lxListMask
			}
		}
	}
}

// lookupLower returns the lists of the lower-case word lw through the maps.
func (t *lexiconTable) lookupLower(lw string) uint64 {
	var bits uint64
	for _, l := range t.lists {
		if l.set[lw] {
			bits |= l.bit
		}
	}
	return bits
}

// lookupASCIIFold returns the lists of text[i:j] with only A-Z folded, as wordIn looks words up.
// The word must be at most 16 bytes long (wordIn checks it).
func (t *lexiconTable) lookupASCIIFold(text string, i, j int) uint64 {
	if k0, k1, ok := packFold(text[i:j]); ok {
		return t.lookupPacked(k0, k1, j-i)
	}
	var buf [16]byte
	for k := i; k < j; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k-i] = c
	}
	return t.lookupLower(string(buf[:j-i]))
}

// tokenBits returns the lists of the token text s folded to lower case without a trailing dot,
// the form doc.lw gives. The stopword bit follows the Recognizer's stopword set.
func (r *Recognizer) tokenBits(s string) uint64 {
	if len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	t := theLexicon()
	k0, k1, ok := packFold(s)
	if ok {
		bits := t.lookupPacked(k0, k1, len(s))
		if !r.defaultStop {
			var buf [16]byte
			for i := range s {
				c := s[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[i] = c
			}
			bits = r.withStop(bits, string(buf[:len(s)]))
		}
		return bits
	}
	lw := strings.ToLower(s)
	bits := t.lookupLower(lw)
	if !r.defaultStop {
		bits = r.withStop(bits, lw)
	}
	return bits
}

// withStop sets the stopword bit of the lower-case word lw from the Recognizer's set.
func (r *Recognizer) withStop(bits uint64, lw string) uint64 {
	bits &^= lxStop
	if r.stop.Contains(lw) {
		bits |= lxStop
	}
	return bits
}

// foldASCII maps A-Z to a-z and every other byte to itself.
var foldASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// tokenInfo returns the class of the token text s (classify) and its lists (tokenBits).
func (r *Recognizer) tokenInfo(s string) (cls uint8, bits uint64) {
	return r.tokenInfoAt(s, 0, len(s))
}

// tokenInfoAt is tokenInfo of the token text[i:j], in one pass over short ASCII tokens.
func (r *Recognizer) tokenInfoAt(text string, i, j int) (cls uint8, lists uint64) {
	s := text[i:j]
	// 17 bytes: the 16 of a packed key (packFold) and a trailing dot. A custom stopword set is
	// not in the lexicon's stopword bit: tokenBits looks it up.
	if len(s) > 17 || !r.defaultStop {
		return classify(s), r.tokenBits(s)
	}
	// one load a byte gives its folded form and its counts (byteInfo), one addition counts them
	var sum uint64
	var buf [24]byte // s folded to lower case, then read as the two words of packFold
	for k := 0; k < len(s); k++ {
		e := byteInfo[s[k]]
		sum += e
		buf[k] = byte(e)
	}
	counts := sum >> 16
	if counts >= countNonASCII {
		return classify(s), r.tokenBits(s)
	}
	letters, uppers, digits := int(counts&0xff), int(counts>>8&0xff), int(counts>>16&0xff)
	firstUpper := false
	if uppers > 0 {
		for k := 0; k < len(s); k++ {
			if c := s[k]; c >= 'A' && c <= 'Z' {
				firstUpper = true
				break
			} else if c >= 'a' && c <= 'z' {
				break
			}
		}
	}
	cls = shapeClass(letters, uppers, digits, firstUpper)
	t := theLexicon()
	if (cls == clsPunct || cls == clsNum) && !t.letterless {
		return cls, 0
	}
	n := len(s)
	if n > 1 && s[n-1] == '.' {
		// the lists hold words without their trailing dot: drop it from the key
		n--
		buf[n] = 0
	}
	if n > 16 {
		return cls, r.tokenBits(s)
	}
	return cls, t.lookupPacked(binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:16]), n)
}

// byteInfo[c] is c folded to lower case (A-Z to a-z) in bits 0-7, and the counts tokenInfoAt
// adds for c from bit 16 on: letters in bits 16-23, capitals in bits 24-31, digits in bits
// 32-39; a byte of a multi-byte character adds countNonASCII<<16, so that the counts are
// countNonASCII or more. A token of at most 17 bytes carries no count into the next, nor the
// sum of its folded bytes (below 17*256) into the counts.
var byteInfo = func() (t [256]uint64) {
	for c := range t {
		var counts uint64
		switch {
		case c >= 'a' && c <= 'z':
			counts = 1
		case c >= 'A' && c <= 'Z':
			counts = 1 | 1<<8
		case c >= '0' && c <= '9':
			counts = 1 << 16
		case c >= 0x80:
			counts = countNonASCII
		}
		t[c] = uint64(foldASCII[c]) | counts<<16
	}
	return t
}()

const countNonASCII = 1 << 24
