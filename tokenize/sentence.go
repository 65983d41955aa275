package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// tok is one token as the sentence splitter sees it.
type tok struct {
	start, end int
	kind       Kind
	abbr       uint8
}

// SentenceIterator walks the sentences of a text without allocating:
//
//	var it tokenize.SentenceIterator
//	it.Reset(text)
//	for it.Next() {
//		fmt.Println(it.Value(), it.Start(), it.End())
//	}
//
// A sentence is a run of whole tokens; its span starts at its first token and
// ends after its last, so it never starts or ends with white space. The rules:
//
//   - a sentence ends after '.', '!', '?', '…' (and runs of them) followed by
//     white space and a word that starts with a capital letter or a digit, an
//     opening quote or bracket, a dash, or another non-word token; a closing
//     quote or bracket right after the mark, and an emoji or emoticon after
//     it, stay in the sentence;
//   - a lower-case word after the mark starts a new sentence too (informal
//     text often leaves out the capital), except after a closing quote or
//     bracket ("Siapa?" tanyanya) or an ellipsis (a pause);
//   - a full stop does not end a sentence after a single capital letter (an
//     initial: "R. Tjetje"), after an enumeration marker that opens the
//     sentence ("1.", "a.", "IV."), between two numbers ("v9. 1"), or in a
//     title abbreviation from the list (dr., Jl., No., Rp.); other listed
//     abbreviations (dll., Tbk., S.H.) end one only before a capitalised word
//     or an opening quote;
//   - a final mark inside round or square brackets opened in the middle of
//     the sentence and closed soon after on the same line does not end it
//     ("Kasim II (SSK. II) Pekanbaru"); a bracket that opens the sentence, or
//     one left unclosed, is not followed;
//   - a full stop inside an abbreviation from the list typed with a space
//     between its parts ("Ph. D." for Ph.D.) does not end a sentence;
//   - a word run into the next sentence ("Selesai.Kemudian") is split there;
//   - a blank line always ends a sentence; so does a line break after a line
//     without final punctuation (a headline), unless the line ends with a comma
//     or similar mark or the next line starts with a lower-case letter (a
//     wrapped line).
//
// A SentenceIterator belongs to one goroutine.
type SentenceIterator struct {
	toks       Iterator // its current token is the one after the sentence so far
	have       bool
	done       bool
	start, end int
}

// NewSentenceIterator returns an iterator over the sentences of text.
func NewSentenceIterator(text string) *SentenceIterator {
	it := &SentenceIterator{}
	it.Reset(text)
	return it
}

// Reset makes t iterate over the sentences of text from its beginning. It
// keeps the Tokenizer that t came from (the default one for a zero value).
func (t *SentenceIterator) Reset(text string) {
	toks := t.toks
	*t = SentenceIterator{toks: toks}
	t.toks.Reset(text)
}

// Start returns the byte offset of the current sentence.
func (t *SentenceIterator) Start() int { return t.start }

// End returns the byte offset just past the current sentence.
func (t *SentenceIterator) End() int { return t.end }

// Value returns the text of the current sentence.
func (t *SentenceIterator) Value() string { return t.toks.text[t.start:t.end] }

// Sentence returns the span of the current sentence.
func (t *SentenceIterator) Sentence() Sentence { return Sentence{Start: t.start, End: t.end} }

// Next advances to the next sentence and reports whether there is one.
func (t *SentenceIterator) Next() bool {
	if t.done {
		return false
	}
	if !t.have {
		if !t.toks.Next() {
			t.done = true
			return false
		}
		t.have = true
	}
	text := t.toks.text
	t.start = t.toks.cur.start
	var st splitState
	for {
		cur := t.toks.cur
		st.take(text, cur)
		if !t.toks.Next() {
			t.have, t.done = false, true
			t.end = cur.end
			return true
		}
		// Without a final mark only a line break can end the sentence: the
		// many tokens followed by one space or none skip the call.
		if (st.terminal || !narrowGap(text, cur.end, t.toks.cur.start)) &&
			boundary(text, cur, t.toks.cur, st.mark, st.terminal, st.soft, st.closed) && !t.holds(st.prev, cur, st.depth) {
			t.end = cur.end
			return true
		}
		st.prev2, st.prev = st.prev, cur
	}
}

