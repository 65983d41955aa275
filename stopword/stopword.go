package stopword

import (
	"bufio"
	_ "embed" // stopwords.txt
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed stopwords.txt
var listData string

// Set is an immutable set of stopwords. It is safe for concurrent use by multiple goroutines.
// With and Without return new sets and leave the receiver as it was. A nil *Set is an empty set.
type Set struct{ m map[string]struct{} }

// New returns a set of the given words, trimmed and lower-cased; empty words are skipped.
func New(words ...string) *Set {
	s := &Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.add(w)
	}
	return s
}

// NewFromReader reads a word list: one word per line, blank lines and lines starting with '#'
// ignored, words trimmed and lower-cased.
func NewFromReader(r io.Reader) (*Set, error) {
	s := &Set{m: make(map[string]struct{}, 256)}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		s.addLine(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stopword: reading list: %w", err)
	}
	return s, nil
}

func (s *Set) addLine(line string) {
	line = strings.TrimSpace(line)
	if line == "" || line[0] == '#' {
		return
	}
	s.add(line)
}

func (s *Set) add(w string) {
	w = strings.ToLower(strings.TrimSpace(w))
	if w != "" {
		s.m[w] = struct{}{}
	}
}

var (
	defOnce sync.Once
	def     *Set
)

// Default returns the embedded Indonesian stopword set (about 700 words). The list is parsed on
// first use.
func Default() *Set {
	defOnce.Do(func() {
		s := &Set{m: make(map[string]struct{}, 768)}
		for line := range strings.Lines(listData) {
			s.addLine(line)
		}
		def = s
	})
	return def
}

// Is is Default().Contains.
func Is(word string) bool { return Default().Contains(word) }

// Contains reports whether word, which must already be lower case, is a stopword.
func (s *Set) Contains(word string) bool {
	if s == nil {
		return false
	}
	_, ok := s.m[word]
	return ok
}

// ContainsFold is Contains for a word in any case ("Yang", "YANG"). It does not allocate for
// ASCII words of up to 64 bytes.
func (s *Set) ContainsFold(word string) bool {
	if s == nil {
		return false
	}
	if _, ok := s.m[word]; ok {
		return true
	}
	var buf [64]byte
	if len(word) <= len(buf) {
		ascii := true
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			_, ok := s.m[string(buf[:len(word)])]
			return ok
		}
	}
	_, ok := s.m[strings.ToLower(word)]
	return ok
}

// With returns a new set holding the words of s and the given words.
func (s *Set) With(words ...string) *Set {
	n := s.clone(len(words))
	for _, w := range words {
		n.add(w)
	}
	return n
}

// Without returns a new set holding the words of s less the given words (compared lower-cased).
func (s *Set) Without(words ...string) *Set {
	n := s.clone(0)
	for _, w := range words {
		delete(n.m, strings.ToLower(strings.TrimSpace(w)))
	}
	return n
}

func (s *Set) clone(extra int) *Set {
	n := &Set{m: make(map[string]struct{}, s.Len()+extra)}
	if s != nil {
		for w := range s.m {
			n.m[w] = struct{}{}
		}
	}
	return n
}

// Len returns the number of words in the set.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.m)
}

// Words returns the words of the set, sorted. The slice is the caller's.
func (s *Set) Words() []string {
	if s == nil {
		return nil
	}
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// Filter returns the tokens that are not stopwords, compared with ContainsFold, in their order.
// It returns a new slice and leaves tokens as they were.
func (s *Set) Filter(tokens []string) []string {
	out := make([]string, 0, len(tokens))
	for _, t := range tokens {
		if !s.ContainsFold(t) {
			out = append(out, t)
		}
	}
	return out
}
