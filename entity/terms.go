package entity

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Key terms, scored the way YAKE! (Campos et al., 2020) describes: every word gets a score from
// five statistics of the document alone (casing, position, frequency, relatedness to its
// context, spread over sentences); a candidate of one to three words combines the scores of its
// words and its own frequency. Lower is better in YAKE!; Term.Score reports 1/(1+S).
//
// Candidates follow Indonesian noun phrases: a head noun then its modifiers (keranjang kuning,
// dugaan pelanggaran). They never start or end with a stopword, never hold a stopword, a number
// or punctuation, never cross a sentence, and never start with a verb (meN-, ber- forms).

type wordStat struct {
	lo, hi             int32  // the lower-case form: termScratch.lower[lo:hi]
	hash               uint64 // its hash
	tf, tfUpper, tfAcr int32
	tok, lastTok       int32 // the tokens of the first and the last occurrence (see next)
	uni                int32 // the candidate of the word alone, -1 before it has one
	off                int32 // first index of the word's occurrences in termScratch.occ
	fill               int32 // occurrences placed so far
	firstSent          int32 // the sentences of the first and the last occurrence
	lastSent           int32
	sf                 int32
	nLeft, nRight      int32 // co-occurrences on each side
	dLeft, dRight      int32 // distinct co-occurring words on each side
	stop               bool
	verb               bool // looks like a verb: cannot start or end a candidate
	short              bool // too short to be a one-word term
	score              float64
}

type candStat struct {
	key   uint64
	s     float64
	w     [3]int32 // its words, w[:n] (the words of key, unpacked)
	tf    int32
	first int32 // token index of the first occurrence
	n     int32
	flags uint8 // what its occurrences were: candQuoted, candLower, candBody, candCased
}

// Flags of candidates: one occurrence at least was
const (
	candQuoted uint8 = 1 << iota // exactly what a pair of quotation marks encloses
	candLower                    // written all in lower case
	candBody                     // outside a headline
	candCased                    // capitalised inside a sentence (a name: keep its case)
)

// gramKeyOf returns the key of a gram of n words (up to three): their ids (each below 1<<21)
// are packed in words, 21 bits each, the first the highest, and n above them (for three words
// only bit 63 is left of n, which still tells the three lengths apart).
func gramKeyOf(words uint64, n int) uint64 { return uint64(n)<<(21*n) | words }

const maxGramID = 1<<21 - 1

const termWindow = 2

// phraseWordLimit is the worst scaled word score a word of a phrase may have (1 is the median).
const phraseWordLimit = 1.5

// termScratch holds the buffers of one key-term extraction, reused through a pool so that
// short documents do not pay for fresh maps. The word and gram tables are open-addressing hash
// tables whose slots carry the stamp of the document that filled them: a new document takes a
// new stamp instead of clearing the tables.
type termScratch struct {
	stamp  uint32
	words  []wordSlot // lower-case form -> word id, by wordStat.hash
	grams  []gramSlot // gram key -> candidate, for grams of two words or more
	nGrams int        // entries of grams under the current stamp
	pairs  []uint64
	stats  []wordStat
	wid    []int32
	wpos   []int32 // the tokens with a word id
	occ    []int32
	cands  []candStat
	list   []int32
	ranked []rankedCand
	buf    []float64
	lower  []byte // the lower-case forms of the words
	tmp    []uint64
	next   []int32 // the next occurrence of the word of a token (wordStat.tok)
	// selMark marks the words of the terms selected so far (selOne, selInPhrase); it is all
	// zero between documents
	selMark []uint8
}

// wordSlot and gramSlot are the slots of termScratch's tables; a slot is used when its stamp is
// the current one.
type wordSlot struct {
	stamp uint32
	id    int32
}

type gramSlot struct {
	stamp uint32
	ci    int32
	key   uint64
}

// rankedCand is a candidate with what orders it: the candidates are sorted by value, which is
// cheaper than sorting their indices through a comparison that looks them up.
type rankedCand struct {
	s     float64
	first int
	ci    int32
}

var termPool = sync.Pool{New: func() any { return &termScratch{} }}

// maxPooledWords bounds the tables put back in the pool.
const maxPooledWords = 1 << 17

// minTableSlots is the smallest size of the word and gram tables (a power of two).
const minTableSlots = 64

func getScratch() *termScratch {
	sc := termPool.Get().(*termScratch)
	sc.stamp++
	if sc.stamp == 0 {
		// the stamps wrapped around: no slot may look used
		clear(sc.words[:cap(sc.words)])
		clear(sc.grams[:cap(sc.grams)])
		sc.stamp = 1
	}
	sc.nGrams = 0
	return sc
}

