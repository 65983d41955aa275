package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The pattern scanner works on the raw text, not on tokens, so that it finds the same spans
// whatever the tokenizer does with "Rp1.000.000", "Rp 1,5 juta" or "Quotex.co.id".

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLetterASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isWordByte reports whether c can be part of a word; any non-ASCII byte counts as one except
// the ones that start punctuation we care about (handled by callers through runes).
func isWordByte(c byte) bool { return isDigit(c) || isLetterASCII(c) || c == '_' || c >= 0x80 }

// wordStart reports whether i starts a word: the rune before i is not a letter or digit.
func wordStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	c := text[i-1]
	if c < 0x80 {
		return !(isDigit(c) || isLetterASCII(c) || c == '_')
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordEndAt reports whether i is the end of a word: the rune at i is not a letter or digit.
func wordEndAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	if c < 0x80 {
		return !(isDigit(c) || isLetterASCII(c) || c == '_')
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

// hasPrefixFold reports whether text[i:] starts with p (p is lower-case ASCII).
func hasPrefixFold(text string, i int, p string) bool {
	if len(text)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := text[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// skipSpaces returns the index after spaces and tabs (not newlines) from i.
func skipSpaces(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i+1 < len(text) && text[i] == 0xc2 && text[i+1] == 0xa0 { // no-break space
		return skipSpaces(text, i+2)
	}
	return i
}

// asciiWordAt returns the end of the ASCII-letter word starting at i.
func asciiWordAt(text string, i int) int {
	j := i
	for j < len(text) && isLetterASCII(text[j]) {
		j++
	}
	return j
}

// wordIn reports whether the word text[i:j] (A-Z folded) is in the lexicon's list bit.
func wordIn(text string, i, j int, bit uint64) bool {
	if j-i > 16 || j <= i {
		return false
	}
	return theLexicon().lookupASCIIFold(text, i, j)&bit != 0
}

var scaleWords = setOf("ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "trilyun", "m", "t", "k", "million", "billion", "trillion", "thousand")
var currencyWords = setOf("rupiah", "dolar", "dollar", "euro", "yen", "yuan", "ringgit", "won", "rupee", "peso", "baht", "pound", "franc", "riyal", "dirham", "usd", "idr", "sgd", "eur", "jpy", "myr", "cny")
var percentWords = setOf("persen", "percent", "prosen")
var unitWords = setOf("kg", "kilogram", "gram", "gr", "g", "mg", "ton", "kuintal", "ons", "km", "kilometer", "meter", "m", "cm", "mm", "m2", "m3", "km2", "hektare", "hektar", "ha", "liter", "l", "ml", "barel", "mw", "kw", "kwh", "gw", "mb", "gb", "tb", "kb", "mbps", "gbps", "ghz", "mhz", "derajat", "knot", "mil", "inci", "inch", "kaki", "are", "unit", "orang", "jiwa", "ekor", "buah", "lembar", "butir", "batang", "pasang", "kali", "tahun", "bulan", "pekan", "minggu", "hari", "jam", "menit", "detik", "kilo", "dus", "karung", "kodi", "sks", "rumah", "keluarga", "kk", "lot", "saham", "dosis", "kursi", "suara", "mph", "kph", "celsius", "°c")
var monthWords = setOf("januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "nopember", "desember",
	"jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agus", "sep", "sept", "okt", "nov", "des",
	"january", "february", "march", "may", "june", "july", "august", "october", "december")
var dayWords = setOf("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad")
var timeZones = setOf("wib", "wita", "wit", "utc", "gmt", "pagi", "siang", "sore", "malam")
var timeCues = setOf("pukul", "jam", "pkl")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// tlds are the top-level and Indonesian second-level domain labels a bare domain may end in.
var tlds = setOf("com", "id", "net", "org", "co", "go", "ac", "or", "sch", "web", "my", "biz", "info", "io", "ai", "app", "dev", "xyz", "tv", "me", "news", "online", "site", "store", "shop", "tech", "blog", "us", "uk", "sg", "au", "jp", "cn", "de", "fr", "nl", "in", "edu", "gov", "mil", "int", "ly", "gg", "to", "fm", "asia", "cloud", "live", "media", "pro", "top", "club", "desa", "ponpes", "mil")

// What scanPatterns asks of a byte, in patBytes.
const (
	pbStart  = 1 << iota // a pattern may start with it: @ # + ( $, digits, ASCII letters, non-ASCII bytes
	pbWord               // an ASCII letter, digit or '_': no word starts after it (wordStart)
	pbLetter             // an ASCII letter
	pbAlnum              // an ASCII letter or digit
	pbUpper              // an ASCII capital: a word with it first may be a day or a month
	pbFollow             // after a word, it may go on into a URL, an e-mail, a domain or money
	pbHost               // it may be in a host name or an e-mail address (matchURL): A-Z a-z 0-9 . - _ % +
)

// patBytes holds what each byte value is to scanPatterns (the pb bits).
var patBytes = func() (t [256]uint8) {
	for c := range t {
		b := byte(c)
		if b == '@' || b == '#' || b == '+' || b == '(' || b == '$' || isDigit(b) || isLetterASCII(b) || b >= 0x80 {
			t[c] |= pbStart
		}
		if isDigit(b) || isLetterASCII(b) {
			t[c] |= pbAlnum | pbWord
		}
		if b == '_' {
			t[c] |= pbWord
		}
		if isLetterASCII(b) {
			t[c] |= pbLetter
		}
		if b >= 'A' && b <= 'Z' {
			t[c] |= pbUpper
		}
		switch b {
		case '.', '@', ':', '-', '_', '%', '+', '$':
			t[c] |= pbFollow
		}
		if isDigit(b) || isLetterASCII(b) || b == '.' || b == '-' || b == '_' || b == '%' || b == '+' {
			t[c] |= pbHost
		}
	}
	return t
}()

// scanPatterns finds pattern mentions in text, in order, without overlaps.
func scanPatterns(text string, out []mention) []mention {
	n := len(text)
	// atStart is true where i is known to start a word: at 0 and after a byte that starts no
	// pattern and is no word byte (a space, most punctuation), the byte wordStart would read
	atStart := true
	for i := 0; i < n; {
		c := text[i]
		f := patBytes[c]
		if f&pbStart == 0 {
			atStart = f&pbWord == 0
			i++
			continue
		}
		if !atStart && c != '@' && c != '#' {
			// not at the start of a word (wordStart, with its ASCII test here)
			if p := text[i-1]; p < 0x80 && patBytes[p]&pbWord != 0 || p >= 0x80 && !wordStart(text, i) {
				i++
				continue
			}
		}
		atStart = false // i moves on below past this byte
		if f&pbLetter != 0 {
			// a word: matchWord is matchAt for it, and the word is skipped without scanning it
			// again
			w := i + 1
			for w < n && patBytes[text[w]]&pbAlnum != 0 {
				w++
			}
			// matchWord can find a pattern only where the word is followed by a byte that goes
			// on into a URL, an e-mail address, a domain or money, or it may be a currency prefix
			// (moneyNext), or it starts with a capital (a day or a month). Most words are none.
			if f&pbUpper != 0 || w < n && patBytes[text[w]]&pbFollow != 0 ||
				w-i >= 2 && moneyNext[c]>>((text[i+1]|0x20)-'a')&1 != 0 && (w-i <= 3 || isDigit(text[i+2]) || isDigit(text[i+3])) {
				if m, ok := matchWord(text, i, w); ok {
					out = append(out, m)
					i = m.e
					continue
				}
			}
			i = w
			continue
		}
		if m, ok := matchAt(text, i); ok {
			out = append(out, m)
			i = m.e
			continue
		}
		// skip the rest of this word
		if f&pbAlnum != 0 {
			for i < n && patBytes[text[i]]&pbAlnum != 0 {
				i++
			}
		} else {
			_, sz := utf8.DecodeRuneInString(text[i:])
			i += sz
		}
	}
	return out
}

func matchAt(text string, i int) (mention, bool) {
	c := text[i]
	switch {
	case c == '@':
		if i > 0 && isWordByte(text[i-1]) {
			return mention{}, false
		}
		j := i + 1
		for j < len(text) && (isDigit(text[j]) || isLetterASCII(text[j]) || text[j] == '_' || text[j] == '.') {
			j++
		}
		for j > i+1 && text[j-1] == '.' {
			j--
		}
		if j > i+1 {
			return mention{s: i, e: j, typ: MENTION}, true
		}
		return mention{}, false
	case c == '#':
		if i > 0 && isWordByte(text[i-1]) {
			return mention{}, false
		}
		j := i + 1
		letter := false
		for j < len(text) {
			if text[j] < 0x80 {
				if isLetterASCII(text[j]) || text[j] == '_' {
					letter = true
				} else if !isDigit(text[j]) {
					break
				}
				j++
				continue
			}
			r, sz := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			letter = true
			j += sz
		}
		if letter {
			return mention{s: i, e: j, typ: HASHTAG}, true
		}
		return mention{}, false
	}
	if isLetterASCII(c) {
		w := i
		for w < len(text) && (isLetterASCII(text[w]) || isDigit(text[w])) {
			w++
		}
		return matchWord(text, i, w)
	}
	if m, ok := matchURL(text, i); ok {
		return m, true
	}
	if m, ok := matchPhone(text, i); ok {
		return m, true
	}
	if m, ok := matchMoney(text, i); ok {
		return m, true
	}
	if m, ok := matchDate(text, i); ok {
		return m, true
	}
	if isDigit(c) {
		return matchNumber(text, i)
	}
	return mention{}, false
}

// moneyNext[c] has bit d-'a' set where the lower-case letters c, d open a currency prefix of
// matchMoney: rp, rm, us$, usd, sg$, sgd, au$, hk$, idr, eur. The prefixes with a dollar sign
// second (s$, a$) are found by the sign after the word (scanPatterns). A shift past 31 (d is
// no letter) gives 0.
var moneyNext = func() (t [256]uint32) {
	for _, p := range []string{"rp", "rm", "us", "sg", "au", "hk", "id", "eu"} {
		t[p[0]] |= 1 << (p[1] - 'a')
	}
	return t
}()

// matchWord is matchAt at the ASCII letter text[i], where text[i:w] is the run of ASCII letters
// and digits that starts there.
func matchWord(text string, i, w int) (mention, bool) {
	c := text[i]
	// fast path for words: a URL, e-mail or domain needs a dot, @ or ':' right after the
	// letters, money a currency prefix, a date a capital
	if w < len(text) && (text[w] == '.' || text[w] == '@' || text[w] == ':' || text[w] == '-' || text[w] == '_' || text[w] == '%' || text[w] == '+') && urlMayFollow(text, i, w) {
		if m, ok := matchURL(text, i); ok {
			return m, true
		}
	}
	switch c | 0x20 {
	case 'r', 'u', 's', 'a', 'h', 'i', 'e':
		// a currency prefix has two or three letters, followed by a digit, a space, a dot
		// or a dollar sign: longer words of letters (sudah, ekonomi) are never money
		if n := w - i; n <= 3 || isDigit(text[i+2]) || isDigit(text[i+3]) || w < len(text) && text[w] == '$' {
			if m, ok := matchMoney(text, i); ok {
				return m, true
			}
		}
	}
	if c >= 'A' && c <= 'Z' {
		return matchDate(text, i)
	}
	return mention{}, false
}

// urlMayFollow reports whether matchURL may match at the word text[i:w], followed by one of
// . @ : - _ % +: the word opens a URL (www., http://, https://), or the run of host bytes goes
// on after that byte. Else the run is the word and that byte, which matchURL trims back to the
// word: one label is no domain, and an '@' with nothing after it no e-mail address.
func urlMayFollow(text string, i, w int) bool {
	if w+1 < len(text) && (patBytes[text[w+1]]&pbHost != 0 || text[w+1] == '@') {
		return true
	}
	return w-i <= 5 && (hasPrefixFold(text, i, "www") || hasPrefixFold(text, i, "http"))
}

func isURLByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\'' && c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' && c != '^'
}

func trimURLEnd(text string, s, j int) int {
	open := strings.Count(text[s:j], "(")
	closed := strings.Count(text[s:j], ")")
	for j > s {
		c := text[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '*' {
			if c == ')' {
				if open >= closed {
					break
				}
				closed--
			}
			j--
			continue
		}
		break
	}
	return j
}

func matchURL(text string, i int) (mention, bool) {
	if hasPrefixFold(text, i, "http://") || hasPrefixFold(text, i, "https://") || hasPrefixFold(text, i, "www.") {
		j := i
		for j < len(text) && isURLByte(text[j]) {
			j++
		}
		j = trimURLEnd(text, i, j)
		if j-i > len("https://") || hasPrefixFold(text, i, "www.") && j-i > 5 {
			return mention{s: i, e: j, typ: URL}, true
		}
		return mention{}, false
	}
	c := text[i]
	if !(isLetterASCII(c) || isDigit(c)) {
		return mention{}, false
	}
	// e-mail or bare domain: [A-Za-z0-9._%+-]+, at most maxHostRun bytes (a longer run is
	// neither, and the cap keeps scanning linear on runs such as "1.1.1.1...")
	j := i
	at := -1
	for j < len(text) {
		if j-i > maxHostRun {
			return mention{}, false
		}
		b := text[j]
		if isLetterASCII(b) || isDigit(b) || b == '.' || b == '-' || b == '_' || b == '%' || b == '+' {
			j++
			continue
		}
		if b == '@' && at < 0 && j > i {
			at = j
			j++
			continue
		}
		break
	}
	if j < len(text) && text[j] >= 0x80 {
		return mention{}, false // the word goes on with non-ASCII letters
	}
	for j > i && (text[j-1] == '.' || text[j-1] == '-' || text[j-1] == '_' || text[j-1] == '+' || text[j-1] == '%') {
		j--
	}
	if at > 0 {
		if at+1 < j && isDomain(text[at+1:j]) {
			return mention{s: i, e: j, typ: EMAIL}, true
		}
		return mention{}, false
	}
	d := j
	for k := i; k < j; k++ {
		if text[k] == '_' || text[k] == '%' || text[k] == '+' {
			return mention{}, false
		}
	}
	if !isDomain(text[i:d]) {
		return mention{}, false
	}
	if d < len(text) && text[d] == '/' {
		for d < len(text) && isURLByte(text[d]) {
			d++
		}
		d = trimURLEnd(text, i, d)
		return mention{s: i, e: d, typ: URL}, true
	}
	return mention{s: i, e: d, typ: DOMAIN}, true
}

// isDomain reports whether s looks like a host name ending in a known top-level label.
func isDomain(s string) bool {
	labels := 0
	last := ""
	letters := false
	for len(s) > 0 {
		k := strings.IndexByte(s, '.')
		var l string
		if k < 0 {
			l, s = s, ""
		} else {
			l, s = s[:k], s[k+1:]
			if s == "" {
				return false
			}
		}
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for x := 0; x < len(l); x++ {
			if isLetterASCII(l[x]) {
				letters = true
			} else if !isDigit(l[x]) && l[x] != '-' {
				return false
			}
		}
		labels++
		last = l
	}
	if labels < 2 || !letters {
		return false
	}
	return tlds[strings.ToLower(last)]
}

// matchPhone matches +62 812-3456-7890, 0812 3456 7890, (021) 5551234, 021-5551234.
func matchPhone(text string, i int) (mention, bool) {
	c := text[i]
	if !(c == '+' || c == '0' || c == '(') {
		return mention{}, false
	}
	j := i
	digits := 0
	if c == '+' {
		j++
		if j >= len(text) || !isDigit(text[j]) {
			return mention{}, false
		}
	}
	if c == '(' {
		j++
		if j+1 >= len(text) || text[j] != '0' {
			return mention{}, false
		}
		for j < len(text) && isDigit(text[j]) {
			j++
			digits++
		}
		if j >= len(text) || text[j] != ')' || digits < 2 || digits > 4 {
			return mention{}, false
		}
		j++
		if j < len(text) && text[j] == ' ' {
			j++
		}
	} else if c == '0' && (i+1 >= len(text) || !isDigit(text[i+1]) || text[i+1] == '0') {
		return mention{}, false
	}
	groups := 0
	end := j
	for j < len(text) {
		k := j
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k == j {
			break
		}
		digits += k - j
		groups++
		end = k
		if digits > 15 {
			return mention{}, false
		}
		if k+1 < len(text) && (text[k] == '-' || text[k] == ' ') && isDigit(text[k+1]) {
			j = k + 1
			continue
		}
		break
	}
	if digits < 9 || digits > 15 || !wordEndAt(text, end) {
		return mention{}, false
	}
	if end < len(text) && (text[end] == '.' || text[end] == ',') && end+1 < len(text) && isDigit(text[end+1]) {
		return mention{}, false
	}
	if c == '0' && groups == 1 && (digits < 10 || text[i+1] != '8' && text[i+1] != '2') {
		return mention{}, false
	}
	// a spaced group of numbers that is not a phone: each group must be 2-5 digits after the first
	if groups > 1 && c != '+' && c != '(' && text[i+1] != '8' && text[i+1] != '2' && text[i+1] != '3' && text[i+1] != '6' && text[i+1] != '7' {
		return mention{}, false
	}
	return mention{s: i, e: end, typ: PHONE}, true
}

// numberAt returns the end of a number at i: digits with '.' or ',' groups.
func numberAt(text string, i int) int {
	j := i
	for j < len(text) && isDigit(text[j]) && j-i < maxNumber {
		j++
	}
	if j == i {
		return i
	}
	for j+1 < len(text) && (text[j] == '.' || text[j] == ',') && isDigit(text[j+1]) && j-i < maxNumber {
		j++
		for j < len(text) && isDigit(text[j]) && j-i < maxNumber {
			j++
		}
	}
	return j
}

// Caps on the bytes one pattern attempt may scan, so that scanning stays linear in the text.
const (
	maxHostRun = 320 // a host name has at most 253 bytes; e-mail local parts 64
	maxNumber  = 48  // digits and separators of one number
)

// afterScale returns the end after an optional scale word ("juta") following a number ending at j.
func afterScale(text string, j int) int {
	k := skipSpaces(text, j)
	w := asciiWordAt(text, k)
	if w > k && wordEndAt(text, w) && wordIn(text, k, w, lxScale) {
		// single letters m/t/k only directly after the number or with a space and upper case
		if w-k == 1 && k != j && text[k] >= 'a' {
			return j
		}
		return w
	}
	return j
}

func matchMoney(text string, i int) (mention, bool) {
	j := -1
	switch {
	case hasPrefixFold(text, i, "rp"):
		j = i + 2
		if j < len(text) && text[j] == '.' {
			j++
		}
	case hasPrefixFold(text, i, "us$"), hasPrefixFold(text, i, "sg$"), hasPrefixFold(text, i, "au$"), hasPrefixFold(text, i, "hk$"):
		j = i + 3
	case hasPrefixFold(text, i, "s$"), hasPrefixFold(text, i, "a$"), hasPrefixFold(text, i, "rm"):
		j = i + 2
	case text[i] == '$':
		j = i + 1
	case hasPrefixFold(text, i, "usd"), hasPrefixFold(text, i, "idr"), hasPrefixFold(text, i, "eur"), hasPrefixFold(text, i, "sgd"):
		j = i + 3
	case strings.HasPrefix(text[i:], "€"), strings.HasPrefix(text[i:], "£"), strings.HasPrefix(text[i:], "¥"):
		_, sz := utf8.DecodeRuneInString(text[i:])
		j = i + sz
	}
	if j >= 0 {
		k := skipSpaces(text, j)
		e := numberAt(text, k)
		if e == k || !wordEndAt(text, e) && !isLetterASCII(text[e]) {
			return mention{}, false
		}
		if !wordEndAt(text, e) {
			// Rp5jt, $5M
			w := asciiWordAt(text, e)
			if wordEndAt(text, w) && wordIn(text, e, w, lxScale) {
				return mention{s: i, e: w, typ: MONEY}, true
			}
			return mention{}, false
		}
		e = afterScale(text, e)
		if hasPrefixFold(text, e, ",-") {
			e += 2
		}
		return mention{s: i, e: e, typ: MONEY}, true
	}
	return mention{}, false
}

// matchNumber matches numbers followed by a currency, a percent sign or word, or a unit.
func matchNumber(text string, i int) (mention, bool) {
	e := numberAt(text, i)
	if e < len(text) && text[e] == '%' {
		return mention{s: i, e: e + 1, typ: PERCENT}, true
	}
	if !wordEndAt(text, e) {
		w := asciiWordAt(text, e)
		if wordEndAt(text, w) && wordIn(text, e, w, lxUnit) && w-e > 1 {
			return mention{s: i, e: w, typ: QUANTITY}, true
		}
		return mention{}, false
	}
	// time: 10.30 WIB, 10:30
	if e < len(text)-2 && text[e] == ':' && isDigit(text[e+1]) && isDigit(text[e+2]) && e-i <= 2 {
		e += 3
	}
	if m, ok := matchTime(text, i, e); ok {
		return m, true
	}
	s := afterScale(text, e)
	k := skipSpaces(text, s)
	w := asciiWordAt(text, k)
	if w > k && wordEndAt(text, w) {
		if wordIn(text, k, w, lxCurrency) {
			// dolar AS, dolar Singapura
			end := w
			k2 := skipSpaces(text, w)
			if hasPrefixFold(text, k2, "as") && wordEndAt(text, k2+2) && text[k2] == 'A' {
				end = k2 + 2
			}
			return mention{s: i, e: end, typ: MONEY}, true
		}
		if wordIn(text, k, w, lxPercent) {
			return mention{s: i, e: w, typ: PERCENT}, true
		}
		if wordIn(text, k, w, lxUnit) && (w-k > 1 || text[k] == 'm' || text[k] == 'l' || text[k] == 'g') {
			return mention{s: i, e: w, typ: QUANTITY}, true
		}
	}
	if s > e {
		return mention{}, false // "5 juta" alone: not typed
	}
	return mention{}, false
}

func matchTime(text string, i, e int) (mention, bool) {
	// shape h.mm or h:mm
	if e-i < 4 || e-i > 5 {
		return mention{}, false
	}
	sep := strings.IndexAny(text[i:e], ".:")
	if sep < 1 || sep > 2 || e-(i+sep+1) != 2 {
		return mention{}, false
	}
	h := 0
	for k := i; k < i+sep; k++ {
		h = h*10 + int(text[k]-'0')
	}
	m := int(text[i+sep+1]-'0')*10 + int(text[i+sep+2]-'0')
	if h > 24 || m > 59 {
		return mention{}, false
	}
	end := e
	k := skipSpaces(text, e)
	w := asciiWordAt(text, k)
	zone := w > k && wordEndAt(text, w) && wordIn(text, k, w, lxTimeZone)
	if zone {
		end = w
	}
	if text[i+sep] == ':' || zone || precededByTimeCue(text, i) {
		return mention{s: i, e: end, typ: TIME}, true
	}
	return mention{}, false
}

func precededByTimeCue(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isLetterASCII(text[k-1]) {
		k--
	}
	return j > k && wordIn(text, k, j, lxTimeCue)
}

// matchDate matches 17 Agustus 2023, 17/08/2023, 2023-08-17, Agustus 2023, Senin (20/11),
// Senin, 20 November 2023.
func matchDate(text string, i int) (mention, bool) {
	c := text[i]
	if isDigit(c) {
		return matchNumDate(text, i)
	}
	if !(c >= 'A' && c <= 'Z') {
		return mention{}, false
	}
	w := i
	for w < len(text) && (isLetterASCII(text[w]) || text[w] == '\'') {
		w++
	}
	if !wordEndAt(text, w) {
		return mention{}, false
	}
	isDay, isMonth := false, false
	if w-i <= 9 {
		if strings.IndexByte(text[i:w], '\'') >= 0 {
			lw := strings.ToLower(strings.ReplaceAll(text[i:w], "'", ""))
			isDay = dayWords[lw]
		} else if mayBeDateWord(text[i:w]) {
			isDay = wordIn(text, i, w, lxDay)
			isMonth = w-i > 3 && wordIn(text, i, w, lxMonth)
		}
	}
	if isDay {
		lw := strings.ToLower(text[i:w])
		end := w
		k := w
		if k < len(text) && text[k] == ',' {
			k++
		}
		k = skipSpaces(text, k)
		if k < len(text) && text[k] == '(' {
			if m, ok := matchNumDate(text, k+1); ok && m.e < len(text) && text[m.e] == ')' {
				return mention{s: i, e: m.e + 1, typ: DATE}, true
			}
		} else if k < len(text) && isDigit(text[k]) {
			if m, ok := matchNumDate(text, k); ok {
				return mention{s: i, e: m.e, typ: DATE}, true
			}
		}
		if lw == "minggu" && !wordStart(text, i) {
			return mention{}, false
		}
		return mention{s: i, e: end, typ: DATE}, true
	}
	if isMonth {
		k := skipSpaces(text, w)
		e := k
		for e < len(text) && isDigit(text[e]) {
			e++
		}
		if e-k == 4 && wordEndAt(text, e) {
			return mention{s: i, e: e, typ: DATE}, true
		}
	}
	return mention{}, false
}

// dateWordShapes has, for the first two letters of a day or month name (case folded), a bit
// for its length (at most 9 bytes): most capitalised words (Jakarta is no Januari) are turned
// away by one bit test, without looking them up.
var dateWordShapes = func() (t [26 * 26]uint16) {
	for _, set := range []map[string]bool{dayWords, monthWords} {
		for w := range set {
			if len(w) >= 2 && len(w) <= 9 && isLetterASCII(w[0]) && isLetterASCII(w[1]) {
				t[int(w[0]|0x20-'a')*26+int(w[1]|0x20-'a')] |= 1 << len(w)
			}
		}
	}
	return t
}()

// mayBeDateWord reports whether the ASCII letters w (at most 9) may be a day or a month name.
func mayBeDateWord(w string) bool {
	return len(w) >= 2 && dateWordShapes[int(w[0]|0x20-'a')*26+int(w[1]|0x20-'a')]>>len(w)&1 != 0
}

func matchNumDate(text string, i int) (mention, bool) {
	// d/m/y, d-m-y, d/m, y-m-d
	j := i
	var parts [3]int
	var lens [3]int
	np := 0
	var sep byte
	for np < 3 {
		k := j
		v := 0
		for k < len(text) && isDigit(text[k]) && k-j < 4 {
			v = v*10 + int(text[k]-'0')
			k++
		}
		if k == j {
			break
		}
		parts[np], lens[np] = v, k-j
		np++
		j = k
		if np < 3 && j+1 < len(text) && (text[j] == '/' || text[j] == '-' || text[j] == '.') && isDigit(text[j+1]) && (sep == 0 || sep == text[j]) {
			sep = text[j]
			j++
			continue
		}
		break
	}
	if np >= 2 && wordEndAt(text, j) && !(j < len(text) && (text[j] == '/' || text[j] == '-')) {
		ok := false
		switch {
		case lens[0] == 4 && np == 3: // y-m-d
			ok = parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31 && sep != '.'
		case lens[0] <= 2 && lens[1] <= 2:
			ok = parts[0] >= 1 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12
			if np == 3 {
				ok = ok && (lens[2] == 4 || lens[2] == 2)
			} else {
				ok = ok && sep == '/' // 20/11 only with a slash
			}
			if sep == '.' && np == 2 {
				ok = false
			}
		}
		if ok {
			return mention{s: i, e: j, typ: DATE}, true
		}
	}
	// 17 Agustus 2023, 17 Agustus
	e := i
	for e < len(text) && isDigit(text[e]) {
		e++
	}
	if e-i > 2 || !wordEndAt(text, e) {
		return mention{}, false
	}
	if e-i == 1 || e-i == 2 {
		d := 0
		for k := i; k < e; k++ {
			d = d*10 + int(text[k]-'0')
		}
		if d < 1 || d > 31 {
			return mention{}, false
		}
	}
	k := skipSpaces(text, e)
	if k == e {
		return mention{}, false
	}
	w := asciiWordAt(text, k)
	if w == k || !wordEndAt(text, w) && !(w < len(text) && text[w] == '.') || !wordIn(text, k, w, lxMonth) || text[k] < 'A' || text[k] > 'Z' {
		return mention{}, false
	}
	end := w
	if w < len(text) && text[w] == '.' && w-k <= 4 {
		end = w + 1
	}
	y := skipSpaces(text, end)
	ye := y
	for ye < len(text) && isDigit(text[ye]) {
		ye++
	}
	if ye-y == 4 && y > end && wordEndAt(text, ye) {
		end = ye
	}
	return mention{s: i, e: end, typ: DATE}, true
}
