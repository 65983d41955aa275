package stem

import (
	"github.com/telaah/telaah/internal/rootclass"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// Stemmer reduces Indonesian words to their roots with the Enhanced Confix
// Stripping algorithm over a root dictionary. A Stemmer is immutable once
// built and safe for concurrent use by multiple goroutines; its cache is
// bounded and lock-free.
type Stemmer struct {
	d          *dict
	exceptions map[string]string
	colloquial bool
	cache      *cache
}

// Option configures a Stemmer.
type Option func(*config)

type config struct {
	dict       io.Reader
	words      []string
	exceptions map[string]string
	colloquial bool
	cacheSize  int
}

// DefaultCacheSize is the cache bound of Default and of New without
// WithCacheSize.
const DefaultCacheSize = 1 << 16

// WithDictionary replaces the embedded root dictionary with the words read
// from r: a plain list (one word a line, '#' comments) or a hunspell .dic
// file (its flags are ignored). Words are lower-cased.
func WithDictionary(r io.Reader) Option { return func(c *config) { c.dict = r } }

// WithWords adds roots to the dictionary. Words are lower-cased.
func WithWords(words ...string) Option {
	return func(c *config) { c.words = append(c.words, words...) }
}

// WithExceptions maps words to fixed stems, overriding the algorithm. Keys
// are matched after lower-casing.
func WithExceptions(m map[string]string) Option {
	return func(c *config) {
		if c.exceptions == nil {
			c.exceptions = make(map[string]string, len(m))
		}
		for k, v := range m {
			c.exceptions[strings.ToLower(k)] = v
		}
	}
}

// WithColloquial also removes the colloquial affixes of informal Jakarta
// Indonesian: the bare nasal prefix nge-, ng-, ny-, n-, m- and the suffix
// -in (ngomongin -> omong, nyariin -> cari, nungguin -> tunggu, mikirin ->
// pikir).
func WithColloquial() Option { return func(c *config) { c.colloquial = true } }

// WithCacheSize bounds the cache of stemmed words to about n entries; 0
// turns the cache off.
func WithCacheSize(n int) Option {
	return func(c *config) {
		if n < 0 {
			n = 0
		}
		c.cacheSize = n
	}
}

var (
	embeddedOnce sync.Once
	embeddedDict *dict
)

// embedded parses the embedded root list once.
func embedded() *dict {
	embeddedOnce.Do(func() {
		d := newDict(32000)
		parseRoots(embeddedRoots, d)
		parseExtra(extraRoots, d)
		embeddedDict = d
	})
	return embeddedDict
}

// New returns a Stemmer. Without WithDictionary it uses the embedded
// dictionary, generated from hunspell-id.
func New(opts ...Option) (*Stemmer, error) {
	c := config{cacheSize: DefaultCacheSize}
	for _, o := range opts {
		o(&c)
	}
	var d *dict
	switch {
	case c.dict != nil:
		d = newDict(1024)
		if err := readDictionary(c.dict, d); err != nil {
			return nil, err
		}
	case len(c.words) > 0:
		d = embedded().clone()
	default:
		d = embedded()
	}
	for _, w := range c.words {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			d.add(w, rootclass.FUser)
		}
	}
	if len(d.words) == 0 {
		return nil, ErrEmptyDictionary
	}
	s := &Stemmer{d: d, exceptions: c.exceptions, colloquial: c.colloquial}
	if c.cacheSize > 0 {
		s.cache = newCache(c.cacheSize)
	}
	return s, nil
}

var (
	defaultOnce    sync.Once
	defaultStemmer *Stemmer
)

// Default returns the shared Stemmer over the embedded dictionary, built on
// first use.
func Default() *Stemmer {
	defaultOnce.Do(func() {
		s, err := New()
		if err != nil {
			// The embedded list is never empty; keep a usable value anyway.
			s = &Stemmer{d: newDict(0)}
		}
		defaultStemmer = s
	})
	return defaultStemmer
}

