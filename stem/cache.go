package stem

import (
	"strings"
	"sync/atomic"
)

// cache is a bounded, lock-free, direct-mapped cache from words to stems:
// each word hashes to one slot, and a new word evicts the slot's old one.
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
	n := 1
	for n < size {
		n <<= 1
	}
	return &cache{slots: make([]atomic.Pointer[centry], n), mask: uint64(n - 1)}
}

func (c *cache) slot(h uint64) *atomic.Pointer[centry] {
	return &c.slots[(h^h>>29)&c.mask]
}

func (c *cache) get(w string, h uint64, named bool) (string, bool) {
	if e := c.slot(h).Load(); e != nil && e.key == w && e.named == named {
		return e.val, true
	}
	return "", false
}

func (c *cache) put(w string, h uint64, named bool, r string) {
	w = strings.Clone(w) // the caller's string may pin a large buffer
	if r != "" && len(r) <= len(w) && strings.HasPrefix(w, r) {
		r = w[:len(r)]
	}
	c.slot(h).Store(&centry{w, r, named})
}
