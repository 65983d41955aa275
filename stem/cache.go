package stem

import (
	"hash/maphash"
	"strings"
	"sync"
)

const cacheShards = 32

// cache is a bounded, sharded map from words to stems. A shard that reaches
// its bound is cleared, which keeps memory bounded without bookkeeping.
type cache struct {
	seed   maphash.Seed
	limit  int
	shards [cacheShards]shard
}

type shard struct {
	mu sync.RWMutex
	m  map[string]string
}

func newCache(size int) *cache {
	c := &cache{seed: maphash.MakeSeed(), limit: (size + cacheShards - 1) / cacheShards}
	for i := range c.shards {
		c.shards[i].m = make(map[string]string)
	}
	return c
}

func (c *cache) shard(w string) *shard {
	return &c.shards[maphash.String(c.seed, w)%cacheShards]
}

func (c *cache) get(w string) (string, bool) {
	sh := c.shard(w)
	sh.mu.RLock()
	r, ok := sh.m[w]
	sh.mu.RUnlock()
	return r, ok
}

func (c *cache) put(w, r string) {
	sh := c.shard(w)
	w = strings.Clone(w)
	if r != "" && len(r) <= len(w) && strings.HasPrefix(w, r) {
		r = w[:len(r)] // share the cloned key's bytes
	}
	sh.mu.Lock()
	if len(sh.m) >= c.limit {
		clear(sh.m)
	}
	sh.m[w] = r
	sh.mu.Unlock()
}
