package tokenize

import "iter"

// All returns an iterator over the tokens of text, for range-over-func:
//
//	for tok := range tokenize.All(text) { ... }
//
// It sits on top of Iterator and allocates only the returned closure.
func All(text string) iter.Seq[Token] { return Default().All(text) }

// AllSentences returns an iterator over the sentence spans of text.
func AllSentences(text string) iter.Seq[Sentence] { return Default().AllSentences(text) }

// All returns an iterator over the tokens of text.
func (tk *Tokenizer) All(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		it := tk.Iterator(text)
		for it.Next() {
			if !yield(it.Token()) {
				return
			}
		}
	}
}

// AllSentences returns an iterator over the sentence spans of text.
func (tk *Tokenizer) AllSentences(text string) iter.Seq[Sentence] {
	return func(yield func(Sentence) bool) {
		it := tk.SentenceIterator(text)
		for it.Next() {
			if !yield(it.Sentence()) {
				return
			}
		}
	}
}

// All returns an iterator over the remaining tokens of the scanner's input
// (each Token's Text is a copy). Check Err after the loop.
func (s *Scanner) All() iter.Seq[Token] {
	return func(yield func(Token) bool) {
		for s.Scan() {
			if !yield(s.Token()) {
				return
			}
		}
	}
}