func putScratch(sc *termScratch) {
	if len(sc.words) > 4*maxPooledWords || len(sc.grams) > 8*maxPooledWords || cap(sc.pairs) > 16*maxPooledWords {
		return
	}
	termPool.Put(sc)
}

// tableSize returns the table size for about n entries: a power of two at least 2n.
func tableSize(n int) int {
	size := minTableSlots
	for size < 2*n {
		size *= 2
	}
	return size
}

// wordID returns the id of the lower-case form of w in the current document, adding a new word
// to stats (unless there are maxGramID words already: ok is false).
func (sc *termScratch) wordID(r *Recognizer, w string, lex uint64) (id int32, ok bool) {
	start := len(sc.lower)
	var h uint64
	sc.lower, h = appendLowerHash(sc.lower, w)
	lb := sc.lower[start:]
	mask := uint64(len(sc.words) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &sc.words[i]
		if sl.stamp != sc.stamp {
			if len(sc.stats) >= maxGramID {
				sc.lower = sc.lower[:start]
				return 0, false
			}
			id = int32(len(sc.stats))
			sl.stamp, sl.id = sc.stamp, id
			var stop bool
			if len(w) > 1 && w[len(w)-1] == '.' {
				// the token's lists are those of the word without its dot
				lw := string(lb)
				stop = r.stop.Contains(lw) || isCommonStopLike(lw)
			} else {
				stop = lex&(lxStop|lxTermStop) != 0
			}
			// the new word is set in place, field by field (cheaper than copying a whole wordStat)
			sc.stats = append(sc.stats, wordStat{})
			ws := &sc.stats[id]
			ws.lo, ws.hi, ws.hash, ws.lastSent, ws.uni = int32(start), int32(len(sc.lower)), h, -1, -1
			ws.stop, ws.verb, ws.short = stop || len(lb) < 2, verbLike(lb), len(lb) < 3
			if 2*len(sc.stats) > len(sc.words) {
				sc.growWords()
			}
			return id, true
		}
		if s := &sc.stats[sl.id]; s.hash == h && string(sc.lower[s.lo:s.hi]) == string(lb) {
			sc.lower = sc.lower[:start]
			return sl.id, true
		}
	}
}

// growWords doubles the word table and places the words again.
func (sc *termScratch) growWords() {
	sc.words = make([]wordSlot, 2*len(sc.words))
	mask := uint64(len(sc.words) - 1)
	for id := range sc.stats {
		i := sc.stats[id].hash & mask
		for sc.words[i].stamp == sc.stamp {
			i = (i + 1) & mask
		}
		sc.words[i] = wordSlot{sc.stamp, int32(id)}
	}
}

// gramHash spreads a gram key over the table.
func gramHash(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> 20 }

// gramSlotOf returns the slot of key in the gram table, used or free.
func (sc *termScratch) gramSlotOf(key uint64) *gramSlot {
	mask := uint64(len(sc.grams) - 1)
	for i := gramHash(key) & mask; ; i = (i + 1) & mask {
		sl := &sc.grams[i]
		if sl.stamp != sc.stamp || sl.key == key {
			return sl
		}
	}
}

// addGram records that key is candidate ci.
func (sc *termScratch) addGram(sl *gramSlot, key uint64, ci int32) {
	*sl = gramSlot{sc.stamp, ci, key}
	sc.nGrams++
	if 2*sc.nGrams > len(sc.grams) {
		old := sc.grams
		sc.grams = make([]gramSlot, 2*len(old))
		for _, o := range old {
			if o.stamp == sc.stamp {
				*sc.gramSlotOf(o.key) = o
			}
		}
	}
}

// Entity markers of tokens for key terms.
const (
	entInner   uint8 = 1 << iota // inside an entity, not its first token
	entNotLast                   // inside an entity, not its last token
	entAny                       // inside an entity
)

// entityMarks marks the tokens covered by the mentions.
func (d *doc) entityMarks(ms []mention) []uint8 {
	if len(ms) == 0 {
		return nil
	}
	marks := make([]uint8, len(d.toks))
	for _, m := range ms {
		first, last := -1, -1
		for i := d.tokAt(m.s); i < len(d.toks) && d.toks[i].s < m.e; i++ {
			if d.toks[i].e <= m.s {
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
		}
		for i := first; i >= 0 && i <= last; i++ {
			marks[i] |= entAny
			if i > first {
				marks[i] |= entInner
			}
			if i < last {
				marks[i] |= entNotLast
			}
		}
	}
	return marks
}

// tokAt returns the index of the first token ending after byte offset off.
func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].e > off })
}

// quotedExactly reports whether tokens i..j are exactly what a pair of quotation marks encloses
// (a final full stop or comma may sit inside the closing mark).
func (d *doc) quotedExactly(i, j int) bool {
	if i == 0 || !d.toks[i].inQ || !isQuote(d.str(i-1)) {
		return false
	}
	k := j + 1
	if k < len(d.toks) && (d.str(k) == "." || d.str(k) == ",") {
		k++
	}
	return k < len(d.toks) && isQuote(d.str(k))
}

