package tokenize

import (
	"fmt"

	"github.com/clipperhouse/uax29/v2/words"
)

// Kind is the class of a token.
type Kind uint8

// The kinds of token. The zero Kind is not a valid kind.
const (
	Word Kind = iota + 1
	Number
	Punct
	Symbol
	URL
	Email
	Domain
	Mention
	Hashtag
	Emoji
)

var kindNames = [...]string{
	Word: "word", Number: "number", Punct: "punctuation", Symbol: "symbol", URL: "url",
	Email: "email", Domain: "domain", Mention: "mention", Hashtag: "hashtag", Emoji: "emoji",
}

// String returns the lower-case name of k, as used in JSON ("word", "punctuation", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("tokenize: unknown token kind %q", b)
}

// Token is one token: its exact source text and its byte offsets in the caller's text,
// so that text[Start:End] == Text.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
}

// Sentence is the byte span of one sentence in the caller's text.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Iterator walks the tokens of a text without allocating.
// An Iterator belongs to one goroutine.
type Iterator struct {
	text  string
	it    *words.Iterator[string]
	start int
	end   int
	kind  Kind
}

// NewIterator returns an iterator over the tokens of text.
func NewIterator(text string) *Iterator {
	return &Iterator{text: text, it: words.FromString(text)}
}

// Next advances to the next token and reports whether there is one.
func (t *Iterator) Next() bool {
	for t.it.Next() {
		v := t.it.Value()
		if v == "" || v[0] == ' ' || v[0] == '\n' || v[0] == '\t' || v[0] == '\r' {
			continue
		}
		t.start, t.end, t.kind = t.it.Start(), t.it.End(), Word
		return true
	}
	return false
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

// Tokens returns all tokens of text.
func Tokens(text string) []Token {
	var out []Token
	it := NewIterator(text)
	for it.Next() {
		out = append(out, it.Token())
	}
	return out
}

// Sentences returns the sentence spans of text.
func Sentences(text string) []Sentence {
	if len(text) == 0 {
		return nil
	}
	return []Sentence{{0, len(text)}}
}
