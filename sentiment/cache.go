package sentiment

import (
	"hash/maphash"
	"sync/atomic"
)

// entry is what the scorer knows about one lower-cased token: its normal form and stem, the
// lexicon entry it matched, its role as a modifier and the multiword expressions it can open.
type entry struct {
	// The first 64 bytes hold what the cache check and the scoring loop read for every token.
	hash  uint64 // hash of low in the cache that holds it
	klen  int32  // len(low)
	kind  modKind
	via   uint8 // viaSurface, viaNormal, viaStem
	event bool  // the matched entry is an event word (events.txt)
	key   [16]byte
	value float64
	phr   []phraseGroup // expressions it can open, by the ids of their second word
	ids   [4]int32      // expression-word ids of low, norm, stem, as (distinct, 0 = none)

	low   string // lower-cased surface form (the cache key)
	norm  string // normal form (normalize)
	stem  string // stem of the normal form
	as    string // canonical modifier form (gak -> tidak), or ""
	lemma string // lexicon entry that matched, or ""
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

// cache maps lower-cased tokens to entries. It is a table of atomic pointers in sets of four: a
// lookup is one hash and, mostly, one load, never a lock. A key's probes start at the way its hash
// picks and go round its set; a key whose set is full replaces the entry at its first way, so
// memory stays bounded by cacheSlots entries. Entries are never removed, only replaced, so a probe
// may stop at the first empty slot. Entries are immutable once published; two goroutines that add
// the same key at once may publish it twice, which is harmless.
type cache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[entry]
}

const (
	cacheSlots = 1 << 18
	cacheWays  = 4
)

func newCache() *cache {
	return &cache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[entry], cacheSlots)}
}

// hash returns the hash of key in c.
func (c *cache) hash(key []byte) uint64 { return maphash.Bytes(c.seed, key) }

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
	e.hash, e.klen = h, int32(len(e.low))
	copy(e.key[:], e.low)
	base, way := setOf(h)
	for i := 0; i < cacheWays; i++ {
		if c.slots[base+(way+i)&(cacheWays-1)].CompareAndSwap(nil, e) {
			return
		}
	}
	c.slots[base+way].Store(e)
}
