package entity

import (
	"bufio"
	"encoding/binary"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/tokenize"
)

// Model is a trained averaged-perceptron BIO tagger. Its features are Indonesian word shapes,
// affixes, stems (from stem), gazetteer hits, cue words, neighbouring words and the tags the
// rules give, so it learns on top of the rules. A Model is immutable and safe for concurrent use.
type Model struct {
	tags    []string // tag names; 0 is "O"
	types   []Type   // entity type of tag i (empty for O)
	begin   []bool   // tag i is a B- tag
	weights map[uint64][]float32
}

// modelMagic and modelVersion head a saved model.
const (
	modelMagic   = "telaah-entity-model"
	modelVersion = 1
)

// TrainOption configures Train.
type TrainOption func(*trainConfig)

type trainConfig struct {
	runs   int
	epochs int
	seed   int64
	rec    *Recognizer
}

// WithEpochs sets the number of passes over the data (default 12).
func WithEpochs(n int) TrainOption { return func(c *trainConfig) { c.epochs = n } }

// WithRuns sets how many perceptrons, each seeing the data in another order, are trained and
// averaged (default 3): more runs give a steadier model for a little more time.
func WithRuns(n int) TrainOption { return func(c *trainConfig) { c.runs = n } }

// WithSeed sets the seed of the shuffling between passes (default 1).
func WithSeed(s int64) TrainOption { return func(c *trainConfig) { c.seed = s } }

// WithRules sets the Recognizer whose rules and gazetteers give features (default: Default()).
// Use the same gazetteers when the model is used.
func WithRules(r *Recognizer) TrainOption { return func(c *trainConfig) { c.rec = r } }

// Train learns a tagger from BIO-tagged sentences (see ReadCoNLL).
func Train(sents []TaggedSentence, opts ...TrainOption) (*Model, error) {
	c := trainConfig{epochs: 12, seed: 1, runs: 3}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.rec == nil {
		c.rec = Default()
	}
	if c.epochs < 1 {
		c.epochs = 1
	}
	m := &Model{weights: map[uint64][]float32{}}
	tagID := map[string]int{"O": 0}
	m.tags = []string{"O"}
	m.types = []Type{""}
	m.begin = []bool{false}
	addTag := func(t string) {
		if _, ok := tagID[t]; ok {
			return
		}
		tagID[t] = len(m.tags)
		m.tags = append(m.tags, t)
		m.types = append(m.types, Type(t[2:]))
		m.begin = append(m.begin, t[0] == 'B')
	}
	// prepare the feature sequences once
	var data []sample
	for _, s := range sents {
		if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Tags) {
			continue
		}
		for _, t := range s.Tags {
			if t != "O" {
				typ := t[2:]
				addTag("B-" + typ)
				addTag("I-" + typ)
			}
		}
		// train on the tokens the tokenizer gives at run time, with the gold spans projected
		text, _ := s.Text()
		toks := tokenize.Tokens(text)
		d := newDoc(c.rec, text, toks, tokenize.Sentences(text), nil)
		tags := projectTags(d, s.Gold())
		rule := d.ruleTags(d.ruleSegments())
		sm := sample{feats: make([][]uint64, len(d.toks)), gold: make([]int, len(d.toks))}
		fx := newFeaturizer(d, rule)
		for i := range d.toks {
			sm.feats[i] = fx.static(i, nil)
			sm.gold[i] = tagID[tags[i]]
		}
		data = append(data, sm)
	}
	if len(data) == 0 {
		return nil, ErrNoData
	}
	nt := len(m.tags)
	runs := max(c.runs, 1)
	sum := map[uint64][]float64{}
	for run := 0; run < runs; run++ {
		W := trainRun(m, data, nt, c.epochs, c.seed+int64(run))
		for f, ws := range W {
			acc := sum[f]
			if acc == nil {
				acc = make([]float64, nt)
				sum[f] = acc
			}
			for t, v := range ws {
				acc[t] += v / float64(runs)
			}
		}
	}
	for f, acc := range sum {
		ws := make([]float32, nt)
		nz := false
		for t, v := range acc {
			ws[t] = float32(v)
			if ws[t] != 0 {
				nz = true
			}
		}
		if nz {
			m.weights[f] = ws
		}
	}
	return m, nil
}