// Stem is Default().Stem.
func Stem(word string) string { return Default().Stem(word) }

// IsRoot reports whether word (lower-cased) is in the Stemmer's dictionary.
func (s *Stemmer) IsRoot(word string) bool {
	w, ok := lower(word)
	if !ok {
		w = strings.ToLower(word)
	}
	i, ok := s.d.lookup(w)
	return ok && s.d.words[i] != tombstone
}

// lower returns word when it holds no upper-case letter and no non-ASCII
// byte; ok is false otherwise.
func lower(word string) (string, bool) {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return "", false
		}
	}
	return word, true
}

// Stem returns the lower-cased root of word. Words of three letters or
// fewer, dictionary words, and words the rules cannot reduce to a
// dictionary root come back lower-cased but otherwise unchanged (except
// that -nya is removed). Words with digits, punctuation other than hyphens,
// or non-ASCII letters are only lower-cased. An exception set by
// WithExceptions is returned as given.
func (s *Stemmer) Stem(word string) string {
	// One pass checks for upper case and hashes.
	w := word
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			w = strings.ToLower(word)
			h = fnv(w)
			break
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	if len(w) <= 3 {
		return w
	}
	if s.exceptions != nil {
		if e, ok := s.exceptions[w]; ok {
			return e
		}
	}
	if i, ok := s.d.find(w, h); ok && s.d.bits[i]&rootclass.FRedup == 0 {
		return w
	}
	if s.cache != nil {
		if r, ok := s.cache.get(w, h, false); ok {
			return r
		}
	}
	r := s.stem(w)
	if s.cache != nil {
		s.cache.put(w, h, false, r)
	}
	return r
}

// StemCased is Stem for text whose case is kept: it tells names from
// common words by their capital. A word written with an initial capital
// and a lower-case letter after it comes back lower-cased, and keeps an
// ending -ku or -mu that no other affix accompanies: Maluku stays maluku,
// where Stem reads malu + -ku. Otherwise it is stemmed as by Stem: Kecamatan gives camat, and Pembangunan, Bukunya and Apakah at
// the start of a sentence give bangun, buku and apa; proper nouns of the
// dictionary (Desember) stay whole. Words in lower case or in capitals
// only, and hyphenated words, are stemmed as by Stem.
func (s *Stemmer) StemCased(word string) string {
	if len(word) < 2 || word[0] < 'A' || word[0] > 'Z' || strings.IndexByte(word, '-') >= 0 {
		return s.Stem(word)
	}
	title := false
	for i := 1; i < len(word); i++ {
		if c := word[i]; c >= 'a' && c <= 'z' {
			title = true
			break
		}
	}
	if !title {
		return s.Stem(word)
	}
	w := strings.ToLower(word)
	if len(w) <= 3 {
		return w
	}
	if s.exceptions != nil {
		if e, ok := s.exceptions[w]; ok {
			return e
		}
	}
	h := fnv(w)
	if _, ok := s.d.find(w, h); ok {
		return w
	}
	h ^= namedSeed
	if s.cache != nil {
		if r, ok := s.cache.get(w, h, true); ok {
			return r
		}
	}
	r := s.analyse(w, true)
	if s.cache != nil {
		s.cache.put(w, h, true, r)
	}
	return r
}

// namedSeed separates the cache slots of StemCased's capitalised words from
// those of Stem.
const namedSeed = 0x9e3779b97f4a7c15

// stem analyses a lower-case word that is not a dictionary word.
func (s *Stemmer) stem(w string) string {
	if strings.IndexByte(w, '-') >= 0 {
		return s.redup(w)
	}
	return s.single(w)
}

// single stems a word without hyphens.
func (s *Stemmer) single(w string) string { return s.analyse(w, false) }

