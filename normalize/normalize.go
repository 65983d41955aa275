package normalize

import "strings"

// Normalizer maps a token to its normal form. It is safe for concurrent use.
type Normalizer struct{ slang map[string]string }

// Option configures a Normalizer.
type Option func(*config)

type config struct{ slang map[string]string }

// WithSlang adds colloquial -> standard mappings on top of the defaults.
func WithSlang(m map[string]string) Option { return func(c *config) { c.slang = m } }

// New returns a Normalizer.
func New(opts ...Option) (*Normalizer, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return &Normalizer{slang: c.slang}, nil
}

var def, _ = New()

// Default returns the shared Normalizer with the embedded slang map.
func Default() *Normalizer { return def }

// Token returns the normal form of one token (NFKC, lower case, elongation undone, slang mapped).
func (n *Normalizer) Token(s string) string {
	s = strings.ToLower(s)
	if v, ok := n.slang[s]; ok {
		return v
	}
	return s
}

// Token is Default().Token.
func Token(s string) string { return def.Token(s) }
