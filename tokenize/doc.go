// Package tokenize splits Indonesian text into tokens and sentences with byte
// offsets into the caller's text.
//
// Every token carries its exact source text, its offsets (text[Start:End] ==
// Text) and a Kind: word, number, punctuation, symbol, URL, e-mail, domain,
// mention, hashtag or emoji (emoticons included). Nothing is rewritten (curly
// quotes stay curly) and nothing is dropped: every byte that is not white space
// belongs to exactly one token, and invalid UTF-8 bytes and control characters
// become symbol tokens of their own.
//
// # Rules
//
// Tokens start from Unicode word segmentation (UAX #29, through
// github.com/clipperhouse/uax29/v2, which also keeps emoji ZWJ sequences,
// skin tones and flags whole), with Indonesian rules on top, checked against
// the UD Indonesian-GSD treebank:
//
//   - hyphenated words and reduplication are one token: kupu-kupu,
//     anak-anaknya, berulang-ulang, e-KTP, ke-4, 1960-an;
//   - numbers in Indonesian notation are one token: 1.000.000, 2,5, 19.30,
//     17.08.2023, 17/08/2023, III/2023; the percent sign is its own token
//     (3,2 %), and so is the currency symbol: Rp1.000.000 gives "Rp" (a symbol)
//     and "1.000.000", the same tokens as "Rp 1.000.000";
//   - URLs (with a scheme or www.), e-mail addresses, domains with a known
//     top-level domain (Quotex.co.id), @mentions, #hashtags, emoji and the
//     common emoticons (:) :( :D :P :v ;) <3 ^_^) are one token each;
//   - abbreviations from the embedded list keep their full stop (dll., dsb.,
//     dkk., dr., Prof., Jl., No., PT., Tbk., Kab., Kec., S.H., M.Si., Sp.PD.,
//     a.n.), as do initialisms (U.S.A.); WithDetachedDots splits the dot off
//     as the GSD treebank does;
//   - a word run into the next sentence ("kata.Kalimat") is cut at the dot.
//
// Sentences are runs of whole tokens; see SentenceIterator for the rules
// (abbreviations, initials, closing quotes and brackets, full stops inside
// brackets, blank lines, headlines). Sentence spans start at their first token
// and end after their last, so they never include surrounding white space.
//
// # Forms
//
// Iterator and SentenceIterator walk a string without allocating (reuse one
// value with Reset); Tokens and Sentences return slices; All and AllSentences
// are iter.Seq adapters; Scanner reads an io.Reader of any size with bounded
// memory and gives absolute offsets. The package-level functions use Default();
// New builds a Tokenizer with options.
//
// # Example
//
//	for _, tok := range tokenize.Tokens("Harga Rp1.000.000, kata dr. Ani 👍") {
//		fmt.Println(tok.Text, tok.Kind, tok.Start, tok.End)
//	}
//
// # Concurrency
//
// Tokenizer values, Default() and the abbreviation sets are immutable and safe
// for concurrent use by multiple goroutines. An Iterator, SentenceIterator or
// Scanner belongs to one goroutine.
//
// # Data
//
// The abbreviation list (data/abbreviations.txt, about 180 entries, with the
// class that tells the sentence splitter whether the abbreviation can end a
// sentence) was written for telaah by its authors, entry by entry, and is
// licensed MIT with the rest of the project. It is embedded and parsed once, on
// first use (DefaultAbbreviations); a custom list is passed with
// WithAbbreviations(ParseAbbreviations(r)).
package tokenize
