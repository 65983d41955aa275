package stem

import (
	"math/bits"

	"github.com/telaah/telaah/internal/rootclass"
)

// search is the state of one analysis. It lives on the stack.
type search struct {
	d          *dict
	colloquial bool
	infix      bool // second round: also try removing -el-, -em-, -er-, -in-
	word       string
	buf        [maxWord + 8]byte

	best      int32
	bestScore int
	found     bool

	fams     [3]uint8
	nf       int
	suf      uint8
	clitic   bool // a particle or possessive was removed
	named    bool // a capitalised word: -ku and -mu alone do not reduce it
	personal bool // the possessive removed is -ku or -mu
}

// lookup finds p in the dictionary without allocating.
func (s *search) lookup(p part) (int32, bool) {
	n := copy(s.buf[:], p.pre)
	if n+len(p.rest) > len(s.buf) {
		return 0, false
	}
	n += copy(s.buf[n:], p.rest)
	i, ok := s.d.lookupBytes(s.buf[:n])
	return i, ok
}

// consider scores p as the root of the current affix set.
func (s *search) consider(p part) {
	if p.len() < 3 {
		return
	}
	idx, ok := s.lookup(p)
	if !ok {
		if s.infix {
			s.considerInfix(p)
		}
		return
	}
	s.score(idx, 0)
}

// considerInfix tries p as C + infix + rest (gemetar -> getar, telunjuk ->
// tunjuk, kerudung -> kudung, sinambung -> sambung).
func (s *search) considerInfix(p part) {
	// Infixes are no longer productive: words with one are dictionary
	// words. Only an affixed form is searched for one (gemetaran), never a
	// bare word, which would turn relawan into r-el-awan.
	n := p.len()
	if s.nf == 0 && s.suf == sufNone || n < 6 || n > len(s.buf) || !isConsonant(p.at(0)) {
		return
	}
	a, b := p.at(1), p.at(2)
	if !(a == 'e' && (b == 'l' || b == 'm' || b == 'r') || a == 'i' && b == 'n') {
		return
	}
	s.buf[0] = p.at(0)
	for i := 3; i < n; i++ {
		s.buf[i-2] = p.at(i)
	}
	if idx, ok := s.d.lookupBytes(s.buf[:n-2]); ok {
		s.score(idx, -3)
	}
}

