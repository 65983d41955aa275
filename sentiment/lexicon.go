package sentiment

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/telaah/telaah/stem"
)

//go:embed lexicon/*.tsv lexicon/*.txt
var lexiconFS embed.FS

// Sentinel errors.
var (
	// ErrFormat is returned for a malformed lexicon, modifier or example line.
	ErrFormat = errors.New("sentiment: malformed line")
	// ErrValence is returned for a valence outside -5..+5 or equal to zero.
	ErrValence = errors.New("sentiment: valence out of range")
)

// modKind is the role of a modifier word.
type modKind uint8

const (
	modNone        modKind = iota
	modBooster             // before the word it strengthens: sangat bagus
	modBoosterPost         // after the word it strengthens: bagus sekali
	modDiminisher          // before the word it weakens: agak lambat
	modNegator             // flips the words in its window: tidak bagus
	modContrast            // before counts less, after counts more: tetapi
	modConcessive          // the clause it opens counts less: meskipun
	modReportive           // its sentence is reported speech and counts less: "X sebut Y menang"
	modFiller              // a function word the negation window looks through: "tidak ada yang enak"
)

var modKindNames = map[string]modKind{
	"booster":      modBooster,
	"booster-post": modBoosterPost,
	"diminisher":   modDiminisher,
	"negator":      modNegator,
	"contrast":     modContrast,
	"concessive":   modConcessive,
	"reportive":    modReportive,
	"filler":       modFiller,
}

// modifier is one line of modifiers.tsv.
type modifier struct {
	kind    modKind
	weight  float64 // booster increment, negation factor, contrast weight...
	valence float64 // value when it modifies nothing (a dangling "kurang", "sayangnya")
	as      string  // canonical form for phrase matching (gak -> tidak)
	// dangling is the value of a negator with nothing to flip; hasDangling says it was set in the
	// file (otherwise the scorer's constant applies).
	dangling    float64
	hasDangling bool
}

// phrase is a multiword expression.
type phrase struct {
	words []string
	ids   [][2]int32 // ids of each word and of its stem (lexicon.index)
	value float64
	text  string // the words joined by one space: the lemma of its cues
}

// emote is an emoticon entry.
type emote struct {
	value float64
	key   string
}

// lexicon is the immutable data a Scorer works from.
type lexicon struct {
	words    map[string]float64   // single words and emoji
	emotes   map[string]emote     // entries made of punctuation (":)", ":-(") matched across tokens
	phrases  map[string][]phrase  // by first word, longest first
	byStem   map[string][]*phrase // by the stem of the first word, when it differs from the word
	ids      map[string]int32     // ids of expression words and their stems
	mods     map[string]modifier
	neutral  map[string]bool // single words that score nothing and are not stemmed
	events   map[string]bool // entries that report events rather than judge (events.txt)
	maxEmo   int             // longest emoticon in bytes
	emoStart [256]bool       // first bytes of emoticons
}

// parseValence parses an integer or decimal valence in -5..+5, not zero.
func parseValence(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, fmt.Errorf("%w: valence %q", ErrFormat, s)
	}
	if v == 0 || v < -5 || v > 5 {
		return 0, fmt.Errorf("%w: %v", ErrValence, v)
	}
	return v, nil
}

// readEntries parses "term<TAB>valence" lines (# comments, blank lines skipped) and calls add for
// each. In lenient mode malformed lines are skipped instead of failing.
func readEntries(r io.Reader, lenient bool, add func(term string, v float64)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i == 0 || (i > 0 && strings.TrimSpace(line[:i]) == "") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		term, val, ok := strings.Cut(line, "\t")
		if !ok {
			if lenient {
				continue
			}
			return fmt.Errorf("%w: line %d: %q", ErrFormat, n, line)
		}
		// A trailing comment after the valence is allowed.
		if i := strings.IndexByte(val, '#'); i >= 0 {
			val = val[:i]
		}
		if j := strings.IndexByte(val, '\t'); j >= 0 {
			val = val[:j]
		}
		v, err := parseValence(val)
		term = strings.Join(strings.Fields(strings.ToLower(term)), " ")
		if err == nil && term == "" {
			err = fmt.Errorf("%w: empty term", ErrFormat)
		}
		if err != nil {
			if lenient {
				continue
			}
			return fmt.Errorf("line %d: %w", n, err)
		}
		add(term, v)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentiment: reading lexicon: %w", err)
	}
	return nil
}

