package entity

import (
	"bufio"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

// Type is an entity or pattern type: "PER", "ORG", "LOC", "MONEY", ...
type Type string

// The entity types. PER, ORG, LOC, PRODUCT and EVENT are names; the others are patterns.
const (
	PER      Type = "PER"
	ORG      Type = "ORG"
	LOC      Type = "LOC"
	PRODUCT  Type = "PRODUCT"
	EVENT    Type = "EVENT"
	MONEY    Type = "MONEY"
	PERCENT  Type = "PERCENT"
	DATE     Type = "DATE"
	TIME     Type = "TIME"
	QUANTITY Type = "QUANTITY"
	URL      Type = "URL"
	DOMAIN   Type = "DOMAIN"
	EMAIL    Type = "EMAIL"
	MENTION  Type = "MENTION"
	HASHTAG  Type = "HASHTAG"
	PHONE    Type = "PHONE"
)

// Sentinel errors.
var (
	// ErrBadType is returned for a gazetteer type that is empty or not upper-case ASCII.
	ErrBadType = errors.New("entity: bad entity type")
	// ErrBadModel is returned when a model file cannot be decoded.
	ErrBadModel = errors.New("entity: bad model")
	// ErrModelVersion is returned when a model file was written by an incompatible version.
	ErrModelVersion = errors.New("entity: unsupported model version")
	// ErrNoData is returned when Train gets no tagged sentences.
	ErrNoData = errors.New("entity: no training data")
)

// Span is a byte span [start, end) in the caller's text; it marshals as [start,end].
type Span [2]int

// Entity is one entity with every place it occurs. Every span holds Text or one of Aliases:
// a short form defined in the text ("Otoritas Jasa Keuangan (OJK)") is merged into its long form,
// and so is a later mention of a person by one of the words of the full name ("Rina" after
// "Rina Marlina").
type Entity struct {
	Text    string   `json:"text"`
	Type    Type     `json:"type"`
	Count   int      `json:"count"`
	Spans   []Span   `json:"spans"`
	Aliases []string `json:"aliases,omitempty"`
}

// Term is a key term of the document. Score is in (0, 1], higher is better: it is 1/(1+S) where S
// is the YAKE!-style score of the term (lower S is better in YAKE!). Scores compare terms of one
// document only. Text is the lower-case form unless the term only ever occurs capitalised.
type Term struct {
	Text  string  `json:"text"`
	Score float64 `json:"score"`
	Count int     `json:"count"`
	Spans []Span  `json:"spans"`
}

// Result holds what a Recognizer found in one document. Entities are ordered by their first span,
// terms best first.
type Result struct {
	Entities []Entity `json:"entities"`
	Terms    []Term   `json:"terms"`
}

// Recognizer finds entities, patterns and key terms. It is safe for concurrent use by multiple
// goroutines: its gazetteers and model are immutable once built.
type Recognizer struct {
	gaz      *gazetteer
	stop     *stopword.Set
	model    *Model
	rules    bool
	patterns bool
	maxTerms int
	maxN     int

	keepInitial    bool
	countryContext bool
	defaultStop    bool   // stop is stopword.Default(): the lexicon knows its words
	id             uint32 // tells its Words from those of other Recognizers
}

// Option configures a Recognizer.
type Option func(*config)

type entry struct {
	typ  Type
	text string
}

type config struct {
	readers   []typedReader
	entries   []entry
	noBuiltin bool
	model     *Model
	modelOnly bool
	noPattern bool
	maxTerms  int
	maxN      int
	stop      *stopword.Set
	everyCtry bool
}

type typedReader struct {
	typ Type
	r   io.Reader
}

// WithGazetteer adds the names read from r (one per line, # starts a comment) with type typ.
func WithGazetteer(typ Type, r io.Reader) Option {
	return func(c *config) { c.readers = append(c.readers, typedReader{typ, r}) }
}

// WithEntries adds names of type typ.
func WithEntries(typ Type, names ...string) Option {
	return func(c *config) {
		for _, n := range names {
			c.entries = append(c.entries, entry{typ, n})
		}
	}
}

// WithoutBuiltinGazetteers leaves out the embedded gazetteers (cue words stay).
func WithoutBuiltinGazetteers() Option { return func(c *config) { c.noBuiltin = true } }

// WithModel adds a trained tagger. Its names are used on top of the rules: where the model finds
// a name, it wins; the rules fill in the rest. See WithModelOnly.
func WithModel(m *Model) Option { return func(c *config) { c.model = m } }

// WithModelOnly makes the trained tagger (given with WithModel) the only source of names
// (PER, ORG, LOC...); patterns are still found by rules.
func WithModelOnly() Option { return func(c *config) { c.modelOnly = true } }

// WithoutPatterns turns off the pattern types (MONEY, DATE, URL, ...).
func WithoutPatterns() Option { return func(c *config) { c.noPattern = true } }

// WithMaxTerms sets how many key terms are returned (default 10; 0 turns key terms off).
func WithMaxTerms(n int) Option { return func(c *config) { c.maxTerms = n } }

// WithMaxTermWords sets the longest key term in words (default 3, at most 3).
func WithMaxTermWords(n int) Option { return func(c *config) { c.maxN = n } }

// WithEveryCountry returns every mention of a country as a place (LOC), also where it modifies
// a noun or names an actor ("pemerintah Indonesia", "serangan Israel"). By default these are left
// out, as Indonesian news corpora annotate them.
func WithEveryCountry() Option { return func(c *config) { c.everyCtry = true } }

// WithStopwords replaces the stopword set used for key terms and for sentence-initial words.
func WithStopwords(s *stopword.Set) Option { return func(c *config) { c.stop = s } }

// New returns a Recognizer. It returns an error if a gazetteer cannot be read or has a bad type.
func New(opts ...Option) (*Recognizer, error) {
	c := config{maxTerms: 10, maxN: 3}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.maxN < 1 {
		c.maxN = 1
	}
	if c.maxN > 3 {
		c.maxN = 3
	}
	if c.maxTerms < 0 {
		c.maxTerms = 0
	}
	r := &Recognizer{
		model: c.model, rules: !(c.modelOnly && c.model != nil), patterns: !c.noPattern,
		maxTerms: c.maxTerms, maxN: c.maxN, stop: c.stop, countryContext: !c.everyCtry,
	}
	for r.id == 0 { // 0 is the id of the zero Recognizer, whose Words are never trusted
		r.id = lastRecognizerID.Add(1)
	}
	if r.stop == nil {
		r.stop = stopword.Default()
	}
	r.defaultStop = r.stop == stopword.Default()
	if c.noBuiltin && len(c.readers) == 0 && len(c.entries) == 0 {
		r.gaz = newGazetteer()
		return r, nil
	}
	if len(c.readers) == 0 && len(c.entries) == 0 {
		r.gaz = builtinGazetteer()
		return r, nil
	}
	g := newGazetteer()
	if !c.noBuiltin {
		g.copyFrom(builtinGazetteer())
	}
	for _, tr := range c.readers {
		if !validType(tr.typ) {
			return nil, ErrBadType
		}
		if tr.r == nil {
			continue
		}
		sc := bufio.NewScanner(tr.r)
		sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
		for sc.Scan() {
			g.addLine(tr.typ, sc.Text())
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	for _, e := range c.entries {
		if !validType(e.typ) {
			return nil, ErrBadType
		}
		g.add(e.typ, e.text)
	}
	r.gaz = g
	return r, nil
}

func validType(t Type) bool {
	if t == "" || len(t) > 32 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

var (
	defOnce sync.Once
	def     *Recognizer
)

// Default returns the shared Recognizer with the embedded gazetteers. The gazetteers are parsed
// on first use.
func Default() *Recognizer {
	defOnce.Do(func() {
		def, _ = New()
	})
	return def
}

// Extract returns the entities and key terms of text. It tokenizes text with tokenize.
func (r *Recognizer) Extract(text string) Result {
	b, _ := tokBufPool.Get().(*tokBufs)
	if b == nil {
		b = &tokBufs{}
	}
	// one pass of the tokenizer gives the tokens and the sentences
	b.toks, b.sents = tokenize.AppendTokensAndSentences(b.toks[:0], b.sents[:0], text)
	res := r.ExtractTokens(text, b.toks, b.sents)
	if cap(b.toks) <= maxPooledToks {
		clear(b.toks) // the tokens hold the caller's text: do not keep it alive
		tokBufPool.Put(b)
	}
	return res
}

// tokBufs are the token and sentence buffers of Extract, recycled through tokBufPool.
type tokBufs struct {
	toks  []tokenize.Token
	sents []tokenize.Sentence
}

var tokBufPool sync.Pool

// ExtractTokens is Extract over tokens and sentences already computed by tokenize (or any
// tokenizer that gives byte offsets into text). Tokens must be ordered; tokens with offsets
// outside text are ignored.
func (r *Recognizer) ExtractTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence) Result {
	return r.extract(text, toks, sents, nil)
}

// extract is ExtractTokens and ExtractWords: words is nil, or one Word per token.
func (r *Recognizer) extract(text string, toks []tokenize.Token, sents []tokenize.Sentence, words []Word) Result {
	if r == nil {
		r = Default()
	}
	d := newDoc(r, text, toks, sents, words)
	defer d.release()
	// the patterns and the names in one array, the document's
	ments := d.ments[:0]
	if r.patterns {
		ments = append(ments, d.pats...)
	}
	k := len(ments)
	ments = d.appendNames(ments)
	d.ments = ments
	names := ments[k:]
	var res Result
	if r.maxTerms > 0 {
		res.Terms = d.terms(d.entityMarks(names))
	}
	res.Entities = group(text, ments)
	if res.Entities == nil {
		res.Entities = []Entity{}
	}
	if res.Terms == nil {
		res.Terms = []Term{}
	}
	return res
}

// mention is one typed occurrence.
type mention struct {
	s, e  int
	typ   Type
	alias string // long form this mention is a short form of
}

// group merges mentions with the same text and type into entities, linking aliases. A first
// pass finds the entity of each mention and counts them; the entities and all their spans are
// then made in one allocation each.
func group(text string, ms []mention) []Entity {
	slices.SortStableFunc(ms, func(a, b mention) int { return a.s - b.s })
	type key struct {
		t   Type
		txt string
	}
	// few mentions (short documents) are grouped by a linear search, without a map
	var idx map[key]int
	if len(ms) > 16 {
		idx = make(map[key]int, len(ms))
	}
	var keysBuf [16]key
	keys := keysBuf[:0]
	find := func(k key) (int, bool) {
		if idx != nil {
			i, ok := idx[k]
			return i, ok
		}
		for i, x := range keys {
			if x == k {
				return i, true
			}
		}
		return 0, false
	}
	var whichBuf [32]int32
	which := whichBuf[:0] // the entity of each mention, -1 for none
	var countsBuf [16]int32
	counts := countsBuf[:0] // the spans of each entity
	n := 0
	for _, m := range ms {
		if m.s < 0 || m.e > len(text) || m.s >= m.e {
			which = append(which, -1)
			continue
		}
		k := key{m.typ, text[m.s:m.e]}
		if m.alias != "" {
			k.txt = m.alias
		}
		i, ok := find(k)
		if !ok {
			i = len(counts)
			if idx != nil {
				idx[k] = i
			}
			keys = append(keys, k)
			counts = append(counts, 0)
		}
		which = append(which, int32(i))
		counts[i]++
		n++
	}
	if len(counts) == 0 {
		return nil
	}
	out := make([]Entity, len(counts))
	spans := make([]Span, n)
	at := 0
	for i, k := range keys {
		out[i] = Entity{Text: k.txt, Type: k.t, Spans: spans[at : at : at+int(counts[i])]}
		at += int(counts[i])
	}
	for mi, m := range ms {
		if which[mi] < 0 {
			continue
		}
		e := &out[which[mi]]
		e.Count++
		e.Spans = append(e.Spans, Span{m.s, m.e})
		if txt := text[m.s:m.e]; txt != e.Text && !contains(e.Aliases, txt) {
			e.Aliases = append(e.Aliases, txt)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
