package sentiment

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"math/rand/v2"
	"sync/atomic"
)

// entry is what the scorer knows about one lower-cased token: its normal form and stem, the
// lexicon entry it matched, its role as a modifier and the multiword expressions it can open.
// Its fields are exactly 64 bytes, which the allocator places in one cache line: what the cache
// check and the scoring loop read for every token. The rest, read for a few tokens, is behind
// the embedded pointer.
type entry struct {
	hash    uint64 // hash of low in the cache that holds it
	klen    uint8  // len(low) (a cached key has at most 64 bytes)
	kind    modKind
	via     uint8  // viaSurface, viaNormal, viaStem
	event   bool   // the matched entry is an event word (events.txt)
	opens   bool   // phr is not empty
	dangles bool   // a modifier that has a value when it modifies nothing (or a negator)
	idMask  uint16 // bit id%16 set for the id of each group of phr: most ids are not worth a search
	key     [16]byte
	value   float64
	ids     [4]int32 // expression-word ids of low, norm, stem, as (distinct, 0 = none)
	*entryInfo
}

// entryInfo is the part of an entry that the scoring loop reads for a few tokens only.
type entryInfo struct {
	phr   []phraseGroup // expressions it can open, by the ids of their second word
	low   string        // lower-cased surface form (the cache key)
	norm  string        // normal form (normalize)
	stem  string        // stem of the normal form
	as    string        // canonical modifier form (gak -> tidak), or ""
	lemma string        // lexicon entry that matched, or ""
	mod   modifier
}

// phraseGroup is the expressions that an entry opens and whose second word has the given id,
// longest first.
type phraseGroup struct {
	id int32
	ps []*phrase
}

// is reports whether e is the entry of key, whose hash is h.
func (e *entry) is(h uint64, key []byte) bool {
	if e.hash != h || int(e.klen) != len(key) {
		return false
	}
	if len(key) <= len(e.key) {
		return string(e.key[:len(key)]) == string(key)
	}
	return e.low == string(key)
}

// hasID reports whether the token of e can stand for the expression word with ids p.
func (e *entry) hasID(p [2]int32) bool {
	for _, id := range e.ids {
		if id != 0 && (id == p[0] || id == p[1]) {
			return true
		}
	}
	return false
}

const (
	viaSurface uint8 = iota
	viaNormal
	viaStem
)

// cache maps lower-cased tokens to entries. It is a table of atomic pointers in sets of eight, one
// 64-byte cache line each (with four, a few sets of a corpus's vocabulary overflowed and their
// words were computed again and again): a lookup is one hash and, mostly, one load, never a lock.
// A key's probes start at the way its hash picks and go round its set; a key whose set is full
// replaces the entry at its first way, so memory stays bounded by cacheSlots entries. Entries are
// never removed, only replaced, so a probe may stop at the first empty slot. Entries are immutable
// once published; two goroutines that add the same key at once may publish it twice, which is
// harmless.
type cache struct {
	seed  maphash.Seed
	mix   [2]uint64 // seeds of the hash of short keys
	slots []atomic.Pointer[entry]
}

const (
	cacheSlots = 1 << 18
	cacheWays  = 8
)

func newCache() *cache {
	return &cache{seed: maphash.MakeSeed(), mix: [2]uint64{rand.Uint64() | 1, rand.Uint64() | 1},
		slots: make([]atomic.Pointer[entry], cacheSlots)}
}

// hash returns the hash of key in c: a key that fits a wordKey hashes as that wordKey.
func (c *cache) hash(key []byte) uint64 {
	if len(key) <= maxShortKey {
		return c.hashKey(packKey(key))
	}
	return maphash.Bytes(c.seed, key)
}

// hashKey returns the hash of a short key: one 64x64-bit multiply of the two seeded halves, its
// high and low words folded (the mixing step of wyhash). The seeds are random, so that nobody can
// pick words that all fall in one set of the cache.
func (c *cache) hashKey(k wordKey) uint64 {
	hi, lo := bits.Mul64(k.lo^c.mix[0], k.hi^c.mix[1])
	return hi ^ lo
}

// wordKey is a lower-cased key of at most maxShortKey bytes packed in two words: bytes 0-7 in lo
// (little-endian), bytes 8-14 in hi, and in the top byte of hi the length (bits 56-59) and
// keyBit, so that two keys are equal exactly when their words are and no key, not even the empty
// one, equals the zero wordKey of an empty slot of the front table. Bit 63 is left for the front
// table's mark of plain words.
type wordKey struct{ lo, hi uint64 }