func (d *doc) terms(ents []uint8) []Term {
	if len(d.toks) == 0 {
		return nil
	}
	sc := getScratch()
	defer putScratch(sc)
	// the tables start at the size of 4096 entries at most and grow as entries come
	sc.words = resizeTable(sc.words, tableSize(min(len(d.toks), 1<<12)))
	sc.stats = sc.stats[:0]
	sc.lower = sc.lower[:0]
	manyOcc := false // a word occurs three times or more
	// word id of each token, -1 for a break (punctuation, numbers, patterns), widStop for a
	// stopword the lexicon knows. Such a stopword gets no word: every loop below skips or stops
	// at a stopword as it does at a negative id. Stopwords take no id then, which could change
	// which words get one only when a document has maxGramID distinct words or more: so not in a
	// document of fewer tokens.
	skipStops := len(d.toks) < maxGramID
	wid := grow32(sc.wid, len(d.toks))
	sc.wid = wid
	next := grow32(sc.next, len(d.toks))
	sc.next = next
	// the tokens with a word id, in order: the loops below need no others
	wpos := sc.wpos[:0]
	for i := range d.toks {
		t := &d.toks[i]
		wid[i] = -1
		if t.pat || !(t.cls == clsLower || t.cls == clsCap || t.cls == clsUpper || t.cls == clsMixed) {
			continue
		}
		w := d.text[t.s:t.e]
		if len(w) > 64 {
			continue
		}
		if skipStops && t.lex&(lxStop|lxTermStop) != 0 && w[len(w)-1] != '.' {
			wid[i] = widStop
			continue
		}
		id, ok := sc.wordID(d.r, w, t.lex)
		if !ok {
			continue
		}
		wid[i] = id
		wpos = append(wpos, int32(i))
		ws := &sc.stats[id]
		ws.tf++
		// the occurrences of a word are chained: tok, next[tok], ... until -1
		next[i] = -1
		if ws.tf == 1 {
			ws.tok = int32(i)
		} else {
			next[ws.lastTok] = int32(i)
			if ws.tf == 3 {
				manyOcc = true
			}
		}
		ws.lastTok = int32(i)
		if t.cls == clsUpper && len(w) > 1 {
			ws.tfAcr++
			ws.short = false
		} else if (t.cls == clsCap || t.cls == clsMixed) && !t.init && !t.head {
			ws.tfUpper++
		}
		s := int32(t.sent)
		if s != ws.lastSent {
			if ws.sf == 0 {
				ws.firstSent = s
			}
			ws.sf++
			ws.lastSent = s
		}
	}
	sc.wpos = wpos
	stats := sc.stats
	if len(stats) == 0 {
		return nil
	}
	// the sentences of each word's occurrences, in order, in one flat array, for the median
	// sentence of the words seen three times or more (firstSent and lastSent do for the others)
	occ := sc.occ
	if manyOcc {
		occ = grow32(sc.occ, len(d.toks))
		sc.occ = occ
		var off int32
		for i := range stats {
			stats[i].off = off
			off += stats[i].tf
		}
		for i, id := range wid {
			if id >= 0 {
				ws := &stats[id]
				occ[ws.off+ws.fill] = int32(d.toks[i].sent)
				ws.fill++
			}
		}
	}
	// co-occurrence within a window, inside a sentence, over non-stopwords
	pairs := sc.pairs[:0]
	for _, i32 := range wpos {
		i := int(i32)
		a := wid[i]
		if stats[a].stop {
			continue
		}
		for k := 1; k <= termWindow && i+k < len(d.toks); k++ {
			if d.toks[i+k].sent != d.toks[i].sent {
				break
			}
			b := wid[i+k]
			if b < 0 {
				if d.toks[i+k].cls == clsPunct {
					break
				}
				continue
			}
			if stats[b].stop {
				continue
			}
			stats[a].nRight++
			stats[b].nLeft++
			pairs = append(pairs, uint64(a)<<32|uint64(uint32(b)))
		}
	}
	// distinct neighbours: a pair of two words seen once each occurs once; the other pairs are
	// sorted and counted each once
	many := pairs[:0]
	for _, pk := range pairs {
		a, b := &stats[pk>>32], &stats[uint32(pk)]
		if a.tf == 1 && b.tf == 1 {
			a.dRight++
			b.dLeft++
		} else {
			many = append(many, pk)
		}
	}
	sc.tmp = sortPairs(many, sc.tmp)
	for k, pk := range many {
		if k > 0 && many[k-1] == pk {
			continue
		}
		stats[pk>>32].dRight++
		stats[uint32(pk)].dLeft++
	}
	sc.pairs = pairs[:0]
	// word scores
	var sum, sum2 float64
	n := 0
	maxTF := int32(0)
	for i := range stats {
		ws := &stats[i]
		if ws.stop {
			continue
		}
		sum += float64(ws.tf)
		sum2 += float64(ws.tf) * float64(ws.tf)
		n++
		if ws.tf > maxTF {
			maxTF = ws.tf
		}
	}
	if n == 0 {
		return nil
	}
	mean := sum / float64(n)
	std := math.Sqrt(math.Max(sum2/float64(n)-mean*mean, 0))
	nsent := float64(d.nsent)
	scoresBuf := sc.buf[:0] // the scores of the words, for their median
	for i := range stats {
		ws := &stats[i]
		if ws.stop {
			continue
		}
		tf := float64(ws.tf)
		tcase := 0.0
		if c := max(ws.tfUpper, ws.tfAcr); c > 0 {
			tcase = float64(c) / (1 + math.Log(tf))
		}
		var tpos float64
		switch {
		case ws.tf == 1 && ws.firstSent < int32(len(logLog)):
			// the median sentence of most words is a small whole number
			tpos = logLog[ws.firstSent]
		case ws.tf == 1:
			tpos = math.Log(math.Log(3 + float64(ws.firstSent)))
		case ws.tf == 2:
			tpos = math.Log(math.Log(3 + (float64(ws.firstSent)+float64(ws.lastSent))/2))
		default:
			sents := occ[ws.off : ws.off+ws.tf]
			if len(sents)%2 == 1 && sents[len(sents)/2] < int32(len(logLog)) {
				tpos = logLog[sents[len(sents)/2]]
			} else {
				med := float64(sents[len(sents)/2])
				if len(sents)%2 == 0 {
					med = (float64(sents[len(sents)/2-1]) + med) / 2
				}
				tpos = math.Log(math.Log(3 + med))
			}
		}
		tfn := tf / (mean + std)
		wl, wr := 0.0, 0.0
		if ws.nLeft > 0 {
			wl = float64(ws.dLeft) / float64(ws.nLeft)
		}
		if ws.nRight > 0 {
			wr = float64(ws.dRight) / float64(ws.nRight)
		}
		trel := 1 + (wl+wr)*tf/float64(maxTF)
		tsent := float64(ws.sf) / nsent
		ws.score = trel * tpos / (tcase + tfn/trel + tsent/trel)
		scoresBuf = append(scoresBuf, ws.score)
	}
	// Word scores are scaled so that the median word scores 1: a phrase of words better than
	// the median then scores better than its words alone, whatever the length of the document.
	sc.buf = scoresBuf[:0]
	if med := nthSmallest(scoresBuf, len(scoresBuf)/2); med > 0 {
		for i := range stats {
			stats[i].score /= med
		}
	}
	// candidates
	sc.grams = resizeTable(sc.grams, tableSize(min(2*len(d.toks), 1<<12)))
	cands := sc.cands[:0]
	if cap(cands) < len(stats)*2 {
		cands = make([]candStat, 0, len(stats)*2)
	}
	defer func() { sc.cands = cands[:0] }()
	maxN := d.r.maxN
	for _, i32 := range wpos {
		i := int(i32)
		first := &stats[wid[i]]
		if first.stop || first.verb || first.short {
			continue // cannot start a candidate
		}
		if ents != nil && ents[i]&entInner != 0 {
			continue
		}
		t := &d.toks[i]
		var flags uint8 // the flags of the occurrence (candLower, candBody, candCased)
		if t.cls == clsLower {
			flags |= candLower
		} else if !t.head && !t.init {
			flags |= candCased
		}
		if !t.head {
			flags |= candBody
		}
		// the word alone, unless it is the first of a longer name (entityClean)
		if ents == nil || ents[i]&entNotLast == 0 {
			// one-word candidates are indexed by word (wordStat.uni), without the table
			ci := first.uni
			if ci < 0 {
				ci = int32(len(cands))
				first.uni = ci
				cands = append(cands, candStat{key: gramKeyOf(uint64(wid[i]), 1), w: [3]int32{wid[i]}, first: int32(i), n: 1})
			}
			d.seen(&cands[ci], i, i, flags)
		}
		if first.score > phraseWordLimit {
			// a phrase with a word worse than this cannot beat its best word alone; skipping it
			// keeps long documents fast
			continue
		}
		words := uint64(wid[i]) // the ids of the gram so far (gramKeyOf)
		gram := [3]int32{wid[i]}
		for n := 1; n < maxN && i+n < len(d.toks); n++ {
			j := i + n
			id := wid[j]
			tj := &d.toks[j]
			if id < 0 || tj.sent != t.sent || tj.nl {
				break
			}
			if tj.cls != clsLower {
				flags &^= candLower
				if !tj.head {
					flags |= candCased
				}
			}
			ws := &stats[id]
			if ws.stop || ws.verb || ws.score > phraseWordLimit || tj.s-d.toks[j-1].e > 3 {
				break
			}
			words = words<<21 | uint64(id)
			gram[n] = id
			if ents != nil && !entityClean(ents, i, j) {
				if ents[j]&entAny != 0 && ents[i]&entAny == 0 || ents[j]&entAny == 0 && ents[i]&entAny != 0 {
					break // a phrase that runs into or out of a name
				}
				continue
			}
			key := gramKeyOf(words, n+1)
			var ci int32
			if sl := sc.gramSlotOf(key); sl.stamp == sc.stamp {
				ci = sl.ci
			} else {
				ci = int32(len(cands))
				sc.addGram(sl, key, ci)
				cands = append(cands, candStat{key: key, w: gram, first: int32(i), n: int32(n + 1)})
			}
			d.seen(&cands[ci], i, j, flags)
		}
	}
	hasBody := false
	for i := range d.toks {
		if !d.toks[i].head {
			hasBody = true
			break
		}
	}
	ranked := sc.ranked[:0]
	tie := false // two candidates with the same score and first token
	for ci := range cands {
		c := &cands[ci]
		if hasBody && c.flags&candBody == 0 {
			continue
		}
		// the product and the sum of the scores of the words (one word: its score, exactly)
		prod := stats[c.w[0]].score
		sumS := prod
		for _, w := range c.w[1:c.n] {
			s := stats[w].score
			prod *= s
			sumS += s
		}
		c.s = prod / (float64(c.tf) * (1 + sumS))
		if c.flags&candQuoted != 0 {
			c.s *= 0.25
		}
		if c.n > 1 && c.tf < 2 {
			c.s *= 2 // a phrase seen once is weak evidence
		}
		// The candidates that start at one token were made one after the other (at most maxN of
		// them): only they can have the same first token, and they are neighbours here.
		if n := len(ranked); n > 0 && ranked[n-1].first == int(c.first) {
			tie = tie || ranked[n-1].s == c.s || n > 1 && ranked[n-2].first == int(c.first) && ranked[n-2].s == c.s
		}
		ranked = append(ranked, rankedCand{c.s, int(c.first), int32(ci)})
	}
	sc.ranked = ranked[:0]
	ranked = sc.rankCands(ranked, cands, d.r.maxTerms, tie)
	// Select, skipping candidates that overlap a better one: a gram that holds a selected gram
	// of another length or is held by one. Two grams of as many words are distinct: neither
	// holds the other. Between one word and a phrase that is a question of the word's marks:
	// selMark[w] has selOne when w was selected alone, selInPhrase when it is a word of a
	// selected phrase. Phrases of two and three words are compared as grams.
	selMark := grow8(sc.selMark, len(stats))
	sc.selMark = selMark
	var selBuf, phraseBuf [16]int32
	sel, phrases := selBuf[:0], phraseBuf[:0]
	for _, rc := range ranked {
		if len(sel) >= d.r.maxTerms {
			break
		}
		x := &cands[rc.ci]
		dup := false
		if x.n == 1 {
			dup = selMark[x.w[0]]&selInPhrase != 0
		} else {
			for _, w := range x.w[:x.n] {
				dup = dup || selMark[w]&selOne != 0
			}
			for _, sj := range phrases {
				if dup {
					break
				}
				y := &cands[sj]
				dup = x.n != y.n && (subGram(x.key, int(x.n), y.key, int(y.n)) || subGram(y.key, int(y.n), x.key, int(x.n)))
			}
		}
		if dup {
			continue
		}
		sel = append(sel, rc.ci)
		if x.n == 1 {
			selMark[x.w[0]] |= selOne
		} else {
			phrases = append(phrases, rc.ci)
			for _, w := range x.w[:x.n] {
				selMark[w] |= selInPhrase
			}
		}
	}
	for _, ci := range sel {
		c := &cands[ci]
		for _, w := range c.w[:c.n] {
			selMark[w] = 0
		}
	}
	return d.termsOut(sc, sel, cands)
}

