package sentiment

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/telaah/telaah/normalize"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/tokenize"
)

// Label is a sentiment class.
type Label string

// The labels.
const (
	Positive Label = "positive"
	Neutral  Label = "neutral"
	Negative Label = "negative"
)

// Cue is a word or expression that moved the score: its source text and byte span, its value after
// the rules (negation, boosters, contrast, emphasis), the lexicon entry that matched (Lemma) and the
// rules that were applied, joined by "+" (Rule), for example "stem+negated".
type Cue struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Value float64 `json:"value"`
	Lemma string  `json:"lemma,omitempty"`
	Rule  string  `json:"rule,omitempty"`
}

// SentenceScore is the sentiment of one sentence.
type SentenceScore struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
	Label Label   `json:"label"`
}

// Result is the sentiment of a document. Score is the compound score in [-1, 1]; Positive, Neutral
// and Negative are the proportions of the text's weight that is positive, neutral and negative and
// sum to 1. The Sentences of short texts lie in blocks of memory shared by several Results
// (never an element of another Result's slice): a Result that is kept keeps its block, 2.3 KB.
type Result struct {
	Label     Label           `json:"label"`
	Score     float64         `json:"score"`
	Positive  float64         `json:"positive"`
	Neutral   float64         `json:"neutral"`
	Negative  float64         `json:"negative"`
	Sentences []SentenceScore `json:"sentences"`
	Cues      []Cue           `json:"cues"`
}

// Scorer scores text with a lexicon and rules. It is safe for concurrent use by multiple
// goroutines: its lexicon is immutable after New, and its word cache is bounded and lock-free.
type Scorer struct {
	lex   *lexicon
	norm  *normalize.Normalizer
	stem  *stem.Stemmer
	p     params
	cache *cache
	rules *[1 << numRules]atomic.Pointer[string] // Cue.Rule strings by rule bits
	id    uint32                                 // tells the Words of this Scorer (never 0)
}

// scorerIDs numbers the Scorers.
var scorerIDs atomic.Uint32

// Option configures a Scorer.
type Option func(*config)

type config struct {
	lexicon   io.Reader
	phrases   io.Reader
	modifiers io.Reader
	entries   map[string]float64
	norm      *normalize.Normalizer
	stem      *stem.Stemmer
	band      *float64
}

// WithLexicon replaces the embedded word and emoji lexicon (not the multiword expressions or the
// modifiers) with the entries read from r: lines "term<TAB>valence", valence in -5..+5 and not zero,
// # comments. A term with spaces is a multiword expression.
func WithLexicon(r io.Reader) Option { return func(c *config) { c.lexicon = r } }

// WithPhrases replaces the embedded multiword expressions with those read from r (same format).
func WithPhrases(r io.Reader) Option { return func(c *config) { c.phrases = r } }

// WithModifiers replaces the embedded boosters, diminishers, negators and contrast markers with
// those read from r, in the format of lexicon/modifiers.tsv.
func WithModifiers(r io.Reader) Option { return func(c *config) { c.modifiers = r } }

// WithEntries adds or overrides single entries (words, emoji or multiword expressions) on top of the
// lexicon; a value of 0 removes the entry. Values are clamped to -5..+5.
func WithEntries(m map[string]float64) Option { return func(c *config) { c.entries = m } }

// WithNormalizer sets the normalizer that maps tokens to their normal form (default
// normalize.Default()).
func WithNormalizer(n *normalize.Normalizer) Option { return func(c *config) { c.norm = n } }

// WithStemmer sets the stemmer used for words that are not listed (default stem.Default()).
func WithStemmer(s *stem.Stemmer) Option { return func(c *config) { c.stem = s } }

// WithNeutralBand sets the half-width of the neutral band: a compound score with an absolute value
// below it is labelled Neutral. Negative values are treated as 0.
func WithNeutralBand(t float64) Option { return func(c *config) { c.band = &t } }