// splitState is what the sentence splitter knows of the sentence so far.
type splitState struct {
	prev, prev2 tok  // the last two tokens before the current one
	n           int  // tokens taken
	mark        tok  // the last final mark
	depth       int  // brackets opened inside the sentence and still open
	terminal    bool // the sentence so far ends with a final mark (and closers)
	soft        bool // ... and that mark may be an abbreviation or an initial
	closed      bool // a closing quote or bracket follows the mark
}

// take updates st with cur, the next token of the sentence.
func (st *splitState) take(text string, cur tok) {
	st.n++
	if !st.terminal && cur.abbr == abbrNone && cur.kind != Punct {
		// The common case, a word inside a sentence: with no final mark
		// before it, a token that is neither punctuation nor an abbreviation
		// leaves terminal and soft false and the brackets as they are.
		return
	}
	st.update(text, cur)
}

// update is take for a token that may change the state.
func (st *splitState) update(text string, cur tok) {
	if !st.terminal && text[cur.start] == ',' && cur.kind == Punct {
		return // a comma inside a sentence changes nothing either
	}
	n := st.n - 1 // cur is the n-th token of the sentence, from 0
	adjacent := n > 0 && cur.start == st.prev.end
	switch {
	case cur.abbr == abbrFinal:
		st.terminal, st.soft, st.mark, st.closed = true, true, cur, false
	case cur.abbr != abbrNone:
		st.terminal, st.soft = false, false
	case cur.kind == Punct && isFinalMark(text, cur):
		if st.terminal && adjacent {
			// ?! ..." and the like: still final; keep "soft" only for a lone dot
			st.soft = false
		} else {
			st.soft = text[cur.start:cur.end] == "." && n > 0 && adjacent &&
				(isInitial(text, st.prev, st.prev2, n) || n == 1 && isListMarker(text, st.prev))
		}
		st.terminal, st.mark, st.closed = true, cur, false
	case st.terminal && adjacent && isCloser(text, cur):
		// closing quote or bracket after the mark stays in the sentence
		st.closed = true
	case st.terminal && cur.kind == Emoji:
		// "Mantap! 👍" - the emoji belongs to the sentence it follows
	default:
		st.terminal, st.soft = false, false
	}
	st.depth = bracketDepth(text, cur, n, st.depth)
}