// termsOut returns the selected candidates as terms, with their spans.
func (d *doc) termsOut(sc *termScratch, sel []int32, cands []candStat) []Term {
	out := make([]Term, len(sel))
	// The occurrences of a term are found along the occurrences of its first word (all of them
	// for a one-word term): they are counted (in Count for now), then placed in one array of
	// spans.
	nspans := 0
	for t, ci := range sel {
		c := &cands[ci]
		out[t].Score = 1 / (1 + c.s)
		k := int(sc.stats[c.w[0]].tf)
		if c.n > 1 {
			k = 0
			for i := sc.stats[c.w[0]].tok; i >= 0; i = sc.next[i] {
				if d.gramEnd(sc.wid, int(i), c) >= 0 {
					k++
				}
			}
		}
		out[t].Count = k
		nspans += k
	}
	all := make([]Span, nspans)
	at := 0
	for t, ci := range sel {
		c := &cands[ci]
		k := out[t].Count
		if k == 0 {
			out[t].Count = int(c.tf)
			continue
		}
		sp := all[at : at+k : at+k]
		at += k
		x := 0
		for i := sc.stats[c.w[0]].tok; i >= 0; i = sc.next[i] {
			if c.n == 1 {
				sp[x] = Span{d.toks[i].s, d.toks[i].e}
				x++
			} else if j := d.gramEnd(sc.wid, int(i), c); j >= 0 {
				sp[x] = Span{d.toks[i].s, d.toks[j].e}
				x++
			}
		}
		out[t].Spans = sp
		out[t].Count = max(int(c.tf), k)
		out[t].Text = d.termText(c, sp)
	}
	return out
}

