package entity

import (
	"math"
	"sort"
	"strings"
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
	tf, tfUpper, tfAcr int
	sents              []int32 // sentence of each occurrence (ordered)
	lastSent           int32
	sf                 int
	left, right        map[int32]struct{}
	nLeft, nRight      int
	stop               bool
	score              float64
}

type ngram [6]int32

type candStat struct {
	tf       int
	quoted   bool
	lower    bool // an occurrence written all in lower case
	first    int  // token index of the first occurrence
	n        int
	s        float64
	body     bool // an occurrence outside a headline
	selected bool
}

const termWindow = 2

// Entity markers of tokens for key terms.
const (
	entInner   uint8 = 1 << iota // inside an entity, not its first token
	entNotLast                   // inside an entity, not its last token
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
	if i == 0 || !isQuote(d.str(i-1)) || !d.toks[i].inQ {
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
	ids := map[string]int32{}
	var stats []*wordStat
	// word id of each token, -1 for a break (punctuation, numbers, patterns)
	wid := make([]int32, len(d.toks))
	for i, t := range d.toks {
		wid[i] = -1
		if t.pat || !(t.cls == clsLower || t.cls == clsCap || t.cls == clsUpper || t.cls == clsMixed) {
			continue
		}
		w := d.text[t.s:t.e]
		if len(w) > 64 {
			continue
		}
		lw := lowerASCII(w)
		id, ok := ids[lw]
		if !ok {
			id = int32(len(stats))
			ids[lw] = id
			stats = append(stats, &wordStat{lastSent: -1, stop: d.r.stop.Contains(lw) || len(lw) < 2 || isCommonStopLike(lw)})
		}
		wid[i] = id
		ws := stats[id]
		ws.tf++
		if t.cls == clsUpper && len(w) > 1 {
			ws.tfAcr++
		} else if (t.cls == clsCap || t.cls == clsMixed) && !t.init && !t.head {
			ws.tfUpper++
		}
		s := int32(t.sent)
		if s != ws.lastSent {
			ws.sf++
			ws.lastSent = s
		}
		if len(ws.sents) < 64 {
			ws.sents = append(ws.sents, s)
		}
	}
	if len(stats) == 0 {
		return nil
	}
	// co-occurrence within a window, inside a sentence, over non-stopwords
	for i := range d.toks {
		a := wid[i]
		if a < 0 || stats[a].stop {
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
			sa, sb := stats[a], stats[b]
			if sa.right == nil {
				sa.right = map[int32]struct{}{}
			}
			if sb.left == nil {
				sb.left = map[int32]struct{}{}
			}
			sa.right[b] = struct{}{}
			sa.nRight++
			sb.left[a] = struct{}{}
			sb.nLeft++
		}
	}
	// word scores
	var sum, sum2 float64
	n := 0
	maxTF := 0
	for _, ws := range stats {
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
	for _, ws := range stats {
		if ws.stop {
			continue
		}
		tf := float64(ws.tf)
		tcase := float64(max(ws.tfUpper, ws.tfAcr)) / (1 + math.Log(tf))
		med := float64(ws.sents[len(ws.sents)/2])
		if len(ws.sents)%2 == 0 {
			med = (float64(ws.sents[len(ws.sents)/2-1]) + med) / 2
		}
		tpos := math.Log(math.Log(3 + med))
		tfn := tf / (mean + std)
		wl, wr := 0.0, 0.0
		if ws.nLeft > 0 {
			wl = float64(len(ws.left)) / float64(ws.nLeft)
		}
		if ws.nRight > 0 {
			wr = float64(len(ws.right)) / float64(ws.nRight)
		}
		trel := 1 + (wl+wr)*tf/float64(maxTF)
		tsent := float64(ws.sf) / nsent
		ws.score = trel * tpos / (tcase + tfn/trel + tsent/trel)
	}
	// candidates
	cands := map[ngram]*candStat{}
	maxN := d.r.maxN
	for i := range d.toks {
		if wid[i] < 0 || stats[wid[i]].stop || d.verbLike(i) {
			continue
		}
		var key ngram
		for k := range key {
			key[k] = -1
		}
		for n := 0; n < maxN && i+n < len(d.toks); n++ {
			j := i + n
			id := wid[j]
			if id < 0 || d.toks[j].sent != d.toks[i].sent || n > 0 && d.toks[j].nl {
				break
			}
			if stats[id].stop {
				break
			}
			if n > 0 && (d.toks[j].s-d.toks[j-1].e > 3) {
				break
			}
			key[n] = id
			if len(d.text[d.toks[j].s:d.toks[j].e]) < 3 && n == 0 && d.toks[j].cls != clsUpper {
				break
			}
			if d.verbLike(j) {
				break
			}
			if ents != nil && (ents[i]&entInner != 0 || ents[j]&entNotLast != 0) {
				continue
			}
			c := cands[key]
			if c == nil {
				c = &candStat{first: i, n: n + 1}
				cands[key] = c
			}
			c.tf++
			lower := true
			for k := i; k <= j; k++ {
				if d.toks[k].cls != clsLower {
					lower = false
				}
			}
			if lower {
				c.lower = true
			}
			if !d.toks[i].head {
				c.body = true
			}
			if d.quotedExactly(i, j) {
				c.quoted = true
			}
		}
	}
	type scored struct {
		key ngram
		c   *candStat
	}
	list := make([]scored, 0, len(cands))
	hasBody := false
	for _, t := range d.toks {
		if !t.head {
			hasBody = true
			break
		}
	}
	for k, c := range cands {
		if hasBody && !c.body {
			continue
		}
		prod, sumS := 1.0, 0.0
		for x := 0; x < c.n; x++ {
			s := stats[k[x]].score
			prod *= s
			sumS += s
		}
		c.s = prod / (float64(c.tf) * (1 + sumS))
		if c.quoted {
			c.s *= 0.25
		}
		if c.n > 1 && c.tf < 2 {
			c.s *= 2 // a phrase seen once is weak evidence
		}
		list = append(list, scored{k, c})
	}
	sort.Slice(list, func(a, b int) bool {
		if list[a].c.s != list[b].c.s {
			return list[a].c.s < list[b].c.s
		}
		return list[a].c.first < list[b].c.first
	})
	// select, skipping candidates that overlap a better one
	var sel []scored
	for _, x := range list {
		if len(sel) >= d.r.maxTerms {
			break
		}
		dup := false
		for _, y := range sel {
			if subGram(x.key, x.c.n, y.key, y.c.n) || subGram(y.key, y.c.n, x.key, x.c.n) {
				dup = true
				break
			}
		}
		if !dup {
			x.c.selected = true
			sel = append(sel, x)
		}
	}
	// spans of the selected terms
	index := make(map[ngram]int, len(sel))
	out := make([]Term, len(sel))
	for i, x := range sel {
		index[x.key] = i
		out[i].Score = 1 / (1 + x.c.s)
		out[i].Count = x.c.tf
	}
	for i := range d.toks {
		if wid[i] < 0 {
			continue
		}
		var key ngram
		for k := range key {
			key[k] = -1
		}
		for n := 0; n < maxN && i+n < len(d.toks); n++ {
			j := i + n
			if wid[j] < 0 || d.toks[j].sent != d.toks[i].sent {
				break
			}
			key[n] = wid[j]
			if t, ok := index[key]; ok && cands[key] != nil && cands[key].n == n+1 {
				out[t].Spans = append(out[t].Spans, Span{d.toks[i].s, d.toks[j].e})
			}
		}
	}
	for i, x := range sel {
		if len(out[i].Spans) == 0 {
			continue
		}
		sp := out[i].Spans[0]
		txt := d.text[sp[0]:sp[1]]
		if x.c.lower {
			for _, s := range out[i].Spans {
				if t := d.text[s[0]:s[1]]; strings.ToLower(t) == t {
					txt = t
					break
				}
			}
		}
		out[i].Text = strings.Join(strings.Fields(txt), " ")
	}
	return out
}

// subGram reports whether a (n words) occurs inside b (m words).
func subGram(a ngram, n int, b ngram, m int) bool {
	if n > m {
		return false
	}
	for s := 0; s+n <= m; s++ {
		ok := true
		for k := 0; k < n; k++ {
			if a[k] != b[s+k] {
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

// verbLike reports whether token i looks like an active verb (meN-, ber-) or a passive di- verb
// ending in -kan/-i, which cannot start an Indonesian noun phrase.
func (d *doc) verbLike(i int) bool {
	t := d.toks[i]
	w := d.text[t.s:t.e]
	if len(w) < 5 {
		return false
	}
	lw := lowerASCII(w)
	if strings.HasPrefix(lw, "meng") || strings.HasPrefix(lw, "meny") || strings.HasPrefix(lw, "mem") || strings.HasPrefix(lw, "men") || strings.HasPrefix(lw, "ber") || strings.HasPrefix(lw, "ter") && len(lw) > 6 {
		return !strings.HasPrefix(lw, "menteri") && !strings.HasPrefix(lw, "berita") && !strings.HasPrefix(lw, "mental") && !strings.HasPrefix(lw, "menit") && !strings.HasPrefix(lw, "teras")
	}
	if strings.HasPrefix(lw, "di") && (strings.HasSuffix(lw, "kan") || strings.HasSuffix(lw, "i")) && len(lw) > 6 {
		return true
	}
	if strings.HasSuffix(lw, "nya") {
		return true
	}
	return false
}

// isCommonStopLike lists function words the stopword set may lack.
func isCommonStopLike(lw string) bool { return termStop[lw] }

var termStop = setOf("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan", "juga", "atau", "oleh", "karena", "tersebut", "bahwa", "ada", "adalah", "sebagai", "telah", "sudah", "dapat", "bisa", "harus", "lebih", "para", "agar", "seperti", "saat", "secara", "menjadi", "mereka", "kami", "kita", "saya", "ia", "dia", "anda", "namun", "tetapi", "tapi", "serta", "hingga", "sampai", "bagi", "antara", "tentang", "terhadap", "jika", "kalau", "ketika", "setelah", "sebelum", "masih", "sangat", "hanya", "pun", "lagi", "baru", "lain", "lainnya", "sejumlah", "beberapa", "berbagai", "seluruh", "semua", "setiap", "banyak", "sebuah", "seorang", "satu", "dua", "tiga", "begitu", "meskipun", "walaupun", "bagaimana", "mengapa", "apa", "siapa", "kapan", "dimana", "mana", "yakni", "yaitu", "tengah", "terkait", "seputar", "melalui", "sedang", "merupakan", "kata", "ujar", "katanya", "ujarnya", "menurut", "nya", "pula", "lalu", "kemudian", "tak", "belum", "bukan", "sendiri", "sejak", "selama", "kini", "sekarang", "hal", "cara", "salah", "tahun", "hari", "bulan", "orang", "pihak", "sebut", "demikian", "maka", "sehingga", "bahkan", "the", "of", "and", "to", "in", "a", "is", "for", "on", "that", "with", "mungkin", "segera", "kembali")