func (s *search) score(idx int32, adj int) {
	bits := s.d.bits[idx]
	affixes := s.nf
	if s.suf != sufNone {
		affixes++
	}
	if bits&rootclass.FProper != 0 && affixes > 0 {
		return
	}
	if bits&rootclass.FBound != 0 && affixes == 0 && !s.clitic {
		return
	}
	if s.named && s.personal && affixes == 0 {
		// Maluku is a name, not malu + -ku: a capitalised word rarely
		// carries -ku or -mu alone, while names often end in them.
		return
	}
	// A short root needs its hunspell flags to vouch for the prefix
	// (persia is not per-sia, peter is not pe-ter).
	if len(s.d.words[idx]) <= 3 {
		if s.nf > 0 && bits&(1<<s.fams[s.nf-1]) == 0 && !otherVoice(bits, s.fams[s.nf-1], s.suf) {
			return
		}
		if s.suf != sufNone && (s.suf == sufForeign || bits&sufBit[s.suf] == 0) {
			return // nor the suffix (jihan is not jih-an)
		}
	}
	sc := adj - 2*affixes
	if len(s.d.words[idx]) <= 3 {
		sc -= 3 // most roots have two syllables; bom, cat, pak are rare
	}
	if s.nf > 0 {
		fam := s.fams[s.nf-1]
		switch {
		case bits&(1<<fam) != 0:
			sc += 4
		case otherVoice(bits, fam, s.suf):
			// vouched for by the other voice: neither bonus nor penalty
		case fam == famPe && bits&rootclass.PPer != 0, fam == famPer && bits&rootclass.PPe != 0:
			sc += 2
		case bits&prefixBits != 0:
			sc -= 2
		}
	}
	if s.suf != sufNone && s.suf != sufForeign {
		switch {
		case bits&sufBit[s.suf] != 0:
			sc += 2
		case bits&suffixBits != 0:
			sc--
		}
		if s.nf > 0 {
			if c := comboBit(s.fams[s.nf-1], s.suf); c != 0 && bits&c != 0 {
				sc += 3
			}
		}
	}
	if s.suf == sufForeign {
		sc--
	}
	if bits&rootclass.FPreferred != 0 {
		if affixes > 0 && bits&affixClassBits == 0 {
			return // a function word takes no derivational affix
		}
		sc += 6
	}
	if bits&rootclass.FUser != 0 {
		// The user vouches for this root, whose paradigm hunspell does not
		// know (dikepoin: di-kepo-in, not di-ke-poin).
		sc += 6
	}
	if bits&rootclass.FBound != 0 {
		sc -= 3 // a derived lemma (pelajar) beats its bound stem (lajar)
		if bits&rootclass.FDerived != 0 {
			sc -= 6 // ketahu is ke- + tahu: go on to the free root
		}
	}
	if s.nf == 0 {
		// ECS: a root found by removing suffixes alone comes first; one found
		// by removing a particle or possessive alone needs the root to take
		// clitics (menikah is me-nikah, not meni-kah).
		switch {
		case s.suf != sufNone && s.confixFirst(s.d.words[idx]):
			// confix precedence: be-an, me-i, di-i, pe-i, te-i try the
			// prefix first, so the suffix-only reading gets no head start.
		case s.suf != sufNone || bits&rootclass.FClitic != 0:
			sc += 3
		case bits&rootclass.FDerived != 0 && bits&rootclass.FBound == 0:
			// A prefixed lemma (sejati, sekali) is a dictionary word kept
			// whole, so its clitic forms stem to it: sejatinya -> sejati,
			// sekitarnya -> sekitar, as ECS returns the word found once the
			// clitic is gone.
			sc += 5
		default:
			sc += 2
		}
	}
	if s.nf > 0 && s.suf != sufNone && invalidConfix(s.fams[0], s.suf) {
		sc -= 3 // be-i, di-an, ke-i, ke-kan, me-an, se-i, se-kan, te-an
	}
	if !s.found || sc > s.bestScore || sc == s.bestScore && s.betterTie(idx) {
		s.found, s.best, s.bestScore = true, idx, sc
	}
}

// otherVoice reports a root whose flags lack the prefix fam but attest
// the confix of the transitive verb's other voice: a verb in me-...-kan or
// me-...-i has its passive in di-...-kan or di-...-i and the other way round
// (memposkan, diposkan), but hunspell-id's flags often list one voice only.
// Such a root is vouched for, without the bonus of an attested prefix:
// diletakan (a common spelling of diletakkan) stays letak, not leta-kan.
// Without a suffix the rule does not hold: intransitive me- verbs
// (menangis) have no di- form.
func otherVoice(bits uint32, fam, suf uint8) bool {
	if bits&(1<<fam) != 0 {
		return false
	}
	switch {
	case fam == famDi && suf == sufKan:
		return bits&rootclass.CMeKan != 0
	case fam == famDi && suf == sufI:
		return bits&rootclass.CMeI != 0
	case fam == famMe && suf == sufKan:
		return bits&rootclass.CDiKan != 0
	case fam == famMe && suf == sufI:
		return bits&rootclass.CDiI != 0
	}
	return false
}

// prefixes strips up to three prefixes from x (depth is how many are
// already gone), considering each remainder as a root.
func (s *search) prefixes(x part, depth int) {
	if depth == 3 {
		return
	}
	var as alts
	prefixAlts(&as, x, depth > 0, s.colloquial)
	for i := 0; i < as.n; i++ {
		a := as.a[i]
		if s.repeats(a.fam, depth) {
			continue
		}
		s.fams[depth] = a.fam
		s.nf = depth + 1
		s.consider(a.q)
		s.prefixes(a.q, depth+1)
	}
	s.nf = depth
}

func (s *search) repeats(fam uint8, depth int) bool {
	for i := 0; i < depth; i++ {
		if s.fams[i] == fam {
			return true
		}
	}
	return false
}

var particles = [...]string{"lah", "kah", "tah", "pun"}
var possessives = [...]string{"nya", "ku", "mu"}

