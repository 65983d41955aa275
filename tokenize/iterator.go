package tokenize

import "slices"

// Iterator walks the tokens of a text without allocating:
//
//	it := tokenize.NewIterator(text)
//	for it.Next() {
//		fmt.Println(it.Value(), it.Start(), it.End(), it.Kind())
//	}
//
// The zero Iterator holds no text; Reset gives it one, so that one Iterator
// value (on the stack, or reused across documents) tokenizes many texts with
// no allocation at all. An Iterator belongs to one goroutine.
type Iterator struct {
	text    string
	cfg     *config
	pos     int
	cur     tok   // the current token
	pending uint8 // detached dot of an abbreviation still to be returned (its class)
	// With record set, Next appends each token to out (AppendTokensAndSentences).
	record bool
	out    []Token
}

// NewIterator returns an iterator over the tokens of text, with the default
// Tokenizer.
func NewIterator(text string) *Iterator {
	it := &Iterator{}
	it.Reset(text)
	return it
}

// Reset makes t iterate over text from its beginning. It keeps the Tokenizer
// that t came from (the default one for a zero Iterator).
func (t *Iterator) Reset(text string) {
	cfg := t.cfg
	if cfg == nil {
		cfg = &Default().cfg
	}
	*t = Iterator{text: text, cfg: cfg}
}

// Next advances to the next token and reports whether there is one.
func (t *Iterator) Next() bool {
	if t.cfg == nil {
		t.cfg = &Default().cfg
	}
	var x tok
	if t.pending != abbrNone {
		x = tok{t.pos, t.pos + 1, Punct, t.pending}
		t.pending = abbrNone
	} else {
		if t.pos >= len(t.text) {
			return false
		}
		start, end, kind, abbr := nextToken(t.text, t.pos, t.cfg.ab)
		if start >= len(t.text) {
			t.pos = len(t.text)
			return false
		}
		if t.cfg.detach {
			end, kind, abbr, t.pending = detach(t.text, start, end, kind, abbr)
		}
		x = tok{start, end, kind, abbr}
	}
	t.cur, t.pos = x, x.end
	if t.record {
		// Fill the new element in place: append would build the Token on
		// the stack first and copy it.
		n := len(t.out)
		if n == cap(t.out) {
			t.out = slices.Grow(t.out, 1)
		}
		t.out = t.out[:n+1]
		o := &t.out[n]
		o.Text, o.Start, o.End, o.Kind = t.text[x.start:x.end], x.start, x.end, x.kind
	}
	return true
}

// Value returns the text of the current token.
func (t *Iterator) Value() string { return t.text[t.cur.start:t.cur.end] }

// Start returns the byte offset of the current token.
func (t *Iterator) Start() int { return t.cur.start }

// End returns the byte offset just past the current token.
func (t *Iterator) End() int { return t.cur.end }

// Kind returns the kind of the current token.
func (t *Iterator) Kind() Kind { return t.cur.kind }

// Token returns the current token.
func (t *Iterator) Token() Token {
	return Token{Text: t.Value(), Start: t.cur.start, End: t.cur.end, Kind: t.cur.kind}
}

// Abbreviation reports whether the current token is an abbreviation written
// with its full stop (dll., Jl., S.H.) or an initialism (U.S.A.); with
// WithDetachedDots, whether it is the detached full stop of one.
func (t *Iterator) Abbreviation() bool { return t.cur.abbr != abbrNone }

// Tokens returns all tokens of text, with the default Tokenizer.
func Tokens(text string) []Token { return Default().Tokens(text) }

// detach applies WithDetachedDots to a token: an abbreviation loses its final
// full stop, which becomes a pending token carrying the abbreviation class
// ("Dr." -> "Dr" "."), and an ellipsis is cut into single full stops.
func detach[T bytesOrString](s T, start, end int, kind Kind, abbr uint8) (int, Kind, uint8, uint8) {
	if abbr != abbrNone && end-start > 1 && s[end-1] == '.' {
		end--
		if kind == Symbol && !(end-start == 2 && s[start] == 'R' && s[start+1] == 'p') {
			kind = Word
		}
		return end, kind, abbrNone, abbr
	}
	if kind == Punct && end-start > 1 && s[start] == '.' {
		return start + 1, kind, abbr, abbrNone
	}
	return end, kind, abbr, abbrNone
}