// sample is one training sentence: the static features of each token and the gold tags.
type sample struct {
	feats [][]uint64
	gold  []int
}

// trainRun runs the averaged perceptron over data with one shuffling seed and returns the
// averaged weights.
func trainRun(m *Model, data []sample, nt, epochs int, seed int64) map[uint64][]float64 {
	type acc struct {
		w, total []float64
		stamp    []int
	}
	W := map[uint64]*acc{}
	get := func(f uint64) *acc {
		a := W[f]
		if a == nil {
			a = &acc{w: make([]float64, nt), total: make([]float64, nt), stamp: make([]int, nt)}
			W[f] = a
		}
		return a
	}
	step := 0
	update := func(f uint64, t int, v float64) {
		a := get(f)
		a.total[t] += float64(step-a.stamp[t]) * a.w[t]
		a.stamp[t] = step
		a.w[t] += v
	}
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	addW := func(f uint64, sc []float64) {
		if a := W[f]; a != nil {
			for t, v := range a.w {
				sc[t] += v
			}
		}
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			sm := data[si]
			step++
			pred := m.viterbi(sm.feats, addW)
			gp, pp := -1, -1
			for i := range sm.feats {
				g, p := sm.gold[i], pred[i]
				if g != p || gp != pp {
					if g != p {
						for _, f := range sm.feats[i] {
							update(f, g, 1)
							update(f, p, -1)
						}
					}
					for _, f := range dynFeats(sm.feats[i], gp) {
						update(f, g, 1)
					}
					for _, f := range dynFeats(sm.feats[i], pp) {
						update(f, p, -1)
					}
				}
				gp, pp = g, p
			}
		}
	}
	// average over all steps
	out := make(map[uint64][]float64, len(W))
	for f, a := range W {
		ws := make([]float64, nt)
		for t := range ws {
			ws[t] = (a.total[t] + float64(step-a.stamp[t])*a.w[t]) / float64(step)
		}
		out[f] = ws
	}
	return out
}

