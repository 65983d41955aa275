package stem

import (
	"strings"
	"sync/atomic"
)

// cache is a bounded, lock-free, two-way associative cache from words to
// stems: each word hashes to a pair of slots, and a new word takes an empty
// slot of its pair or evicts one of the two at random.
// Slots hold immutable entries behind atomic pointers, so readers and
// writers never block each other and the memory bound is the slot count.
type cache struct {
	slots []atomic.Pointer[centry]
	mask  uint64
}

type centry struct {
	key, val string
	named    bool // a result of StemCased
}

func newCache(size int) *cache {
	n := 2 // one pair at least
	for n < size {
		n <<= 1
	}
	return &cache{slots: make([]atomic.Pointer[centry], n), mask: uint64(n - 1)}
}

// Each word may live in either slot of a pair (two-way associative), which
// keeps two frequent words that hash to the same pair from evicting each
// other on every use.
func (c *cache) pair(h uint64) uint64 { return (h ^ h>>29) & c.mask &^ 1 }

func (c *cache) get(w string, h uint64, named bool) (string, bool) {
	i := c.pair(h)
	if e := c.slots[i].Load(); e != nil && e.key == w && e.named == named {
		return e.val, true
	}
	if e := c.slots[i+1].Load(); e != nil && e.key == w && e.named == named {
		return e.val, true
	}
	return "", false
}

func (c *cache) put(w string, h uint64, named bool, r string) {
	w = strings.Clone(w) // the caller's string may pin a large buffer
	if r != "" && len(r) <= len(w) && strings.HasPrefix(w, r) {
		r = w[:len(r)]
	}
	i := c.pair(h)
	switch {
	case c.slots[i].Load() == nil:
	case c.slots[i+1].Load() == nil:
		i++
	default:
		i += h >> 61 & 1 // evict one of the pair at random
	}
	c.slots[i].Store(&centry{w, r, named})
}