// readModifiers parses modifiers.tsv: term<TAB>kind<TAB>weight[<TAB>key=value...].
func readModifiers(r io.Reader, lenient bool, mods map[string]modifier) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		err := func() error {
			if len(f) < 3 {
				return fmt.Errorf("%w: line %d: want term, kind, weight", ErrFormat, n)
			}
			term := strings.ToLower(strings.TrimSpace(f[0]))
			k, ok := modKindNames[strings.TrimSpace(f[1])]
			if term == "" || !ok {
				return fmt.Errorf("%w: line %d: kind %q", ErrFormat, n, f[1])
			}
			w, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
			if err != nil || w < 0 || w > 5 {
				return fmt.Errorf("%w: line %d: weight %q", ErrFormat, n, f[2])
			}
			m := modifier{kind: k, weight: w}
			for _, kv := range f[3:] {
				key, val, _ := strings.Cut(strings.TrimSpace(kv), "=")
				switch key {
				case "":
				case "valence":
					v, err := parseValence(val)
					if err != nil {
						return fmt.Errorf("line %d: %w", n, err)
					}
					m.valence = v
				case "as":
					m.as = strings.ToLower(strings.TrimSpace(val))
				case "dangling":
					v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
					if err != nil || v < -5 || v > 5 {
						return fmt.Errorf("%w: line %d: dangling %q", ErrFormat, n, val)
					}
					m.dangling, m.hasDangling = v, true
				default:
					return fmt.Errorf("%w: line %d: unknown key %q", ErrFormat, n, key)
				}
			}
			mods[term] = m
			return nil
		}()
		if err != nil && !lenient {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentiment: reading modifiers: %w", err)
	}
	return nil
}

// isEmoticon reports whether term is made of ASCII punctuation and letters with at least one
// punctuation byte, like ":)", ":-(", "<3", "T_T": such entries can span several tokens.
func isEmoticon(term string) bool {
	punct := false
	for i := 0; i < len(term); i++ {
		c := term[i]
		if c >= utf8.RuneSelf || c == ' ' {
			return false
		}
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			punct = true
		}
	}
	return punct
}

// isSingleWord reports whether term is one word the tokenizer can produce as one token.
func isSingleWord(term string) bool {
	for _, r := range term {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func newLexicon() *lexicon {
	return &lexicon{
		words:   make(map[string]float64, 8192),
		emotes:  make(map[string]emote),
		phrases: make(map[string][]phrase),
		mods:    make(map[string]modifier),
		neutral: make(map[string]bool),
		events:  make(map[string]bool),
	}
}

// add files one entry: a single word, an emoticon or a multiword phrase.
func (l *lexicon) add(term string, v float64) {
	switch {
	case strings.IndexByte(term, ' ') >= 0:
		l.addPhrase(term, v)
	case isEmoticon(term):
		l.emotes[term] = emote{v, term}
		l.emoStart[term[0]] = true
		if c := term[0]; 'a' <= c && c <= 'z' {
			l.emoStart[c-'a'+'A'] = true
		}
		l.maxEmo = max(l.maxEmo, len(term))
		if isSingleWord(term) {
			l.words[term] = v
		}
	default:
		l.words[stripVS(term)] = v
	}
}

// readNeutral parses neutral.txt: one term a line, # comments. Single words go to l.neutral,
// expressions become phrases of value 0.
func readNeutral(r io.Reader, l *lexicon) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		term := strings.Join(strings.Fields(strings.ToLower(line)), " ")
		switch {
		case term == "":
		case strings.IndexByte(term, ' ') >= 0:
			l.addPhrase(term, 0)
		default:
			l.neutral[term] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentiment: reading neutral list: %w", err)
	}
	return nil
}

// readEvents parses events.txt: one word a line, # comments.
func readEvents(r io.Reader, l *lexicon) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if term := strings.ToLower(strings.TrimSpace(line)); term != "" {
			l.events[term] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentiment: reading event list: %w", err)
	}
	return nil
}

