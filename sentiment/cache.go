package sentiment

import (
	"sync"
)

// entry is what the scorer knows about one lower-cased token: its normal form and stem, the
// lexicon entry it matched, its role as a modifier and the multiword expressions it can open.
type entry struct {
	low     string // lower-cased surface form (the cache key)
	norm    string // normal form (normalize)
	stem    string // stem of the normal form
	as      string // canonical modifier form (gak -> tidak), or ""
	lemma   string // lexicon entry that matched, or ""
	value   float64
	via     uint8 // viaSurface, viaNormal, viaStem
	mod     modifier
	phrases []phrase // expressions whose first word is one of low, norm, stem, as
}

const (
	viaSurface uint8 = iota
	viaNormal
	viaStem
)

// matches reports whether the token described by e can stand for the expression word w.
func (e *entry) matches(w string) bool {
	return w == e.low || w == e.norm || w == e.stem || (e.as != "" && w == e.as)
}

// cache maps lower-cased tokens to entries. It is sharded, locked and bounded: a full shard is
// emptied, so memory stays under cacheShards*cacheShardSize entries.
type cache struct {
	shards [cacheShards]cacheShard
}

const (
	cacheShards    = 32
	cacheShardSize = 4096
)

type cacheShard struct {
	mu sync.RWMutex
	m  map[string]*entry
}

func newCache() *cache {
	c := &cache{}
	for i := range c.shards {
		c.shards[i].m = make(map[string]*entry, 256)
	}
	return c
}

func shardOf(b []byte) int {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return int(h % cacheShards)
}

func (c *cache) get(key []byte) (*entry, int) {
	i := shardOf(key)
	sh := &c.shards[i]
	sh.mu.RLock()
	e := sh.m[string(key)]
	sh.mu.RUnlock()
	return e, i
}

func (c *cache) put(i int, e *entry) {
	sh := &c.shards[i]
	sh.mu.Lock()
	if len(sh.m) >= cacheShardSize {
		clear(sh.m)
	}
	sh.m[e.low] = e
	sh.mu.Unlock()
}
