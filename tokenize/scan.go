package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// nextToken finds the first token at or after pos. It returns start == len(s)
// when only white space is left. It never looks past a white space character
// after the token, so that the Scanner may cut its input after any white space.
func nextToken[T bytesOrString](s T, pos int, ab *Abbreviations) (start, end int, kind Kind, abbr uint8) {
	// Skip white space.
	for pos < len(s) {
		c := s[pos]
		if asciiClass[c]&cSpace != 0 {
			pos++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		n := spaceAt(s, pos)
		if n == 0 {
			break
		}
		pos += n
	}
	if pos >= len(s) {
		return len(s), len(s), 0, 0
	}
	start = pos
	c := s[pos]
	if c < utf8.RuneSelf {
		if asciiClass[c]&(cDigit|cLetter) != 0 {
			// Most tokens are plain words: they need none of scanWord's set-up.
			if end, kind, res := scanPlain(s, pos); res == plain {
				return start, end, kind, 0
			}
			end, kind, abbr = scanWord(s, pos, ab)
			return start, end, kind, abbr
		}
		end, kind = scanASCIIPunct(s, pos)
		return start, end, kind, 0
	}
	r, n := decodeRune(s, pos)
	if r == utf8.RuneError {
		// Each invalid UTF-8 byte (and each literal U+FFFD) is a symbol token
		// of its own, never dropped.
		return start, pos + n, Symbol, 0
	}
	if isWordStart(r) {
		end, kind, abbr = scanWord(s, pos, ab)
		return start, end, kind, abbr
	}
	// Let UAX #29 find the extent of emoji sequences (ZWJ, skin tones, flags,
	// keycaps) and of symbols followed by combining marks.
	end = pos + uaxLen(s, pos)
	// Stay on valid, non-space characters.
	for k := pos + n; k < end; {
		r2, n2 := decodeRune(s, k)
		if r2 == utf8.RuneError || unicode.IsSpace(r2) {
			end = k
			break
		}
		k += n2
	}
	switch {
	case isEmojiRune(r) || hasVS16(s, pos, end):
		kind = Emoji
	case r == 0x2026: // … HORIZONTAL ELLIPSIS
		kind = Punct
	case r == 0x2010 || r == 0x2011 || r == 0x2013 || r == 0x2014:
		kind = Punct
	case unicode.IsPunct(r):
		kind = Punct
	default:
		kind = Symbol
	}
	if kind == Punct && end > pos+n {
		// A punctuation mark stands alone (UAX #29 may glue marks to it).
		for k := pos + n; k < end; {
			r2, n2 := decodeRune(s, k)
			if !unicode.IsMark(r2) && r2 != 0x200D {
				end = k
				break
			}
			k += n2
		}
	}
	return start, end, kind, 0
}

// hasVS16 reports whether s[from:to] holds U+FE0F VARIATION SELECTOR-16
// (emoji presentation), as in "©️".
func hasVS16[T bytesOrString](s T, from, to int) bool {
	for i := from; i+2 < to; i++ {
		if s[i] == 0xEF && s[i+1] == 0xB8 && s[i+2] == 0x8F {
			return true
		}
	}
	return false
}

// scanASCIIPunct scans a token starting with ASCII punctuation, a symbol or a
// control character: URLs are handled by scanWord, mentions, hashtags and
// emoticons here.
func scanASCIIPunct[T bytesOrString](s T, pos int) (int, Kind) {
	c := s[pos]
	switch c {
	case '@':
		if e := scanMention(s, pos); e > pos {
			return e, Mention
		}
	case '#':
		if e := scanHashtag(s, pos); e > pos {
			return e, Hashtag
		}
	case '`', '\'':
		if pos+1 < len(s) && s[pos+1] == c {
			return pos + 2, Punct // `` and '' are one quotation mark
		}
	case '-':
		if e := scanEmoticon(s, pos); e > pos {
			return e, Emoji
		}
		e := pos + 1
		for e < len(s) && s[e] == '-' {
			e++
		}
		return e, Punct // - -- ---
	case '.':
		e := pos + 1
		for e < len(s) && s[e] == '.' {
			e++
		}
		return e, Punct // . .. ... (ellipsis)
	case ':', ';', '=', '<', '^':
		if e := scanEmoticon(s, pos); e > pos {
			return e, Emoji
		}
	}
	if c < 0x20 || c == 0x7F {
		return pos + 1, Symbol // control characters (NUL...) are kept as symbols
	}
	switch c {
	case '$', '+', '<', '=', '>', '^', '`', '|', '~':
		return pos + 1, Symbol
	}
	return pos + 1, Punct
}

// scanEmoticon recognises the common Western emoticons :) :( :D :P :v ;) :'( <3
// ^_^ ^^ -_- (a repeated mouth, as in :)) or :((, is kept in the token).
func scanEmoticon[T bytesOrString](s T, pos int) int {
	c := s[pos]
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	notWordAt := func(i int) bool { return i >= len(s) || !wordStartAt(s, i) }
	switch c {
	case '<':
		if at(pos+1) == '3' && !(pos+2 < len(s) && isDigit(s[pos+2])) {
			return pos + 2
		}
		return pos
	case '^':
		if at(pos+1) == '^' {
			return pos + 2
		}
		if at(pos+1) == '_' && at(pos+2) == '^' {
			return pos + 3
		}
		return pos
	case '-':
		if at(pos+1) == '_' && at(pos+2) == '-' {
			return pos + 3
		}
		return pos
	}
	// c is one of : ; =
	i := pos + 1
	if m := at(i); m == '-' || (m == '\'' && c == ':') {
		i++
	}
	m := at(i)
	switch m {
	case ')', '(':
		if c == '=' && m == '(' {
			return pos
		}
		e := i + 1
		for e < len(s) && s[e] == m {
			e++
		}
		if notWordAt(e) {
			return e
		}
	case 'D', 'P', 'p', 'v', 'O':
		if c == ';' && m != 'D' && m != 'P' && m != 'p' {
			return pos
		}
		if notWordAt(i + 1) {
			return i + 1
		}
	}
	return pos
}

// scanMention scans @name (letters, digits, '_' and inner '.').
func scanMention[T bytesOrString](s T, pos int) int {
	e := pos + 1
	for e < len(s) {
		c := s[e]
		if isAlnumASCII(c) || c == '_' {
			e++
			continue
		}
		if c == '.' && e+1 < len(s) && (isAlnumASCII(s[e+1]) || s[e+1] == '_') && e > pos+1 {
			e++
			continue
		}
		break
	}
	if e == pos+1 {
		return pos
	}
	return e
}

// scanHashtag scans #tag: word characters and '_', with at least one letter
// (so "#1" is a number sign and a number).
func scanHashtag[T bytesOrString](s T, pos int) int {
	e := pos + 1
	letter := false
	for e < len(s) {
		if s[e] == '_' {
			e++
			continue
		}
		r, n := decodeRune(s, e)
		if r == utf8.RuneError || !isWordCont(r) {
			break
		}
		if unicode.IsLetter(r) {
			letter = true
		}
		e += n
	}
	if !letter {
		return pos
	}
	return e
}

// scanPiece returns the end of the run of word characters at s[i:], whether
// it held a letter (as opposed to digits only) and whether it held non-ASCII.
func scanPiece[T bytesOrString](s T, i int) (int, bool, bool) {
	letter, wide := false, false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cDigit:
				i++
				continue
			case cLetter:
				letter = true
				i++
				continue
			}
			return i, letter, wide
		}
		if r, _ := decodeRune(s, i); r == utf8.RuneError || !isWordCont(r) {
			return i, letter, wide
		}
		wide = true
		// UAX #29 decides how far a non-ASCII run goes (marks, joiners);
		// keep its word characters. The window bounds the work per piece.
		j := i + uaxLen(s[:min(len(s), i+uaxWindow)], i)
		k := i
		for k < j {
			r, n := decodeRune(s, k)
			if r == utf8.RuneError || !isWordCont(r) {
				break
			}
			if !unicode.IsDigit(r) {
				letter = true
			}
			k += n
		}
		if k == i {
			return i, letter, wide
		}
		i = k
	}
	return i, letter, wide
}