// analyse stems a word without hyphens. A named word (capitalised, from
// StemCased) needs a derivational affix to be reduced.
func (s *Stemmer) analyse(w string, named bool) string {
	if len(w) <= 3 || len(w) > maxWord {
		return w
	}
	if _, ok := s.d.lookup(w); ok {
		return w
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return w
		}
	}
	if ordinal(w) {
		return w
	}
	if o, ok := strings.CutSuffix(w, "nya"); ok && ordinal(o) {
		return o // keduanya -> kedua
	}
	var sr search
	sr.d = s.d
	sr.colloquial = s.colloquial
	sr.named = named
	if r, ok := sr.run(w); ok {
		return r
	}
	// -nya is the most productive clitic: remove it from words outside the
	// dictionary too (names, loans: karirnya -> karir).
	if len(w) >= 5 && strings.HasSuffix(w, "nya") {
		return w[:len(w)-3]
	}
	return w
}

// numerals are the cardinal numbers that ke- turns into ordinals.
var numerals = map[string]bool{
	"dua": true, "tiga": true, "empat": true, "lima": true, "enam": true, "tujuh": true,
	"delapan": true, "sembilan": true, "sepuluh": true, "sebelas": true, "seratus": true, "seribu": true,
}

// ordinal reports ke- + numeral (kedua, ketiga, kesepuluh): ordinals are
// lexemes of their own, as in UD's lemmas, and are left whole.
func ordinal(w string) bool {
	return len(w) > 4 && w[0] == 'k' && w[1] == 'e' && numerals[w[2:]]
}

// redup stems hyphenated words: reduplications (anak-anaknya -> anak,
// meniru-nirukan -> tiru, berlari-lari -> lari) and clitics written with a
// hyphen (abang-ku -> abang).
func (s *Stemmer) redup(w string) string {
	// Clitics written with a hyphen: abang-ku, aco-acoan-nya.
	for {
		j := strings.LastIndexByte(w, '-')
		if j <= 0 {
			break
		}
		switch w[j+1:] {
		case "ku", "mu", "nya", "lah", "kah", "pun":
			w = w[:j]
			continue
		}
		break
	}
	i := strings.IndexByte(w, '-')
	if i < 0 {
		if _, ok := s.d.lookup(w); ok {
			return w
		}
		return s.single(w)
	}
	l, r := w[:i], w[i+1:]
	if l == "" || r == "" || strings.IndexByte(r, '-') >= 0 {
		return w
	}
	// A reduplicated headword whose half is no word on its own (kupu-kupu,
	// masing-masing, kanak-kanak) is a lexeme whose root is that half, as
	// in UD's lemmas: the half comes back without analysis, and so for the
	// headword with suffixes (kupu-kupunya).
	if strings.HasPrefix(r, l) && len(l)*2+1 <= maxWord {
		if _, ok := s.d.lookup(l); !ok {
			var buf [maxWord]byte
			n := copy(buf[:], l)
			buf[n] = '-'
			n += 1 + copy(buf[n+1:], l)
			if _, ok := s.d.lookupBytes(buf[:n]); ok {
				return l
			}
		}
	}
	sl, sr := s.single(l), s.single(r)
	if sl == sr {
		return sl
	}
	// anak-anaknya, kebiru-biruan, meniru-nirukan: the right half repeats
	// the end of the left one and carries the suffixes of the whole.
	for k := 0; k < len(l); k++ {
		if strings.HasPrefix(r, l[k:]) && len(l)-k >= 2 {
			tail := r[len(l)-k:]
			if tail == "" {
				break
			}
			if len(l)+len(tail) > maxWord {
				break
			}
			// besar-besaran: when the suffixed half is a dictionary word of
			// its own, the reduplication stems to the stem of the base.
			if r2 := s.single(l + tail); r2 != l+tail || sl == l && r2 != r {
				return r2
			}
			return sl
		}
	}
	if sr == l || sl == r {
		return l
	}
	if strings.HasSuffix(l, r) {
		return sl // pertama-tama
	}
	if _, ok := s.d.lookup(w); ok {
		return w
	}
	return w
}