// termText returns the text of a term of candidate c from its spans: the first written all in
// lower case when the candidate was seen so, else the first, in lower case unless it was seen
// capitalised inside a sentence.
func (d *doc) termText(c *candStat, spans []Span) string {
	txt := d.text[spans[0][0]:spans[0][1]]
	if c.flags&candLower != 0 {
		for _, s := range spans {
			if t := d.text[s[0]:s[1]]; isLowerCase(t) {
				txt = t
				break
			}
		}
	} else if c.flags&candCased == 0 {
		txt = strings.ToLower(txt)
	}
	return collapseSpace(txt)
}

// gramEnd returns the last token of candidate c when it occurs at token i inside one sentence,
// or -1.
func (d *doc) gramEnd(wid []int32, i int, c *candStat) int {
	n := int(c.n)
	if i+n > len(d.toks) || i+n > len(wid) {
		return -1
	}
	for x, w := range c.w[:n] {
		if wid[i+x] != w || d.toks[i+x].sent != d.toks[i].sent {
			return -1
		}
	}
	return i + n - 1
}

// seen records an occurrence of candidate c at tokens i..j, with its flags.
func (d *doc) seen(c *candStat, i, j int, flags uint8) {
	c.tf++
	c.flags |= flags
	if c.flags&candQuoted == 0 && d.toks[i].inQ && d.quotedExactly(i, j) {
		c.flags |= candQuoted
	}
}