// Save writes the model in a versioned binary form.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(modelMagic); err != nil {
		return err
	}
	var buf [8]byte
	put32 := func(v uint32) error {
		binary.LittleEndian.PutUint32(buf[:4], v)
		_, err := bw.Write(buf[:4])
		return err
	}
	if err := put32(modelVersion); err != nil {
		return err
	}
	if err := put32(uint32(len(m.tags))); err != nil {
		return err
	}
	for _, t := range m.tags {
		if err := put32(uint32(len(t))); err != nil {
			return err
		}
		if _, err := bw.WriteString(t); err != nil {
			return err
		}
	}
	keys := make([]uint64, 0, len(m.weights))
	for k := range m.weights {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	if err := put32(uint32(len(keys))); err != nil {
		return err
	}
	for _, k := range keys {
		binary.LittleEndian.PutUint64(buf[:], k)
		if _, err := bw.Write(buf[:]); err != nil {
			return err
		}
		for _, v := range m.weights[k] {
			if err := put32(math.Float32bits(v)); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// Load reads a model written by Save. It returns ErrModelVersion for a model of another
// version and ErrBadModel for anything else it cannot decode.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != modelMagic {
		return nil, ErrBadModel
	}
	var buf [8]byte
	get32 := func() (uint32, error) {
		if _, err := io.ReadFull(br, buf[:4]); err != nil {
			return 0, ErrBadModel
		}
		return binary.LittleEndian.Uint32(buf[:4]), nil
	}
	v, err := get32()
	if err != nil {
		return nil, err
	}
	if v != modelVersion {
		return nil, ErrModelVersion
	}
	nt, err := get32()
	if err != nil || nt == 0 || nt > 1024 {
		return nil, ErrBadModel
	}
	m := &Model{weights: map[uint64][]float32{}}
	for i := 0; i < int(nt); i++ {
		l, err := get32()
		if err != nil || l > 64 {
			return nil, ErrBadModel
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, ErrBadModel
		}
		t := string(b)
		if i == 0 {
			if t != "O" {
				return nil, ErrBadModel
			}
			m.tags, m.types, m.begin = append(m.tags, t), append(m.types, ""), append(m.begin, false)
			continue
		}
		if len(t) < 3 || t[1] != '-' || t[0] != 'B' && t[0] != 'I' {
			return nil, ErrBadModel
		}
		m.tags, m.types, m.begin = append(m.tags, t), append(m.types, Type(t[2:])), append(m.begin, t[0] == 'B')
	}
	nf, err := get32()
	if err != nil {
		return nil, err
	}
	for i := 0; i < int(nf); i++ {
		if _, err := io.ReadFull(br, buf[:]); err != nil {
			return nil, ErrBadModel
		}
		k := binary.LittleEndian.Uint64(buf[:])
		ws := make([]float32, nt)
		for t := range ws {
			u, err := get32()
			if err != nil {
				return nil, err
			}
			ws[t] = math.Float32frombits(u)
		}
		m.weights[k] = ws
	}
	return m, nil
}

// Tags returns the tags the model predicts.
func (m *Model) Tags() []string { return append([]string(nil), m.tags...) }

// ruleTags turns rule segments into per-token tag codes for features.
func (d *doc) ruleTags(segs []segment) []string {
	tags := make([]string, len(d.toks))
	for _, s := range segs {
		ev := string(rune('0' + min(max(s.ev, 0), 9)))
		for k := s.a; k <= s.b && k < len(tags); k++ {
			if k == s.a {
				tags[k] = "B-" + string(s.typ) + ev
			} else {
				tags[k] = "I-" + string(s.typ) + ev
			}
		}
	}
	return tags
}

// modelSegments tags the document sentence by sentence.
func (d *doc) modelSegments(ruleSegs []segment) []segment {
	m := d.r.model
	rule := d.ruleTags(ruleSegs)
	fx := newFeaturizer(d, rule)
	var out []segment
	addW := func(f uint64, sc []float64) {
		if ws, ok := m.weights[f]; ok {
			for t, v := range ws {
				sc[t] += float64(v)
			}
		}
	}
	open := -1
	prev := 0
	closeSeg := func(end int) {
		if open >= 0 && m.types[prev] != "" {
			a := open
			// an ordinary word that opens the sentence is not part of the name (Makasih
			// TokoRiang), nor a name alone (Paket)
			for a <= end && m.types[prev] == PER && d.commonWord(a) {
				a++
			}
			if a <= end {
				out = append(out, segment{a: a, b: end, typ: m.types[prev], ev: evGaz + 1})
			}
		}
		open = -1
	}
	var feats [][]uint64
	for start := 0; start < len(d.toks); {
		end := start + 1
		for end < len(d.toks) && d.toks[end].sent == d.toks[start].sent {
			end++
		}
		feats = feats[:0]
		for i := start; i < end; i++ {
			feats = append(feats, fx.static(i, nil))
		}
		tags := m.viterbi(feats, addW)
		prev = 0
		for k, t := range tags {
			i := start + k
			if t == 0 || m.begin[t] {
				closeSeg(i - 1)
			}
			if t != 0 && m.begin[t] {
				open = i
			}
			prev = t
		}
		closeSeg(end - 1)
		start = end
	}
	return out
}

// mergeModel puts the model's names first and keeps the rule names found through gazetteers and
// cue words that do not overlap them.
func (d *doc) mergeModel(ruleSegs []segment) []segment {
	ms := d.modelSegments(ruleSegs)
	if !d.r.rules {
		return ms
	}
	taken := make([]bool, len(d.toks))
	for _, s := range ms {
		for k := s.a; k <= s.b; k++ {
			taken[k] = true
		}
	}
	for _, s := range ruleSegs {
		if s.ev < evCue {
			continue // the model has seen these words and said no
		}
		free := true
		for k := s.a; k <= s.b; k++ {
			if taken[k] {
				free = false
				break
			}
		}
		if free {
			ms = append(ms, s)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
	return ms
}

// featurizer computes the features of tokens of one document.
type featurizer struct {
	d    *doc
	rule []string
	gaz  []string
	ctry []string // "place" or "actor" for the words of a country's name
}

func newFeaturizer(d *doc, rule []string) *featurizer {
	fx := &featurizer{d: d, rule: rule, gaz: make([]string, len(d.toks)), ctry: make([]string, len(d.toks))}
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].upper && d.toks[i].cls != clsUpper {
			continue
		}
		if g, ok := d.gazAt(i, min(i+10, len(d.toks)-1)); ok {
			role := ""
			if g.country {
				// a country after a preposition names a place; before or after a noun it
				// is an actor or a modifier (pemerintah Indonesia), not annotated as LOC
				role = "actor"
				if d.placeContext(g.a) {
					role = "place"
				}
			}
			for k := g.a; k <= g.b; k++ {
				if k == g.a {
					fx.gaz[k] = "B-" + string(g.typ)
				} else {
					fx.gaz[k] = "I-" + string(g.typ)
				}
				fx.ctry[k] = role
			}
			i = g.b
		}
	}
	return fx
}

// Feature hashing: FNV-1a over a template number and strings.
const (
	fnvOff   = 14695981039346656037
	fnvPrime = 1099511628211
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func feat(tpl byte, parts ...string) uint64 {
	h := uint64(fnvOff)
	h ^= uint64(tpl)
	h *= fnvPrime
	for _, p := range parts {
		h = hstr(h, p)
		h ^= 0xff
		h *= fnvPrime
	}
	return h
}

func shape(s string) string {
	var b [8]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r >= 0x80:
			c = 'u'
		default:
			c = byte(r)
			if r > 0x7f {
				c = '?'
			}
		}
		if c != last && n < len(b) {
			b[n] = c
			n++
		}
		last = c
	}
	return string(b[:n])
}