// New returns a Scorer over the embedded lexicon, changed by opts. It returns an error if a lexicon
// given through an option is malformed.
func New(opts ...Option) (*Scorer, error) {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	lex, err := embeddedLexicon(false, c.lexicon == nil, c.modifiers == nil, c.phrases == nil)
	if err != nil {
		return nil, err
	}
	if c.lexicon != nil {
		if err := readEntries(c.lexicon, false, lex.add); err != nil {
			return nil, err
		}
	}
	if c.phrases != nil {
		if err := readEntries(c.phrases, false, lex.add); err != nil {
			return nil, err
		}
	}
	if c.modifiers != nil {
		if err := readModifiers(c.modifiers, false, lex.mods); err != nil {
			return nil, err
		}
	}
	for term, v := range c.entries {
		term = strings.Join(strings.Fields(strings.ToLower(term)), " ")
		if term == "" {
			return nil, fmt.Errorf("%w: empty term", ErrFormat)
		}
		if v == 0 || v != v {
			lex.remove(term)
			continue
		}
		lex.add(term, min(5, max(-5, v)))
	}
	return newScorer(lex, c), nil
}

func newScorer(lex *lexicon, c config) *Scorer {
	s := &Scorer{lex: lex, norm: c.norm, stem: c.stem, p: defaultParams, cache: newCache(),
		rules: new([1 << numRules]atomic.Pointer[string])}
	for s.id == 0 { // 0 is the id of the zero Word
		s.id = scorerIDs.Add(1)
	}
	if s.norm == nil {
		s.norm = normalize.Default()
	}
	if s.stem == nil {
		s.stem = stem.Default()
	}
	if c.band != nil {
		s.p.posBand, s.p.negBand = max(0, *c.band), max(0, *c.band)
	}
	lex.index(s.stem)
	return s
}

var (
	defOnce sync.Once
	def     *Scorer
)

// Default returns the shared Scorer over the embedded lexicon. The lexicon is parsed on the first
// call.
func Default() *Scorer {
	defOnce.Do(func() {
		lex, _ := embeddedLexicon(true, true, true, true) // lenient: cannot fail
		def = newScorer(lex, config{})
	})
	return def
}

// Score returns the sentiment of text.
func (s *Scorer) Score(text string) Result {
	sc := getScratch()
	defer putScratch(sc)
	// One pass of the tokenizer gives the tokens and the sentence spans.
	sc.toks, sc.sents = tokenize.AppendTokensAndSentences(sc.toks, sc.sents, text)
	return s.score(text, sc.toks, sc.sents, nil, sc, true)
}

// ScoreTokens returns the sentiment of text that the caller has already tokenized with
// tokenize.Tokens and tokenize.Sentences (an analyzer reuses its tokens this way). Tokens whose
// offsets do not lie in text are ignored; with no sentences the text is one sentence.
func (s *Scorer) ScoreTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence) Result {
	sc := getScratch()
	defer putScratch(sc)
	return s.score(text, toks, sents, nil, sc, false)
}

// Word is what a Scorer knows of one token, for a caller that meets the same tokens again and
// keeps it beside them: an analyzer's cache of words. A Word never changes and may be shared by
// goroutines. The zero Word stands for a token not looked up.
type Word struct {
	e     *entry // nil for punctuation
	id    uint32 // Scorer.id of the Scorer that looked the token up
	flags uint8  // tokenFlags without fShort
}

// Word returns what s knows of the token tok (a word, an emoji or punctuation), to pass to
// ScoreWords.
func (s *Scorer) Word(tok string) Word {
	k, f := tokenFlags(tok, 0, len(tok))
	w := Word{id: s.id, flags: f &^ fShort}
	if f&fWord == 0 {
		return w
	}
	// The look-up skips the front table of the scratch space: a caller keeps the Words of the
	// words it meets, and a table of its own would only take room in the CPU caches.
	sc := getScratch()
	defer putScratch(sc)
	if f&fShort != 0 {
		w.e = s.findShared(k, s.cache.hashKey(k), sc.buf[:0])
	} else {
		w.e = s.findSlow(tok, sc, false, false)
	}
	w.flags |= entryFlags(w.e)
	if w.e.plain() {
		w.e = plainWord // one entry for all: ScoreWords reads no entry of its own for the word
	}
	return w
}

// ScoreWords is ScoreTokens for a caller that has looked the tokens up with Word, words[i] being
// the Word of the text of toks[i]: it skips its own look-ups and returns the same Result. A zero
// Word, or one from another Scorer, is looked up again; words of another length than toks are
// ignored.
func (s *Scorer) ScoreWords(text string, toks []tokenize.Token, sents []tokenize.Sentence, words []Word) Result {
	if len(words) != len(toks) {
		words = nil
	}
	sc := getScratch()
	defer putScratch(sc)
	return s.score(text, toks, sents, words, sc, false)
}

// Score is Default().Score.
func Score(text string) Result { return Default().Score(text) }
