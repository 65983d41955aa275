package stem

import (
	"io"
	"strings"
)

// Stemmer reduces Indonesian words to their roots. It is safe for concurrent use.
type Stemmer struct{}

// Option configures a Stemmer.
type Option func(*config)

type config struct{}

// WithDictionary replaces the embedded root dictionary.
func WithDictionary(r io.Reader) Option { return func(*config) {} }

// WithWords adds roots to the dictionary.
func WithWords(words ...string) Option { return func(*config) {} }

// WithExceptions maps words to fixed stems, overriding the algorithm.
func WithExceptions(m map[string]string) Option { return func(*config) {} }

// New returns a Stemmer.
func New(opts ...Option) (*Stemmer, error) { return &Stemmer{}, nil }

// Default returns the shared Stemmer over the embedded dictionary.
func Default() *Stemmer { return &Stemmer{} }

// Stem returns the root of word.
func (s *Stemmer) Stem(word string) string { return strings.ToLower(word) }

// Stem is Default().Stem.
func Stem(word string) string { return Default().Stem(word) }