// isRoman reports whether x is an upper-case Roman numeral (I, IV, XII, MMXXIII).
func isRoman[T bytesOrString](x T) bool {
	if len(x) == 0 || len(x) > 12 {
		return false
	}
	for i := 0; i < len(x); i++ {
		switch x[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

const (
	// uaxWindow bounds the text handed to UAX #29 for one piece of a word.
	uaxWindow = 32
	// maxDotted bounds a run joined by full stops between letters
	// (domains, initialisms): longer runs are cut at their first dot.
	maxDotted = 64
)

// The results of scanPlain.
const (
	notPlain = iota // the token may go on: scanWord's full rules decide
	plain           // the token ends at end
	plainDot        // ... unless it is an abbreviation with the full stop at end
)

// scanPlain is the fast path of scanWord: an ASCII word or number followed by
// white space or by punctuation that cannot join it to what follows. It
// returns where it ends, its kind and whether it is plain.
func scanPlain[T bytesOrString](s T, start int) (end int, kind Kind, res uint8) {
	// Rp1.000.000: the currency symbol is its own token, as in "Rp 1.000.000".
	if s[start]|0x20 == 'r' && start+2 < len(s) && s[start+1]|0x20 == 'p' && isDigit(s[start+2]) {
		return start + 2, Symbol, plain
	}
	i, cls := start+1, asciiClass[s[start]]
	if cls == cLetter {
		// Starts with a letter: a word whatever follows.
		for i < len(s) && asciiClass[s[i]]&(cDigit|cLetter) != 0 {
			i++
		}
	} else {
		for i < len(s) {
			c := asciiClass[s[i]]
			if c&(cDigit|cLetter) == 0 {
				break
			}
			cls |= c
			i++
		}
	}
	res = notPlain
	if i == len(s) {
		res = plain
	} else {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
		case asciiClass[c]&cJoin == 0:
			res = plain
		case c == '.' && (i+1 == len(s) || asciiClass[s[i+1]]&cSpace != 0):
			res = plainDot
		case c == ',' && (cls&cLetter != 0 || i+1 == len(s) || !isDigit(s[i+1])):
			res = plain
		}
	}
	switch {
	case res == notPlain:
		return i, 0, notPlain
	case cls&cLetter == 0:
		return i, Number, res
	case i-start == 2 && s[start]|0x20 == 'r' && s[start+1]|0x20 == 'p':
		return i, Symbol, res
	}
	return i, Word, res
}

// scanWord scans a token that starts with a letter or digit: words joined by
// hyphens (kupu-kupu, e-KTP), numbers in Indonesian notation (1.000.000, 2,5,
// 19.30, 17/08/2023, III/2023), abbreviations with their full stop, URLs,
// e-mail addresses and domains.
func scanWord[T bytesOrString](s T, start int, ab *Abbreviations) (end int, kind Kind, abbr uint8) {
	switch end, kind, res := scanPlain(s, start); res {
	case plain:
		return end, kind, 0
	case plainDot:
		if a := lookupAbbrev(ab, s[start:end+1]); a != abbrNone {
			if a == abbrSymbol {
				return end + 1, Symbol, a
			}
			return end + 1, Word, a
		}
		return end, kind, 0
	}
	if e := scanURL(s, start); e > start {
		return e, URL, 0
	}
	i := start
	hasLetter := false
	letterDot := -1 // the first '.' joined with a letter on one side
	pieceStart := start
	var pieceLetter bool
	wide := false // a non-ASCII letter: no domain or initialism, at most an abbreviation
	for {
		if letterDot >= 0 && (i-start > maxDotted || wide && i-start > maxAbbrevLen) {
			break // no domain, initialism or abbreviation is that long
		}
		pieceStart = i
		var pieceWide bool
		i, pieceLetter, pieceWide = scanPiece(s, i)
		wide = wide || pieceWide
		if pieceLetter {
			hasLetter = true
		}
		// Superscript digits stay with what precedes them: km², m³, kaki².
		for {
			n := superscriptAt(s, i)
			if n == 0 {
				break
			}
			i += n
		}
		if i >= len(s) {
			break
		}
		lastDigit := isDigit(s[i-1])
		c := s[i]
		joined := false
		switch c {
		case '-':
			joined = wordStartAt(s, i+1)
		case '.':
			if lastDigit && i+1 < len(s) && isDigit(s[i+1]) {
				joined = true
			} else if wordStartAt(s, i+1) {
				joined = true
				if letterDot < 0 {
					letterDot = i
				}
			}
		case ',', ':':
			joined = lastDigit && i+1 < len(s) && isDigit(s[i+1])
		case '/':
			joined = i+1 < len(s) && isDigit(s[i+1]) &&
				(!pieceLetter || isRoman(s[pieceStart:i]))
		case '\'':
			joined = !lastDigit && letterAt(s, i+1)
		case '_':
			joined = wordStartAt(s, i+1)
		case '@':
			if e := scanDomain(s, i+1, false); e > 0 && emailLocal(s[start:i]) {
				return e, Email, 0
			}
		case 0xE2:
			// U+2019 ’ as an apostrophe (Jum’at), U+2010/U+2011 hyphens.
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x99:
					if !lastDigit && letterAt(s, i+3) {
						joined = true
						i += 2
					}
				case 0x90, 0x91:
					if wordStartAt(s, i+3) {
						joined = true
						i += 2
					}
				}
			}
		}
		if !joined {
			break
		}
		i++
	}
	end = i
	kind = Word
	if !hasLetter {
		kind = Number
	}
	if letterDot >= 0 {
		return resolveDotted(s, start, end, letterDot, ab)
	}
	if end < len(s) && s[end] == '.' {
		if a := lookupAbbrev(ab, s[start:end+1]); a != abbrNone {
			if a == abbrSymbol {
				return end + 1, Symbol, a
			}
			return end + 1, Word, a
		}
	}
	if hasLetter && end-start >= 3 && s[end-1] >= '0' && s[end-1] <= '9' {
		// III/2023
		if k := indexByte(s, start, end, '/'); k > 0 && isRoman(s[start:k]) {
			kind = Number
		}
	}
	if end-start == 2 && s[start]|0x20 == 'r' && s[start+1]|0x20 == 'p' {
		kind = Symbol
	}
	return end, kind, 0
}

