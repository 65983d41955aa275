package stopword

// Set is an immutable set of stopwords. It is safe for concurrent use.
type Set struct{ m map[string]struct{} }

// New returns a set of the given words.
func New(words ...string) *Set {
	s := &Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.m[w] = struct{}{}
	}
	return s
}

var def = New("yang", "dan", "di", "ke", "dari", "ini", "itu")

// Default returns the embedded Indonesian stopword set.
func Default() *Set { return def }

// Contains reports whether word (lower case) is a stopword.
func (s *Set) Contains(word string) bool { _, ok := s.m[word]; return ok }

// Is is Default().Contains.
func Is(word string) bool { return def.Contains(word) }