// isFinalMark reports whether the punctuation token ends sentences.
func isFinalMark(text string, x tok) bool {
	c := text[x.start]
	if c == '.' || c == '!' || c == '?' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[x.start:x.end])
	switch r {
	case '…', '。', '！', '？', '؟', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isInitial reports whether prev (before a full stop) is a single capital
// letter standing alone: "R. Tjetje", "George W. White".
func isInitial(text string, prev, prev2 tok, n int) bool {
	if prev.end-prev.start != 1 || !isUpperASCII(text[prev.start]) {
		return false
	}
	return n < 2 || prev2.end < prev.start || prev2.kind == Punct
}

// isListMarker reports whether a sentence that starts with this token and a
// full stop starts with an enumeration marker: "1.", "a.", "IV.".
func isListMarker(text string, x tok) bool {
	w := text[x.start:x.end]
	switch {
	case x.kind == Number:
		return len(w) <= 3 && isNumberRun(w) && isDigit(w[len(w)-1])
	case len(w) == 1:
		return isLetterASCII(w[0])
	}
	return isRoman(w) && len(w) <= 4
}

// isCloser reports whether the token closes a quotation or a bracket.
func isCloser(text string, x tok) bool {
	s := text[x.start:x.end]
	switch s {
	case ")", "]", "}", "\"", "'", "''", "”", "’", "»", "›", "」", "』", "）":
		return true
	}
	return false
}

// isOpener reports whether the token opens a quotation or a bracket.
func isOpener(text string, x tok) bool {
	s := text[x.start:x.end]
	switch s {
	case "(", "[", "{", "\"", "'", "``", "“", "‘", "«", "‹", "「", "『", "（", "„":
		return true
	}
	return false
}

// isDash reports whether the token is a dash.
func isDash(text string, x tok) bool {
	switch text[x.start:x.end] {
	case "-", "--", "---", "–", "—":
		return true
	}
	return false
}

// isOpeningQuote reports whether the token opens a quotation.
func isOpeningQuote(text string, x tok) bool {
	switch text[x.start:x.end] {
	case "\"", "``", "“", "‘", "«", "„":
		return true
	}
	return false
}

// isContinuation reports whether a line ending with this token goes on.
func isContinuation(text string, x tok) bool {
	if x.kind != Punct && x.kind != Symbol {
		return false
	}
	switch text[x.start:x.end] {
	case ",", ";", ":", "-", "--", "–", "—", "/", "&", "+", "=", "(", "[", "{", "“", "‘", "``":
		return true
	}
	return false
}

// gapBreaks returns the number of line breaks in the white space text[from:to],
// counting up to two (a blank line).
func gapBreaks(text string, from, to int) int {
	nl := 0
	for i := from; i < to; i++ {
		if text[i] == '\n' {
			nl++
			if nl == 2 {
				return 2
			}
		} else if text[i] == 0xE2 && i+2 < to && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
			return 2 // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
		}
	}
	return nl
}

// narrowGap reports whether the white space text[from:to] is empty or one
// space: no line break.
func narrowGap(text string, from, to int) bool {
	return to == from+1 && text[from] == ' ' || to == from
}

// firstCase returns +1 if the token starts with an upper-case (or title-case)
// letter, -1 for lower case, 0 otherwise (digits, caseless scripts, symbols).
func firstCase(text string, x tok) int {
	c := text[x.start]
	if c < utf8.RuneSelf {
		switch {
		case c >= 'A' && c <= 'Z':
			return 1
		case c >= 'a' && c <= 'z':
			return -1
		}
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[x.start:x.end])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return 1
	case unicode.IsLower(r):
		return -1
	}
	return 0
}

// maxBracketAhead bounds how far past a final mark inside brackets the
// closing bracket is looked for: a parenthetical remark is short (in UD
// Indonesian-GSD all are under 20 tokens), and a bracket left unclosed, common
// in informal text, must not swallow the sentences after it.
const maxBracketAhead = 100

// bracketDepth returns depth updated with cur, the n-th token of the sentence
// (from 0): the number of round and square brackets opened inside the sentence
// and not yet closed. A bracket that opens the sentence is not counted: it may
// hold whole sentences ("(Lihat gambar.) Hasilnya baik.").
func bracketDepth(text string, cur tok, n, depth int) int {
	if cur.kind != Punct || cur.end-cur.start != 1 {
		return depth
	}
	switch text[cur.start] {
	case '(', '[':
		if n > 0 {
			return depth + 1
		}
	case ')', ']':
		if depth > 0 {
			return depth - 1
		}
	}
	return depth
}

