package tokenize

// Iterator walks the tokens of a text without allocating:
//
//	it := tokenize.NewIterator(text)
//	for it.Next() {
//		fmt.Println(it.Value(), it.Start(), it.End(), it.Kind())
//	}
//
// The zero Iterator holds no text; Reset gives it one, so that one Iterator
// value (on the stack or reused across documents) tokenizes many texts with no
// allocation at all. An Iterator belongs to one goroutine.
type Iterator struct {
	text  string
	ab    *Abbreviations
	pos   int
	start int
	end   int
	kind  Kind
	abbr  uint8
}

// NewIterator returns an iterator over the tokens of text.
func NewIterator(text string) *Iterator {
	it := &Iterator{}
	it.Reset(text)
	return it
}

// Reset makes t iterate over text from its beginning, with the default
// abbreviation list.
func (t *Iterator) Reset(text string) {
	*t = Iterator{text: text, ab: DefaultAbbreviations()}
}

// Next advances to the next token and reports whether there is one.
func (t *Iterator) Next() bool {
	if t.pos >= len(t.text) {
		return false
	}
	start, end, kind, abbr := nextToken(t.text, t.pos, t.ab)
	if start >= len(t.text) {
		t.pos = len(t.text)
		return false
	}
	t.start, t.end, t.kind, t.abbr = start, end, kind, abbr
	t.pos = end
	return true
}

// Value returns the text of the current token.
func (t *Iterator) Value() string { return t.text[t.start:t.end] }

// Start returns the byte offset of the current token.
func (t *Iterator) Start() int { return t.start }

// End returns the byte offset just past the current token.
func (t *Iterator) End() int { return t.end }

// Kind returns the kind of the current token.
func (t *Iterator) Kind() Kind { return t.kind }

// Token returns the current token.
func (t *Iterator) Token() Token {
	return Token{Text: t.Value(), Start: t.start, End: t.end, Kind: t.kind}
}

// Abbreviation reports whether the current token is an abbreviation from the
// list, written with its full stop (dll., Jl., S.H.), or an initialism (U.S.A.).
func (t *Iterator) Abbreviation() bool { return t.abbr != abbrNone }

// Tokens returns all tokens of text.
func Tokens(text string) []Token {
	var out []Token
	var it Iterator
	it.Reset(text)
	for it.Next() {
		out = append(out, it.Token())
	}
	return out
}