// run analyses the lower-case word w and reports the best root.
func (s *search) run(w string) (string, bool) {
	s.word = w
	s.found = false
	s.derivational(w, false)
	for _, p := range particles {
		if len(w) > len(p)+2 && w[len(w)-len(p):] == p {
			b := w[:len(w)-len(p)]
			s.derivational(b, true)
			for _, q := range possessives {
				if len(b) > len(q)+2 && b[len(b)-len(q):] == q {
					s.personal = q != "nya"
					s.derivational(b[:len(b)-len(q)], true)
					s.personal = false
				}
			}
		}
	}
	for _, q := range possessives {
		if len(w) > len(q)+2 && w[len(w)-len(q):] == q {
			s.personal = q != "nya"
			s.derivational(w[:len(w)-len(q)], true)
			s.personal = false
		}
	}
	if !s.found && !s.infix {
		s.infix = true
		s.derivational(w, false)
		for _, q := range possessives {
			if len(w) > len(q)+2 && w[len(w)-len(q):] == q {
				s.personal = q != "nya"
				s.derivational(w[:len(w)-len(q)], true)
				s.personal = false
			}
		}
		s.infix = false
	}
	if !s.found {
		return "", false
	}
	return s.d.words[s.best], true
}

// derivational tries b without a derivational suffix and with each one.
func (s *search) derivational(b string, clitic bool) {
	s.clitic = clitic
	s.try(b, sufNone, clitic)
	n := len(b)
	if n > 5 && b[n-3:] == "kan" {
		s.try(b[:n-3], sufKan, clitic)
	}
	if n > 4 && b[n-2:] == "an" {
		s.try(b[:n-2], sufAn, clitic)
	}
	if n > 4 && b[n-1] == 'i' {
		s.try(b[:n-1], sufI, clitic)
	}
	if s.colloquial && n > 5 && b[n-2:] == "in" {
		s.try(b[:n-2], sufIn, clitic)
	}
	if n > 7 && b[n-5:] == "isasi" {
		s.try(b[:n-5], sufForeign, clitic)
	}
	if n > 7 && b[n-4:] == "isme" {
		s.try(b[:n-4], sufForeign, clitic)
	}
	if n > 6 && b[n-2:] == "is" {
		s.try(b[:n-2], sufForeign, clitic)
	}
}

func (s *search) try(base string, suf uint8, clitic bool) {
	s.suf = suf
	s.nf = 0
	if suf != sufNone || clitic {
		s.consider(part{"", base})
	}
	s.prefixes(part{"", base}, 0)
}

// betterTie breaks a tie between idx and the best root so far: the root
// with a restored k, then the one with the richer hunspell paradigm (more
// affix classes: a commoner word), then the longer one (perancangan:
// rancang, not ancang).
func (s *search) betterTie(idx int32) bool {
	// -kan or -k + -an (bentakan): the root ending in k, as ECS's suffix
	// backtracking restores it.
	if a, b := s.d.words[idx], s.d.words[s.best]; len(a) == len(b)+1 && a[len(b)] == 'k' && a[:len(b)] == b {
		return true
	} else if len(b) == len(a)+1 && b[len(a)] == 'k' && b[:len(a)] == a {
		return false
	}
	// A free root beats a bound stem.
	if a, b := s.d.bits[idx]&rootclass.FBound, s.d.bits[s.best]&rootclass.FBound; a != b {
		return a == 0
	}
	a, b := bits.OnesCount32(s.d.bits[idx]&affixClassBits), bits.OnesCount32(s.d.bits[s.best]&affixClassBits)
	if a != b {
		return a > b
	}
	return len(s.d.words[idx]) > len(s.d.words[s.best])
}

// confixFirst reports the confixes ECS resolves prefix first: be-an, me-i,
// di-i, pe-i, te-i (be-lah is a particle and handled as one), for the
// suffix-only reading that gives root.
func (s *search) confixFirst(root string) bool {
	w := s.word
	if len(w) < 2 {
		return false
	}
	switch w[:2] {
	case "be":
		// -an after a root's final k is the other reading of -kan
		// (bentakan: bentak + -an or benta + -kan), which keeps the
		// suffix-first order: the two readings compete on equal terms.
		return s.suf == sufAn && root[len(root)-1] != 'k'
	case "me", "di", "pe", "te":
		return s.suf == sufI
	}
	return false
}
