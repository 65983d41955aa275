package entity

import (
	"sync/atomic"

	"github.com/telaah/telaah/tokenize"
)

// Word is what a Recognizer knows of a token on its own, out of context: the shape of its text
// and the word lists it is on. A caller that meets the same words again and again (package
// analyze keeps a cache of its words) gets the Word of each once, with Recognizer.Word, and
// passes the Words of a text to ExtractWords, which then does not look those tokens up.
//
// A Word belongs to the Recognizer that made it: ExtractWords looks up again a zero Word and
// one made by another Recognizer.
type Word struct {
	lists uint64
	rid   uint32 // the id of the Recognizer that made the Word; 0 for none
	cls   uint8
}

// lastRecognizerID numbers the Recognizers, so that a Word knows which one made it.
var lastRecognizerID atomic.Uint32

// Word returns what r knows of the token text tok on its own, to pass to ExtractWords.
func (r *Recognizer) Word(tok string) Word {
	if r == nil {
		r = Default()
	}
	if tok == "" {
		return Word{}
	}
	cls, lists := r.tokenInfo(tok)
	return Word{lists: lists, rid: r.id, cls: cls}
}

// ExtractWords is ExtractTokens given also the Words of the tokens: words[i] is the Word that
// r.Word returned for the text of toks[i], or the zero Word for a token the caller does not
// know (r looks it up). A words slice of another length than toks is ignored. The result is
// that of ExtractTokens.
func (r *Recognizer) ExtractWords(text string, toks []tokenize.Token, sents []tokenize.Sentence, words []Word) Result {
	if len(words) != len(toks) {
		words = nil
	}
	return r.extract(text, toks, sents, words)
}
