package analyze

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/normalize"
	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/stopword"
)

// wordCache remembers, for a word token as written, what the word stages made of it: its normal
// form, its stem, whether it is a stopword and its class in the language check. A hit replaces
// four lookups in four tables (slang map, root dictionary, stemmer cache, stopword set) by one.
// It is used only when the normalizer, stemmer and stopword set are the package types, which are
// immutable, so an entry never goes stale.
//
// It is lock-free like the stemmer's cache: each word hashes to a pair of slots that hold
// immutable entries behind atomic pointers, and a new word fills an empty slot of its pair or
// evicts one of the two, so workers never wait on each other and the memory stays bounded by the
// slot count.
type wordCache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[wordInfo]
	mask  uint64
}

// wordInfo is one cache entry. Its strings share one allocation, never the caller's text.
type wordInfo struct {
	key, norm, stem string
	stop            bool
	lang            uint8
	sent            sentiment.Word // the zero Word when the Analyzer has no wordScorer
	ent             entity.Word    // the zero Word when the Analyzer has no wordRecognizer
}

// wordCacheSlots is the number of slots (a power of two): 1 MB of pointers, enough for
// the vocabulary of a large corpus with few collisions.
const wordCacheSlots = 1 << 17

// maxCachedWord bounds the words that are cached: longer tokens are rare and stemmed directly.
const maxCachedWord = 48

// newWordCache returns a cache for c, or nil when a stage is a caller's implementation that the
// cache cannot trust to be pure.
func newWordCache(c *config) *wordCache {
	if c.stages&Tokens == 0 || c.stages&(Normalize|Stem|Stopwords) == 0 {
		return nil
	}
	switch c.normalizer.(type) {
	case nil, *normalize.Normalizer:
	default:
		return nil
	}
	switch c.stemmer.(type) {
	case nil, *stem.Stemmer:
	default:
		return nil
	}
	switch c.stopwords.(type) {
	case nil, *stopword.Set:
	default:
		return nil
	}
	return &wordCache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[wordInfo], wordCacheSlots), mask: wordCacheSlots - 1}
}

// get returns the entry of w, computing and storing it on a miss.
func (wc *wordCache) get(a *Analyzer, w string) *wordInfo {
	// Two-way set associative: a word may sit in slot i or its neighbour i^1 (the same cache
	// line), so two frequent words that hash alike do not keep evicting each other.
	h := maphash.String(wc.seed, w)
	i := h & wc.mask
	s0, s1 := &wc.slots[i], &wc.slots[i^1]
	e0 := s0.Load()
	if e0 != nil && e0.key == w {
		return e0
	}
	e1 := s1.Load()
	if e1 != nil && e1.key == w {
		return e1
	}
	slot := s0
	if e0 != nil && (e1 == nil || h&(1<<40) != 0) {
		slot = s1 // keep the older entry of s0 half of the time
	}
	e := a.wordInfo(w)
	// One allocation holds the key and the forms that are not parts of it.
	norm, st := e.norm, e.stem
	n := len(w)
	if norm != w {
		n += len(norm)
	}
	if !strings.HasPrefix(norm, st) {
		n += len(st)
	}
	var sb strings.Builder
	sb.Grow(n)
	sb.WriteString(w)
	if norm != w {
		sb.WriteString(norm)
	}
	if !strings.HasPrefix(norm, st) {
		sb.WriteString(st)
	}
	all := sb.String()
	e.key = all[:len(w)]
	if norm == w {
		e.norm = e.key
	} else {
		e.norm = all[len(w) : len(w)+len(norm)]
	}
	if strings.HasPrefix(norm, st) {
		e.stem = e.norm[:len(st)]
	} else {
		e.stem = all[len(all)-len(st):]
	}
	slot.Store(e)
	return e
}

// wordInfo runs the word stages on one word token.
func (a *Analyzer) wordInfo(w string) *wordInfo {
	c := &a.cfg
	e := &wordInfo{}
	form := ""
	if c.normalizer != nil {
		e.norm = c.normalizer.Token(w)
		form = e.norm
	} else if c.stemmer != nil || c.stopwords != nil {
		form = strings.ToLower(w)
	}
	if c.stemmer != nil {
		e.stem = c.stemmer.Stem(form)
	}
	if c.stopwords != nil && c.stopwords.Contains(form) {
		e.stop = true
	}
	e.lang = langClass(w)
	if a.wordScorer != nil {
		e.sent = a.wordScorer.Word(w)
	}
	if a.wordRecognizer != nil {
		e.ent = a.wordRecognizer.Word(w)
	}
	return e
}