// index numbers the words of the expressions and their stems, so that matching compares integers,
// and files the expressions by the stems of their first words. A Scorer calls it once, before use.
func (l *lexicon) index(st *stem.Stemmer) {
	l.ids = make(map[string]int32)
	l.byStem = make(map[string][]*phrase)
	id := func(w string) int32 {
		if w == "" {
			return 0
		}
		if v, ok := l.ids[w]; ok {
			return v
		}
		v := int32(len(l.ids) + 1)
		l.ids[w] = v
		return v
	}
	for first, ps := range l.phrases {
		for i := range ps {
			ph := &ps[i]
			ph.ids = make([][2]int32, len(ph.words))
			stem0 := ""
			for k, w := range ph.words {
				ph.ids[k][0] = id(w)
				if isLetters(w) {
					if sw := st.Stem(w); sw != w && sw != "" {
						ph.ids[k][1] = id(sw)
						if k == 0 {
							stem0 = sw
						}
					}
				}
			}
			if stem0 != "" && stem0 != first {
				l.byStem[stem0] = append(l.byStem[stem0], ph)
			}
		}
	}
}

// remove drops term from every table.
func (l *lexicon) remove(term string) {
	delete(l.words, term)
	delete(l.emotes, term)
	w := strings.Fields(term)
	if len(w) > 1 {
		ps := l.phrases[w[0]]
		for i := range ps {
			if ps[i].text == term {
				l.phrases[w[0]] = append(ps[:i:i], ps[i+1:]...)
				break
			}
		}
	}
}

func (l *lexicon) addPhrase(term string, v float64) {
	w := strings.Fields(term)
	ps := l.phrases[w[0]]
	for i := range ps {
		if ps[i].text == term {
			ps[i].value = v
			return
		}
	}
	ps = append(ps, phrase{words: w, value: v, text: term})
	// Longest first, so the first match is the longest.
	for i := len(ps) - 1; i > 0 && len(ps[i].words) > len(ps[i-1].words); i-- {
		ps[i], ps[i-1] = ps[i-1], ps[i]
	}
	l.phrases[w[0]] = ps
}

// stripVS drops emoji variation selectors (U+FE0F, U+FE0E) so that "❤️" and "❤" are one entry.
func stripVS(s string) string {
	if !strings.Contains(s, "\uFE0F") && !strings.Contains(s, "\uFE0E") {
		return s
	}
	return strings.NewReplacer("\uFE0F", "", "\uFE0E", "").Replace(s)
}

// embeddedLexicon parses the embedded files. Files that are absent are skipped; malformed lines
// are skipped in lenient mode (Default) and reported otherwise (tests, New).
func embeddedLexicon(lenient bool, words, mods, phrases bool) (*lexicon, error) {
	l := newLexicon()
	read := func(name string, f func(io.Reader) error) error {
		file, err := lexiconFS.Open("lexicon/" + name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		defer file.Close()
		if err := f(file); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	entries := func(r io.Reader) error { return readEntries(r, lenient, l.add) }
	if words {
		for _, name := range []string{"words.tsv", "emoji.tsv"} {
			if err := read(name, entries); err != nil {
				return nil, err
			}
		}
	}
	if phrases {
		if err := read("phrases.tsv", entries); err != nil {
			return nil, err
		}
		if err := read("neutral.txt", func(r io.Reader) error { return readNeutral(r, l) }); err != nil {
			return nil, err
		}
	}
	if words {
		if err := read("events.txt", func(r io.Reader) error { return readEvents(r, l) }); err != nil {
			return nil, err
		}
	}
	if mods {
		if err := read("modifiers.tsv", func(r io.Reader) error { return readModifiers(r, lenient, l.mods) }); err != nil {
			return nil, err
		}
	}
	return l, nil
}
