package tokenize

import (
	"fmt"
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