const (
	maxShortKey = 15
	keyBit      = 1 << 60
)

// lenBits returns the top byte of the hi word of a key of n bytes.
func lenBits(n int) uint64 { return uint64(n)<<56 | keyBit }

// packKey packs key, which must be at most maxShortKey bytes long.
func packKey[T string | []byte](key T) wordKey {
	var b [16]byte
	copy(b[:maxShortKey], key)
	lo, hi := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	return wordKey{lo, hi | lenBits(len(key))}
}

// packLower packs tok lower-cased when it is ASCII and at most maxShortKey bytes long, eight bytes
// at a time; ok is false otherwise.
func packLower(tok string) (k wordKey, ok bool) {
	if len(tok) > maxShortKey {
		return k, false
	}
	var b [16]byte
	copy(b[:maxShortKey], tok)
	lo, hi := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	if (lo|hi)&highBits != 0 {
		return k, false // not ASCII
	}
	return wordKey{lowerASCII(lo), lowerASCII(hi) | lenBits(len(tok))}, true
}

// packWord is packLower for the token text[start:end] that also returns its fShort, fWord, fCaps
// and fLower flags. When text has 16 bytes from start, it reads them as two words and masks the
// bytes after the token off, with no copy.
func packWord(text string, start, end int) (k wordKey, flags uint8, ok bool) {
	n := end - start
	if n > maxShortKey || n <= 0 {
		return k, 0, false
	}
	var lo, hi uint64
	if len(text)-start >= 16 {
		lo, hi = load64(text, start), load64(text, start+8)
	} else {
		var b [16]byte
		copy(b[:], text[start:end])
		lo, hi = binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	}
	if n < 8 {
		lo &= 1<<(8*n) - 1
		hi = 0
	} else {
		hi &= 1<<(8*(n-8)) - 1
	}
	if (lo|hi)&highBits != 0 {
		return k, 0, false // not ASCII
	}
	upLo, upHi := inRange(lo, 'A', 'Z'), inRange(hi, 'A', 'Z')
	flags = fWord | fShort
	switch {
	case inRange(lo, 'a', 'z')|inRange(hi, 'a', 'z') != 0:
		flags |= fLower
	case bits.OnesCount64(upLo)+bits.OnesCount64(upHi) >= 2:
		flags |= fCaps
	}
	return wordKey{lo | upLo>>2, hi | upHi>>2 | lenBits(n)}, flags, true
}

// load64 returns the eight bytes of s from i as a little-endian word (one load: the compiler
// merges the byte loads).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// lowerASCII lower-cases the eight ASCII bytes of x at once: the upper-case letters get 0x20
// (0x80>>2) added.
func lowerASCII(x uint64) uint64 {
	return x | inRange(x, 'A', 'Z')>>2
}

// inRange returns the high bits (0x80) of the bytes of x that lie in [a, b]; the bytes of x must
// be ASCII. For a byte c < 0x80, c+(0x80-a) has its high bit set when c >= a and c+(0x80-b-1)
// when c > b, and neither sum carries into the next byte.
func inRange(x uint64, a, b byte) uint64 {
	return (x + uint64(0x80-a)*lowBits) &^ (x + uint64(0x80-b-1)*lowBits) & highBits
}

// bytes appends the bytes of k to dst.
func (k wordKey) bytes(dst []byte) []byte {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], k.lo)
	binary.LittleEndian.PutUint64(b[8:], k.hi)
	return append(dst, b[:k.hi>>56&0xf]...)
}

// set returns the first slot of the set of h and the way its probes start at.
func setOf(h uint64) (base, way int) {
	return int(h & (cacheSlots - 1) &^ (cacheWays - 1)), int(h>>32) & (cacheWays - 1)
}

// get returns the entry of key, whose hash is h, or nil.
func (c *cache) get(h uint64, key []byte) *entry {
	base, way := setOf(h)
	for i := 0; i < cacheWays; i++ {
		e := c.slots[base+(way+i)&(cacheWays-1)].Load()
		if e == nil {
			return nil
		}
		if e.is(h, key) {
			return e
		}
	}
	return nil
}

// put publishes e, which must not change afterwards, as the entry of its key with hash h.
func (c *cache) put(h uint64, e *entry) {
	e.hash, e.klen = h, uint8(len(e.low))
	copy(e.key[:], e.low)
	base, way := setOf(h)
	for i := 0; i < cacheWays; i++ {
		if c.slots[base+(way+i)&(cacheWays-1)].CompareAndSwap(nil, e) {
			return
		}
	}
	c.slots[base+way].Store(e)
}
