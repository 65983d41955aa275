package tokenize

import (
	"errors"
	"io"
	"unicode/utf8"
)

// DefaultMaxBuffer is the default buffer size of a Scanner, and so the most
// memory it holds, whatever the size of its input.
const DefaultMaxBuffer = 64 * 1024

// minBuffer is the smallest buffer a Scanner accepts.
const minBuffer = 16

// ErrNoProgress is returned by Scanner.Err when the reader returns no data and
// no error many times in a row.
var ErrNoProgress = errors.New("tokenize: reader returns no data")

// ErrBadRead is returned by Scanner.Err when the reader returns an impossible count.
var ErrBadRead = errors.New("tokenize: reader returned an invalid count")

// Scanner reads tokens from an io.Reader with bounded memory, for inputs of
// any size (like bufio.Scanner with a split function):
//
//	sc := tokenize.NewScanner(r)
//	for sc.Scan() {
//		tok := sc.Token() // offsets are absolute byte offsets in the stream
//	}
//	if err := sc.Err(); err != nil { ... }
//
// It holds at most one buffer (DefaultMaxBuffer bytes unless set with Buffer)
// and tokenizes the input a chunk at a time. A chunk ends just after an ASCII
// white space character, and tokens never span white space, so the tokens are
// exactly those that Tokens returns for the whole input. Only when the buffer
// fills up with no white space at all (a single "line" of the size of the
// buffer without a space, such as a base64 blob) does the Scanner cut without
// white space: before the last token of the full buffer, or, if one token fills
// the whole buffer, at a UTF-8 character boundary; such a very long token is
// then returned in pieces. Tokens are never longer than the buffer.
//
// A Scanner belongs to one goroutine.
type Scanner struct {
	r       io.Reader
	cfg     *config
	buf     []byte
	max     int
	base    int // absolute offset of buf[0]
	pos     int // next byte to tokenize in buf
	limit   int // tokens are taken from buf[:limit]
	hi      int // end of the data in buf
	eof     bool
	err     error
	started bool

	start, end int // current token in buf
	kind       Kind
	abbr       uint8
	pending    uint8
}

// NewScanner returns a Scanner that reads tokens from r with the default
// Tokenizer.
func NewScanner(r io.Reader) *Scanner { return Default().NewScanner(r) }

// NewScanner returns a Scanner that reads tokens from r.
func (tk *Tokenizer) NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, cfg: &tk.cfg, max: DefaultMaxBuffer}
}

// Buffer sets the initial buffer and the maximum buffer size, as
// bufio.Scanner.Buffer does; max is raised to at least 16 bytes. It has no
// effect once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		return
	}
	if max < minBuffer {
		max = minBuffer
	}
	s.buf = buf[:0:min(cap(buf), max)]
	s.max = max
}

// Scan advances to the next token and reports whether there is one. After
// it returns false, Err reports any read error.
func (s *Scanner) Scan() bool {
	s.started = true
	if s.pending != abbrNone {
		s.start, s.end, s.kind, s.abbr = s.pos, s.pos+1, Punct, s.pending
		s.pending = abbrNone
		s.pos++
		return true
	}
	for {
		if s.pos < s.limit {
			chunk := s.buf[:s.limit]
			start, end, kind, abbr := nextToken(chunk, s.pos, s.cfg.ab)
			if start < s.limit {
				if s.cfg.detach {
					end, kind, abbr, s.pending = detach(chunk, start, end, kind, abbr)
				}
				s.start, s.end, s.kind, s.abbr = start, end, kind, abbr
				s.pos = end
				return true
			}
			s.pos = s.limit
		}
		if s.eof && s.pos >= s.hi {
			return false
		}
		s.fill()
	}
}

// fill reads more input and sets limit to a safe place to cut.
func (s *Scanner) fill() {
	// Drop what has been tokenized.
	if s.pos > 0 {
		n := copy(s.buf[:cap(s.buf)], s.buf[s.pos:s.hi])
		s.base += s.pos
		s.hi = n
		s.pos, s.limit = 0, 0
	}
	empty := 0
	for !s.eof {
		if s.hi == cap(s.buf) {
			if cap(s.buf) >= s.max {
				break
			}
			nb := make([]byte, min(max(2*cap(s.buf), 4096), s.max))
			copy(nb, s.buf[:s.hi])
			s.buf = nb
		}
		s.buf = s.buf[:cap(s.buf)]
		n, err := s.r.Read(s.buf[s.hi:])
		if n < 0 || n > len(s.buf)-s.hi {
			n = 0
			err = ErrBadRead
		}
		s.hi += n
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.eof = true
			break
		}
		if n == 0 {
			if empty++; empty >= 100 {
				s.err = ErrNoProgress
				s.eof = true
			}
			continue
		}
		if lastSpace(s.buf[s.hi-n:s.hi]) >= 0 {
			break // a safe cut exists; tokenize before reading more
		}
	}
	s.limit = s.cut()
}

// cut returns the end of the part of buf[:hi] that can be tokenized now.
func (s *Scanner) cut() int {
	if s.eof {
		return s.hi
	}
	if i := lastSpace(s.buf[:s.hi]); i >= 0 {
		return i + 1
	}
	if s.hi < cap(s.buf) || s.hi < s.max {
		return 0 // read more first
	}
	// The buffer is full and holds no white space: cut before its last token,
	// or, if one token fills it, at a character boundary.
	last := 0
	for p := 0; ; {
		st, en, _, _ := nextToken(s.buf[:s.hi], p, s.cfg.ab)
		if st >= s.hi || en >= s.hi {
			last = st
			break
		}
		p = en
	}
	if last > 0 && last < s.hi {
		return last
	}
	k := s.hi - 1
	for k > 0 && k > s.hi-utf8.UTFMax && !utf8.RuneStart(s.buf[k]) {
		k--
	}
	if k > 0 && !utf8.FullRune(s.buf[k:s.hi]) {
		return k // cut before an incomplete character
	}
	return s.hi
}

// lastSpace returns the index of the last ASCII white space byte in b, or -1.
func lastSpace(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if asciiClass[b[i]]&cSpace != 0 {
			return i
		}
	}
	return -1
}

// Bytes returns the current token. The slice is valid until the next Scan.
func (s *Scanner) Bytes() []byte { return s.buf[s.start:s.end] }

// Text returns a copy of the current token.
func (s *Scanner) Text() string { return string(s.buf[s.start:s.end]) }

// Start returns the absolute byte offset of the current token in the input.
func (s *Scanner) Start() int { return s.base + s.start }

// End returns the absolute byte offset just past the current token.
func (s *Scanner) End() int { return s.base + s.end }

// Kind returns the kind of the current token.
func (s *Scanner) Kind() Kind { return s.kind }

// Token returns the current token, with absolute offsets; its Text is a copy.
func (s *Scanner) Token() Token {
	return Token{Text: s.Text(), Start: s.Start(), End: s.End(), Kind: s.kind}
}

// Err returns the first error met while reading, other than io.EOF.
func (s *Scanner) Err() error { return s.err }