func indexByte[T bytesOrString](s T, from, to int, b byte) int {
	for i := from; i < to; i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// resolveDotted decides what a run such as "Quotex.co.id", "S.H", "U.S.A",
// "kata.Kalimat" or "2012.Dia" is: an abbreviation, a domain (or URL), an
// initialism, or two tokens run together (then it ends before the first dot).
func resolveDotted[T bytesOrString](s T, start, end, dot int, ab *Abbreviations) (int, Kind, uint8) {
	x := s[start:end]
	if end < len(s) && s[end] == '.' {
		if a := lookupAbbrev(ab, s[start:end+1]); a != abbrNone {
			if a == abbrSymbol {
				return end + 1, Symbol, a
			}
			return end + 1, Word, a
		}
	}
	if e := scanDomain(s, start, true); e == end {
		if end < len(s) && s[end] == '/' {
			return scanURLRest(s, end), URL, 0
		}
		return end, Domain, 0
	}
	// Initialisms: every part a single letter (U.S.A., a.n., s.d.).
	initials := true
	for i := 0; i < len(x); i++ {
		if (i%2 == 0 && !isLetterASCII(x[i])) || (i%2 == 1 && x[i] != '.') {
			initials = false
			break
		}
	}
	if initials && len(x)%2 == 1 {
		if end < len(s) && s[end] == '.' {
			return end + 1, Word, abbrFinal
		}
		return end, Word, 0
	}
	// Two tokens run together: stop before the dot, unless that makes an
	// abbreviation (Jl.Merdeka).
	if a := lookupAbbrev(ab, s[start:dot+1]); a != abbrNone {
		if a == abbrSymbol {
			return dot + 1, Symbol, a
		}
		return dot + 1, Word, a
	}
	kind := Word
	if isNumberRun(s[start:dot]) {
		kind = Number
	}
	return dot, kind, 0
}

// isNumberRun reports whether x holds no letter.
func isNumberRun[T bytesOrString](x T) bool {
	for i := 0; i < len(x); {
		r, n := decodeRune(x, i)
		if unicode.IsLetter(r) {
			return false
		}
		i += n
	}
	return true
}

// emailLocal reports whether x can be the local part of an e-mail address.
func emailLocal[T bytesOrString](x T) bool {
	if len(x) == 0 || len(x) > 64 {
		return false
	}
	for i := 0; i < len(x); i++ {
		c := x[i]
		if !isAlnumASCII(c) && c != '.' && c != '_' && c != '-' && c != '+' {
			return false
		}
	}
	return true
}

// scanDomain scans a host name at s[i:]: two or more labels of letters,
// digits and inner hyphens, separated by dots. With knownTLD the last label
// must be a known top-level domain (a bare "kata.Kalimat" is not a domain);
// otherwise it must be alphabetic. It returns the end, or 0.
func scanDomain[T bytesOrString](s T, i int, knownTLD bool) int {
	labels := 0
	lastStart, lastEnd := -1, -1
	p := i
	for p-i <= maxDotted {
		q := p
		for q < len(s) && (isAlnumASCII(s[q]) || (s[q] == '-' && q > p && q+1 < len(s) && isAlnumASCII(s[q+1]))) {
			q++
		}
		if q == p || q-p > 63 {
			break
		}
		labels++
		lastStart, lastEnd = p, q
		if q+1 < len(s) && s[q] == '.' && isAlnumASCII(s[q+1]) {
			p = q + 1
			continue
		}
		break
	}
	if labels < 2 || lastEnd-i > maxDotted {
		return 0
	}
	tld := s[lastStart:lastEnd]
	if len(tld) < 2 {
		return 0
	}
	for k := 0; k < len(tld); k++ {
		if !isLetterASCII(tld[k]) {
			return 0
		}
	}
	if knownTLD {
		if !isKnownTLD(tld) {
			return 0
		}
		// A known TLD written in lower case (kompas.com) or the whole name in
		// capitals (KOMPAS.COM); "Jakarta.Id" is not taken for a domain.
		lower, upper := true, true
		for k := 0; k < len(tld); k++ {
			if isUpperASCII(tld[k]) {
				lower = false
			} else {
				upper = false
			}
		}
		if !lower && !upper {
			return 0
		}
		if upper {
			for k := i; k < lastEnd; k++ {
				if s[k] >= 'a' && s[k] <= 'z' {
					return 0
				}
			}
		}
	}
	return lastEnd
}

// isKnownTLD reports whether x (ASCII letters) is a common top-level domain.
// Top-level domains that are also common words or rare in Indonesian text
// (to, in, mil, shop, store...) are left out, so that "juga.mil" or
// "pesanan.to", two words run together, are not taken for domains.
func isKnownTLD[T bytesOrString](x T) bool {
	var b [8]byte
	if len(x) > len(b) {
		return false
	}
	for i := 0; i < len(x); i++ {
		b[i] = x[i] | 0x20
	}
	switch string(b[:len(x)]) {
	case "id", "com", "net", "org", "co", "info", "biz", "io", "ai", "edu", "gov", "xyz",
		"tv", "uk", "sg", "au", "jp", "de", "nl", "fr", "cn", "kr", "my", "asia", "mobi":
		return true
	}
	return false
}

// scanURL scans a URL that starts with a scheme (http://, https://, ftp://) or
// with "www.". It returns the end, or start when there is none.
func scanURL[T bytesOrString](s T, start int) int {
	c := s[start] | 0x20
	if c != 'h' && c != 'f' && c != 'w' {
		return start
	}
	p := start
	switch {
	case hasPrefixFold(s, p, "https://"):
		p += 8
	case hasPrefixFold(s, p, "http://"):
		p += 7
	case hasPrefixFold(s, p, "ftp://"):
		p += 6
	case hasPrefixFold(s, p, "www."):
		if scanDomain(s, p, false) == 0 {
			return start
		}
		p += 4
	default:
		return start
	}
	if p >= len(s) || !isAlnumASCII(s[p]) {
		return start
	}
	return scanURLRest(s, p)
}

func hasPrefixFold[T bytesOrString](s T, p int, prefix string) bool {
	if len(s)-p < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[p+i]
		if isUpperASCII(c) {
			c |= 0x20
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// scanURLRest scans the rest of a URL from p: printable ASCII other than
// quotes and angle brackets, and non-ASCII letters; then trims the punctuation
// that ends a sentence or closes a bracket that the URL did not open.
func scanURLRest[T bytesOrString](s T, p int) int {
	e := p
	for e < len(s) {
		c := s[e]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '\\' || c == '{' || c == '}' || c == '|' || c == '^' {
				break
			}
			e++
			continue
		}
		r, n := decodeRune(s, e)
		if r == utf8.RuneError || !isWordCont(r) {
			break
		}
		e += n
	}
	// Brackets the URL opened may close in it; others close around it.
	paren, bracket := 0, 0
	for k := p; k < e; k++ {
		switch s[k] {
		case '(':
			paren++
		case ')':
			paren--
		case '[':
			bracket++
		case ']':
			bracket--
		}
	}
	for e > p {
		switch s[e-1] {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			e--
			continue
		case ')':
			if paren < 0 {
				paren++
				e--
				continue
			}
		case ']':
			if bracket < 0 {
				bracket++
				e--
				continue
			}
		}
		break
	}
	return e
}