// isLowerCase reports whether strings.ToLower(s) == s, without allocating for ASCII text.
func isLowerCase(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s) == s
		}
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// nthSmallest returns the k-th smallest value of a (from 0), which it reorders: the value
// sort.Float64s(a) would put at a[k]. a holds no NaN.
func nthSmallest(a []float64, k int) float64 {
	if len(a) <= 16 {
		// a few values (short documents): sorted by insertion
		for i := 1; i < len(a); i++ {
			x, j := a[i], i
			for ; j > 0 && x < a[j-1]; j-- {
				a[j] = a[j-1]
			}
			a[j] = x
		}
		return a[k]
	}
	lo, hi := 0, len(a)-1
	for lo < hi {
		// Hoare partition around the median of three
		mid := lo + (hi-lo)/2
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[hi] < a[lo] {
			a[hi], a[lo] = a[lo], a[hi]
		}
		if a[hi] < a[mid] {
			a[hi], a[mid] = a[mid], a[hi]
		}
		p := a[mid]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return a[k]
		}
	}
	return a[k]
}

// resizeTable returns t with n slots, reusing its memory when it has room; slots that an
// earlier document used keep an older stamp.
func resizeTable[S any](t []S, n int) []S {
	if cap(t) >= n {
		return t[:n]
	}
	return make([]S, n)
}

// widStop is the word id of a stopword that has no wordStat.
const widStop = -2

// gramWord returns word x of an n-word key.
func gramWord(key uint64, n, x int) int32 {
	return int32(key >> (21 * uint(n-1-x)) & maxGramID)
}