func (fx *featurizer) word(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(fx.d.toks) {
		return "</s>"
	}
	return strings.ToLower(fx.d.str(i))
}

// static returns the features of token i that do not depend on predicted tags.
func (fx *featurizer) static(i int, out []uint64) []uint64 {
	d := fx.d
	w := d.str(i)
	lw := strings.ToLower(w)
	sameSent := func(k int) bool { return k >= 0 && k < len(d.toks) && d.toks[k].sent == d.toks[i].sent }
	wk := func(k int) string {
		if !sameSent(k) {
			if k < i {
				return "<s>"
			}
			return "</s>"
		}
		return fx.word(k)
	}
	sh := shape(w)
	out = append(out, feat(0), feat(1, lw), feat(2, sh), feat(3, wk(i-1)), feat(4, wk(i+1)), feat(5, wk(i-2)), feat(6, wk(i+2)),
		feat(7, wk(i-1), lw), feat(8, lw, wk(i+1)))
	n := utf8.RuneCountInString(lw)
	for k := 1; k <= 4 && k < n; k++ {
		out = append(out, feat(9, lw[:prefixLen(lw, k)]), feat(10, lw[len(lw)-suffixLen(lw, k):]))
	}
	if n > 3 && d.toks[i].cls == clsLower || n > 3 && d.toks[i].cls == clsCap {
		out = append(out, feat(11, stem.Stem(lw)))
	}
	for k := -1; k <= 1; k += 2 {
		if sameSent(i + k) {
			sk := shape(d.str(i + k))
			out = append(out, feat(12, string(rune('1'+k)), sk), feat(20, string(rune('1'+k)), sk, sh))
		}
	}
	if d.toks[i].init {
		out = append(out, feat(13, "init"), feat(13, "init", sh))
	}
	if d.toks[i].head {
		out = append(out, feat(13, "head"))
	}
	if fx.ctry[i] != "" {
		out = append(out, feat(22, fx.ctry[i]))
	}
	rt := fx.rule[i]
	out = append(out, feat(14, rt), feat(15, fx.gaz[i]))
	if rt != "" {
		out = append(out, feat(21, rt[:len(rt)-1]))
	}
	if sameSent(i - 1) {
		out = append(out, feat(14, "p", fx.rule[i-1]), feat(15, "p", fx.gaz[i-1]))
	}
	if sameSent(i + 1) {
		out = append(out, feat(14, "n", fx.rule[i+1]), feat(15, "n", fx.gaz[i+1]))
	}
	cue := func(tpl byte, k int) {
		if !sameSent(k) {
			return
		}
		switch {
		case d.is(k, lxPerTitle):
			out = append(out, feat(tpl, "title"))
		case d.is(k, lxOrgCue):
			out = append(out, feat(tpl, "org"))
		case d.is(k, lxLocCue):
			out = append(out, feat(tpl, "loc"))
		case d.is(k, lxPerContext):
			out = append(out, feat(tpl, "perctx"))
		case d.is(k, lxLocPrep):
			out = append(out, feat(tpl, "locprep"))
		case d.is(k, lxSpeechAfter):
			out = append(out, feat(tpl, "speech"))
		}
	}
	cue(16, i-1)
	cue(17, i)
	cue(18, i+1)
	if isGivenName(lw) {
		out = append(out, feat(19, "given"))
	}
	if (d.toks[i].cls == clsCap || d.toks[i].cls == clsUpper) && inDictionary(lw) {
		out = append(out, feat(19, "dict"), feat(19, "dict", sh))
	}
	if isCommon(lw) || d.r.stop.Contains(lw) {
		out = append(out, feat(19, "common"))
	}
	if isNoName(w) {
		out = append(out, feat(19, "noname"))
	}
	if d.toks[i].pat {
		out = append(out, feat(19, "pattern"))
	}
	return out
}

