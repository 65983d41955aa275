package tokenize

import "sync"

// config is the immutable configuration shared by a Tokenizer's iterators.
type config struct {
	ab     *Abbreviations
	detach bool
}

// Option configures a Tokenizer.
type Option func(*config)

// WithAbbreviations replaces the embedded abbreviation list (see
// ParseAbbreviations). A nil set disables abbreviations.
func WithAbbreviations(a *Abbreviations) Option {
	return func(c *config) { c.ab = a }
}

// WithDetachedDots makes every full stop a token of its own, as the UD
// Indonesian-GSD treebank mostly does: the final dot of an abbreviation
// ("Dr" ".", "dll" ".") and each dot of an ellipsis ("." "." "."). The
// abbreviation is still recognised, so its dot does not end a sentence. By
// default the dot stays in the abbreviation ("Dr.", "dll.") and an ellipsis
// is one token ("..."), as the UD guidelines recommend.
func WithDetachedDots() Option {
	return func(c *config) { c.detach = true }
}

// Tokenizer holds a configuration; its methods tokenize texts. A Tokenizer is
// immutable and safe for concurrent use by multiple goroutines; the iterators
// and scanners it returns belong to one goroutine each.
type Tokenizer struct {
	cfg config
}

// New returns a Tokenizer with the embedded abbreviation list and the given
// options. It returns no error today; the error is kept for options that read
// data.
func New(opts ...Option) (*Tokenizer, error) {
	t := &Tokenizer{cfg: config{ab: DefaultAbbreviations()}}
	for _, o := range opts {
		if o != nil {
			o(&t.cfg)
		}
	}
	return t, nil
}

var (
	defaultOnce sync.Once
	defaultTok  *Tokenizer
)

// Default returns the default Tokenizer (embedded abbreviation list, dots kept
// in abbreviations), built once on first use.
func Default() *Tokenizer {
	defaultOnce.Do(func() {
		defaultTok = &Tokenizer{cfg: config{ab: DefaultAbbreviations()}}
	})
	return defaultTok
}

// Iterator returns an iterator over the tokens of text.
func (tk *Tokenizer) Iterator(text string) Iterator {
	return Iterator{text: text, cfg: &tk.cfg}
}

// SentenceIterator returns an iterator over the sentences of text.
func (tk *Tokenizer) SentenceIterator(text string) SentenceIterator {
	return SentenceIterator{toks: tk.Iterator(text)}
}

// Tokens returns all tokens of text.
func (tk *Tokenizer) Tokens(text string) []Token {
	// Count first (the iterator does not allocate), then fill a slice of the
	// exact size: cheaper than growing a slice of pointerful tokens.
	n := 0
	it := tk.Iterator(text)
	for it.Next() {
		n++
	}
	out := make([]Token, 0, n)
	it.Reset(text)
	for it.Next() {
		out = append(out, it.Token())
	}
	return out
}

// AppendTokensAndSentences appends the tokens of text to toks and its sentence spans to sents,
// reading text once: the result is that of appending Tokens(text) and Sentences(text), at about
// the cost of Sentences alone. With buffers reused from call to call it allocates nothing.
func (tk *Tokenizer) AppendTokensAndSentences(toks []Token, sents []Sentence, text string) ([]Token, []Sentence) {
	it := SentenceIterator{toks: Iterator{text: text, cfg: &tk.cfg, record: true, out: toks}}
	for it.Next() {
		sents = append(sents, it.Sentence())
	}
	return it.toks.out, sents
}

// AppendTokensAndSentences is Default().AppendTokensAndSentences.
func AppendTokensAndSentences(toks []Token, sents []Sentence, text string) ([]Token, []Sentence) {
	return Default().AppendTokensAndSentences(toks, sents, text)
}

// Sentences returns the sentence spans of text.
func (tk *Tokenizer) Sentences(text string) []Sentence {
	var out []Sentence
	it := tk.SentenceIterator(text)
	for it.Next() {
		out = append(out, it.Sentence())
	}
	return out
}
