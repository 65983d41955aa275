package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// bytesOrString lets the scanner work on the caller's string (Iterator) and on
// the Scanner's buffer without copying either.
type bytesOrString interface{ ~string | ~[]byte }

// ASCII byte classes for the fast paths.
const (
	cDigit  = 1 << iota // 0-9
	cLetter             // A-Z a-z
	cSpace              // ASCII white space
	cJoin               // may join two pieces of a token: - . , : / ' _ @
)

var asciiClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter
		t[c-'a'+'A'] = cLetter
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] = cSpace
	}
	for _, c := range "-.,:/'_@" {
		t[c] = cJoin
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetterASCII(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isAlnumASCII(c byte) bool { return isDigit(c) || isLetterASCII(c) }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// decodeRune decodes the rune at s[i]. Invalid or truncated UTF-8 yields
// (utf8.RuneError, 1), exactly as utf8.DecodeRune does.
func decodeRune[T bytesOrString](s T, i int) (rune, int) {
	c0 := s[i]
	if c0 < utf8.RuneSelf {
		return rune(c0), 1
	}
	n := len(s) - i
	switch {
	case c0 < 0xC2 || c0 > 0xF4:
		return utf8.RuneError, 1
	case c0 < 0xE0:
		if n < 2 || s[i+1]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(c0&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c0 < 0xF0:
		if n < 3 {
			return utf8.RuneError, 1
		}
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
		c1, c2 := s[i+1], s[i+2]
		if c1 < lo || c1 > hi || c2&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
	default:
		if n < 4 {
			return utf8.RuneError, 1
		}
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
		c1, c2, c3 := s[i+1], s[i+2], s[i+3]
		if c1 < lo || c1 > hi || c2&0xC0 != 0x80 || c3&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(c0&0x07)<<18 | rune(c1&0x3F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F), 4
	}
}

// spaceAt reports the width of the white space character at s[i], or 0.
// White space is Unicode White_Space (unicode.IsSpace).
func spaceAt[T bytesOrString](s T, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if isSpaceASCII(c) {
			return 1
		}
		return 0
	}
	r, n := decodeRune(s, i)
	if r != utf8.RuneError && unicode.IsSpace(r) {
		return n
	}
	return 0
}

// isWordStart reports whether r can begin a word piece: a letter or a decimal digit.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumASCII(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordCont reports whether r can continue a word piece: letters, digits,
// combining marks and the zero-width (non-)joiner and soft hyphen.
func isWordCont(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumASCII(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		r == 0x200C || r == 0x200D || r == 0x00AD
}

// wordStartAt reports whether a word piece starts at s[i].
func wordStartAt[T bytesOrString](s T, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return isAlnumASCII(s[i])
	}
	r, _ := decodeRune(s, i)
	return r != utf8.RuneError && isWordStart(r)
}

// letterAt reports whether a letter (not a digit) starts at s[i].
func letterAt[T bytesOrString](s T, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return isLetterASCII(s[i])
	}
	r, _ := decodeRune(s, i)
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// uaxLen returns the length of the Unicode (UAX #29) word segment at s[i:].
func uaxLen[T bytesOrString](s T, i int) int {
	n := 0
	switch v := any(s).(type) {
	case string:
		var it = words.FromString(v[i:])
		if it.Next() {
			n = it.End()
		}
	case []byte:
		var it = words.FromBytes(v[i:])
		if it.Next() {
			n = it.End()
		}
	}
	if n <= 0 {
		n = 1
	}
	return n
}

// superscriptAt returns the width of a superscript digit at s[i] (km², m³, kaki²), or 0.
func superscriptAt[T bytesOrString](s T, i int) int {
	if i+1 < len(s) && s[i] == 0xC2 && (s[i+1] == 0xB2 || s[i+1] == 0xB3 || s[i+1] == 0xB9) {
		return 2
	}
	if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x81 && (s[i+2] == 0xB0 || (s[i+2] >= 0xB4 && s[i+2] <= 0xB9)) {
		return 3
	}
	return 0
}

// isEmojiRune reports whether r is presented as an emoji by default (pictographs,
// dingbats, flags' regional indicators...). ©, ® and ™ are not: they are symbols
// unless followed by the emoji variation selector U+FE0F.
func isEmojiRune(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return true
	case r >= 0x2600 && r <= 0x27BF:
		return true
	case r >= 0x2B00 && r <= 0x2BFF, r >= 0x2300 && r <= 0x23FF:
		return true
	case r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299:
		return true
	}
	return false
}