func prefixLen(s string, k int) int {
	n := 0
	for i := range s {
		if n == k {
			return i
		}
		n++
	}
	return len(s)
}

func suffixLen(s string, k int) int {
	n := 0
	i := len(s)
	for i > 0 && n < k {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
		n++
	}
	return len(s) - i
}

// dynFeats returns the features that join the previous tag p (-1 at the start) with the token.
func dynFeats(static []uint64, p int) [2]uint64 {
	x := uint64(p + 2)
	return [2]uint64{feat(30, string(rune('A'+p+1))), static[1] ^ x*0x9e3779b97f4a7c15}
}

// viterbi returns the best BIO-valid tag sequence under first-order transitions.
func (m *Model) viterbi(feats [][]uint64, addW func(uint64, []float64)) []int {
	n, nt := len(feats), len(m.tags)
	if n == 0 {
		return nil
	}
	static := make([]float64, nt)
	dyn := make([]float64, nt)
	delta := make([]float64, n*nt)
	back := make([]int, n*nt)
	neg := math.Inf(-1)
	for i := 0; i < n; i++ {
		for t := range static {
			static[t] = 0
		}
		for _, f := range feats[i] {
			addW(f, static)
		}
		for t := 0; t < nt; t++ {
			delta[i*nt+t] = neg
		}
		prevs := nt
		if i == 0 {
			prevs = 1
		}
		for pi := 0; pi < prevs; pi++ {
			p := pi
			base := 0.0
			if i == 0 {
				p = -1
			} else {
				base = delta[(i-1)*nt+p]
				if math.IsInf(base, -1) {
					continue
				}
			}
			for t := range dyn {
				dyn[t] = 0
			}
			for _, f := range dynFeats(feats[i], p) {
				addW(f, dyn)
			}
			for t := 0; t < nt; t++ {
				if t != 0 && !m.begin[t] && (p <= 0 || m.types[p] != m.types[t]) {
					continue
				}
				v := base + static[t] + dyn[t]
				if v > delta[i*nt+t] {
					delta[i*nt+t] = v
					back[i*nt+t] = p
				}
			}
		}
	}
	out := make([]int, n)
	bt, bv := 0, neg
	for t := 0; t < nt; t++ {
		if delta[(n-1)*nt+t] > bv {
			bt, bv = t, delta[(n-1)*nt+t]
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = bt
		bt = back[i*nt+bt]
	}
	return out
}

// projectTags gives each token the BIO tag of the gold span it overlaps.
func projectTags(d *doc, gold []TypedSpan) []string {
	tags := make([]string, len(d.toks))
	for i := range tags {
		tags[i] = "O"
	}
	for _, g := range gold {
		first := true
		for i, t := range d.toks {
			if t.e <= g.Span[0] || t.s >= g.Span[1] {
				continue
			}
			if first {
				tags[i] = "B-" + string(g.Type)
				first = false
			} else {
				tags[i] = "I-" + string(g.Type)
			}
		}
	}
	return tags
}