// subGram reports whether the n-word key a occurs inside the m-word key b.
func subGram(a uint64, n int, b uint64, m int) bool {
	if n > m {
		return false
	}
	for st := 0; st+n <= m; st++ {
		ok := true
		for k := 0; k < n; k++ {
			if gramWord(a, n, k) != gramWord(b, m, st+k) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// verbLike reports whether the lower-case word looks like an active verb (meN-, ber-) or a
// passive di- verb ending in -kan/-i, or carries -nya: none of them heads an Indonesian noun
// phrase. The prefixes meng-, meny-, mem-, men-, mel-, mer- and mew- are me- then m, n, l, r or
// w.
func verbLike(lw []byte) bool {
	if len(lw) < 5 {
		return false
	}
	c0, c1, c2 := lw[0], lw[1], lw[2]
	if c0 == 'm' && c1 == 'e' && (c2 == 'm' || c2 == 'n' || c2 == 'l' || c2 == 'r' || c2 == 'w') ||
		c0 == 'b' && c1 == 'e' && c2 == 'r' || c0 == 't' && c1 == 'e' && c2 == 'r' && len(lw) > 6 {
		if notVerbs[string(lw)] {
			return false
		}
		for _, x := range notVerbPrefixes {
			if len(lw) >= len(x) && string(lw[:len(x)]) == x {
				return false
			}
		}
		return true
	}
	if c0 == 'd' && c1 == 'i' && len(lw) > 6 && (lw[len(lw)-1] == 'i' || string(lw[len(lw)-3:]) == "kan") {
		return true
	}
	return string(lw[len(lw)-3:]) == "nya"
}

// isCommonStopLike lists function words the stopword set may lack.
func isCommonStopLike(lw string) bool { return termStop[lw] }

var termStop = setOf("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan", "juga", "atau", "oleh", "karena", "tersebut", "bahwa", "ada", "adalah", "sebagai", "telah", "sudah", "dapat", "bisa", "harus", "lebih", "para", "agar", "seperti", "saat", "secara", "menjadi", "mereka", "kami", "kita", "saya", "ia", "dia", "anda", "namun", "tetapi", "tapi", "serta", "hingga", "sampai", "bagi", "antara", "tentang", "terhadap", "jika", "kalau", "ketika", "setelah", "sebelum", "masih", "sangat", "hanya", "pun", "lagi", "baru", "lain", "lainnya", "sejumlah", "beberapa", "berbagai", "seluruh", "semua", "setiap", "banyak", "sebuah", "seorang", "satu", "dua", "tiga", "begitu", "meskipun", "walaupun", "bagaimana", "mengapa", "apa", "siapa", "kapan", "dimana", "mana", "yakni", "yaitu", "tengah", "terkait", "seputar", "melalui", "sedang", "merupakan", "kata", "ujar", "katanya", "ujarnya", "menurut", "nya", "pula", "lalu", "kemudian", "tak", "belum", "bukan", "sendiri", "sejak", "selama", "kini", "sekarang", "hal", "cara", "salah", "tahun", "hari", "bulan", "orang", "pihak", "sebut", "demikian", "maka", "sehingga", "bahkan", "the", "of", "and", "to", "in", "a", "is", "for", "on", "that", "with", "mungkin", "segera", "kembali")

// notVerbs are nouns and adjectives that look like meN-/ber-/ter- verbs; notVerbPrefixes start
// such nouns with their derivations (menteri, kementerian is not caught anyway).
var notVerbs = setOf("mental", "menit", "teras", "merek", "merah", "merdeka", "meter", "metro", "member", "menara", "mercu", "melati", "melayu", "meriam", "berat", "beras", "bersih", "terminal", "teror", "teori", "tertib", "memori", "menu", "mentah", "mereka", "medan", "media", "menteng", "merapi", "meranti", "berlin", "bern", "bermuda", "merpati", "terang", "terigu", "teritori", "termin", "termos", "ternak", "tersangka", "terdakwa", "terpidana")
var notVerbPrefixes = []string{"menteri", "berita", "teroris", "teknologi"}

// bestK returns the k best items of list (in no order), by a max-heap of the best seen so far.
func bestK(list []int32, k int, less func(a, b int32) bool) []int32 {
	h := make([]int32, 0, k)
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			m := l
			if r := l + 1; r < len(h) && less(h[l], h[r]) {
				m = r
			}
			if !less(h[i], h[m]) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, x := range list {
		if len(h) < k {
			h = append(h, x)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !less(h[p], h[i]) {
					break
				}
				h[p], h[i] = h[i], h[p]
				i = p
			}
			continue
		}
		if less(x, h[0]) {
			h[0] = x
			down(0)
		}
	}
	return h
}

// rankCands sorts the ranked candidates best first, by score then first token. A long list is
// cut first to its best maxTerms*8+32 by bestK, as it always was. Without ties (tie is false)
// the order is strict and any sort has one outcome: short lists are sorted by insertion,
// inline. With ties, slices.SortFunc settles them as it always did. (Ties are not rare: words
// seen once in one sentence often score the same, and the median word scores 1, so a word of
// score 1 alone and as the first of three such words both have 0.5.)
func (sc *termScratch) rankCands(ranked []rankedCand, cands []candStat, maxTerms int, tie bool) []rankedCand {
	if k := maxTerms*8 + 32; len(ranked) > 4*k {
		list := sc.list[:0]
		for _, rc := range ranked {
			list = append(list, rc.ci)
		}
		list = bestK(list, k, func(a, b int32) bool {
			ca, cb := &cands[a], &cands[b]
			if ca.s != cb.s {
				return ca.s < cb.s
			}
			return ca.first < cb.first
		})
		sc.list = list[:0]
		ranked = ranked[:0]
		for _, ci := range list {
			ranked = append(ranked, rankedCand{cands[ci].s, int(cands[ci].first), ci})
		}
	}
	if tie || len(ranked) > maxInsertionSort {
		// Sorting the values takes the same steps as sorting the indices by score and first
		// token, so ties keep the order they always had.
		slices.SortFunc(ranked, func(a, b rankedCand) int {
			if a.s != b.s {
				if a.s < b.s {
					return -1
				}
				return 1
			}
			return cmp.Compare(a.first, b.first)
		})
		return ranked
	}
	for i := 1; i < len(ranked); i++ {
		x := ranked[i]
		j := i
		for ; j > 0 && x.before(ranked[j-1]); j-- {
			ranked[j] = ranked[j-1]
		}
		ranked[j] = x
	}
	return ranked
}

// maxInsertionSort is the longest list of candidates that rankCands sorts by insertion.
const maxInsertionSort = 64

// before reports whether a ranks before b: a lower score, or the same score and an earlier
// first token. Scores are never NaN.
func (a rankedCand) before(b rankedCand) bool {
	return a.s < b.s || a.s == b.s && a.first < b.first
}

// appendLowerHash appends s in lower case, with an ASCII fast path, and returns the hash of
// what it appended (FNV-1a, as the tagger's features, computed while folding).
func appendLowerHash(buf []byte, s string) ([]byte, uint64) {
	n := len(buf)
	buf = slices.Grow(buf, len(s))[:n+len(s)]
	dst := buf[n:]
	var high byte // the high bits of all bytes: 0x80 is set for text that is not ASCII
	h := uint64(fnvOff)
	for i := 0; i < len(s) && i < len(dst); i++ {
		c := s[i]
		high |= c
		c = foldASCII[c]
		dst[i] = c
		h = (h ^ uint64(c)) * fnvPrime
	}
	if high < 0x80 {
		return buf, h
	}
	buf = append(buf[:n], strings.ToLower(s)...)
	h = fnvOff
	for _, c := range buf[n:] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return buf, h
}

// grow8 returns b resized to n; new bytes are zero, the old ones as they were.
func grow8(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return append(b[:cap(b)], make([]uint8, n-cap(b))...)
	}
	return b[:n]
}

// Marks of the words of selected terms.
const (
	selOne      uint8 = 1 << iota // selected as a one-word term
	selInPhrase                   // a word of a selected phrase
)

// grow32 returns b resized to n.
func grow32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}