// closesAhead reports whether a bracket open at from is closed soon after it,
// on the same line (the caller has checked that no line break comes first).
func closesAhead(text string, from int) bool {
	depth := 0
	for i := from; i < len(text) && i < from+maxBracketAhead; i++ {
		switch text[i] {
		case '\n':
			return false
		case '(', '[':
			depth++
		case ')', ']':
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// holds reports whether a boundary found after cur, on the same line, is
// taken back: the mark is inside brackets opened in the sentence and closed
// soon after it ("(SSK. II)", "(E. hemisphaerica (Bl.) RM Smith)"), so it
// belongs to the parenthetical, or the full stop is inside a spaced
// abbreviation.
func (t *SentenceIterator) holds(prev, cur tok, depth int) bool {
	text := t.toks.text
	if gapBreaks(text, cur.end, t.toks.cur.start) > 0 {
		return false
	}
	return depth > 0 && closesAhead(text, cur.end) || t.spacedAbbrev(prev, cur, t.toks.cur)
}

// spacedAbbrev reports whether the full stop cur, after the word prev and
// before the word next, is inside an abbreviation from the list typed with a
// space between its parts: "gelar Ph. D. dalam" for Ph.D.
func (t *SentenceIterator) spacedAbbrev(prev, cur, next tok) bool {
	text := t.toks.text
	if text[cur.start:cur.end] != "." || prev.kind != Word || prev.end != cur.start ||
		next.kind != Word || next.start != cur.end+1 || text[cur.end] != ' ' ||
		next.end >= len(text) || text[next.end] != '.' {
		return false
	}
	w1, w2 := text[prev.start:cur.end], text[next.start:next.end+1]
	if len(w1)+len(w2) > maxAbbrevLen {
		return false
	}
	var buf [maxAbbrevLen]byte
	n := copy(buf[:], w1)
	n += copy(buf[n:], w2)
	return lookupAbbrev(t.toks.cfg.ab, buf[:n]) != abbrNone
}

// boundary decides whether a sentence ends between cur and next; mark is the
// last final mark, closed tells whether a closing quote or bracket followed it.
func boundary(text string, cur, next, mark tok, terminal, soft, closed bool) bool {
	switch gapBreaks(text, cur.end, next.start) {
	case 2:
		return true
	case 1:
		if terminal && !soft {
			return true
		}
		if isContinuation(text, cur) || firstCase(text, next) < 0 {
			return false
		}
		return true
	}
	if !terminal || next.kind == Emoji {
		// An emoji or emoticon after the mark belongs to the sentence it follows.
		return false
	}
	fc := firstCase(text, next)
	if soft {
		// After an abbreviation that may end a sentence, or after an initial,
		// only a capitalised word that is not itself an abbreviation starts one.
		if mark.abbr == abbrFinal {
			return fc > 0 && next.kind == Word && next.abbr == abbrNone ||
				next.kind == Punct && isOpeningQuote(text, next)
		}
		return false
	}
	if next.start == cur.end {
		// "kata.Kalimat": a missing space after the full stop.
		return fc > 0
	}
	dot := text[mark.start] == '.'
	ellipsis := dot && (mark.end-mark.start > 1 || mark.start > 0 && text[mark.start-1] == '.') ||
		text[mark.start:mark.end] == "…"
	switch {
	case fc > 0:
		return true
	case fc < 0:
		// A lower-case word after the mark: a speech tag after a quotation
		// ("Apa?" tanyanya) or a pause (...) goes on; otherwise the capital was
		// left out (common in informal text) and a new sentence starts.
		return !closed && !ellipsis
	}
	switch next.kind {
	case Punct:
		// An opening quote or bracket, or a dash that opens a line of
		// dialogue or a new segment ("... buta. - Lihat").
		return isOpener(text, next) || isDash(text, next)
	case Number:
		// "v9. 1", "2.904. 678": a full stop between two numbers is a
		// decimal or thousands point typed with a space (Indonesian
		// spelling writes a number that opens a sentence in words).
		return !(dot && mark.start > 0 && isDigit(text[mark.start-1]) && mark.end-mark.start == 1)
	case Word, Symbol, URL, Email, Domain, Mention, Hashtag:
		return true
	}
	return false
}

// Sentences returns the sentence spans of text, with the default Tokenizer.
func Sentences(text string) []Sentence { return Default().Sentences(text) }