// entityClean reports whether tokens i..j hold no name, or are exactly one name.
func entityClean(ents []uint8, i, j int) bool {
	if ents[i]&entAny == 0 {
		for k := i; k <= j; k++ {
			if ents[k]&entAny != 0 {
				return false
			}
		}
		return true
	}
	if ents[i]&entInner != 0 || ents[j]&entNotLast != 0 {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if ents[k]&entInner == 0 {
			return false
		}
	}
	return true
}

// sortPairs sorts the co-occurrence pairs (two word ids below 1<<21 packed as a<<32|b) in place
// with a least-significant-digit radix sort over the 42 bits that hold them, using tmp as
// scratch; it returns tmp for reuse. Short slices are sorted by comparison.
func sortPairs(p, tmp []uint64) []uint64 {
	if len(p) < 256 {
		slices.Sort(p)
		return tmp
	}
	if cap(tmp) < len(p) {
		tmp = make([]uint64, len(p))
	}
	tmp = tmp[:len(p)]
	// the key: b in bits 0..20, a in bits 21..41
	key := func(x uint64) uint64 { return x>>32<<21 | x&maxGramID }
	src, dst := p, tmp
	var count [1 << 11]int
	for shift := uint(0); shift < 42; shift += 11 {
		clear(count[:])
		for _, x := range src {
			count[key(x)>>shift&(1<<11-1)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, x := range src {
			k := key(x) >> shift & (1<<11 - 1)
			dst[count[k]] = x
			count[k]++
		}
		src, dst = dst, src
	}
	// four passes: the sorted data is back in p
	return tmp
}

// collapseSpace returns s with each run of white space as one space; s itself when it has none
// to collapse.
func collapseSpace(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x80 {
			continue // most bytes
		}
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == ' ' && (i+1 == len(s) || i == 0 || s[i+1] == ' ') || c >= 0x80 {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// logLog[k] is log(log(3+k)), the position statistic of a word whose median sentence is k.
var logLog = func() (t [64]float64) {
	for k := range t {
		t[k] = math.Log(math.Log(3 + float64(k)))
	}
	return t
}()
