package sentiment

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/telaah/telaah/tokenize"
)

// Sentinel errors of the classifier.
var (
	// ErrLabel is returned for a label other than positive, neutral or negative.
	ErrLabel = errors.New("sentiment: unknown label")
	// ErrNoExamples is returned when there is nothing to train on, or only one class.
	ErrNoExamples = errors.New("sentiment: need examples of at least two labels")
	// ErrModel is returned by Load for data that is not a model file.
	ErrModel = errors.New("sentiment: not a model file")
	// ErrVersion is returned by Load for a model file of another format version.
	ErrVersion = errors.New("sentiment: unsupported model version")
)

// Example is one labelled text.
type Example struct {
	Text  string
	Label Label
}

// ParseLabel returns the Label named by s ("positive", "neutral", "negative"; also "pos", "neu",
// "neg", any case).
func ParseLabel(s string) (Label, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "positive", "pos", "positif":
		return Positive, nil
	case "neutral", "neu", "netral":
		return Neutral, nil
	case "negative", "neg", "negatif":
		return Negative, nil
	}
	return "", fmt.Errorf("%w: %q", ErrLabel, s)
}

// ReadExamples reads labelled examples, one a line: text<TAB>label (the label after the last tab).
// Blank lines and lines starting with # are skipped.
func ReadExamples(r io.Reader) ([]Example, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var out []Example
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return nil, fmt.Errorf("%w: line %d: want text<TAB>label", ErrFormat, n)
		}
		l, err := ParseLabel(line[i+1:])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, Example{Text: line[:i], Label: l})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sentiment: reading examples: %w", err)
	}
	return out, nil
}

// TrainOption configures Train.
type TrainOption func(*trainConfig)

type trainConfig struct {
	seed    uint64
	epochs  int
	bits    int
	l2      float64
	rate    float64
	scorer  *Scorer
	lexFeat bool
	chars   bool
}

// WithSeed sets the seed of the example order (default 1). Training is deterministic for a seed.
func WithSeed(seed int64) TrainOption { return func(c *trainConfig) { c.seed = uint64(seed) } }

// WithEpochs sets the number of passes over the examples (default 12).
func WithEpochs(n int) TrainOption { return func(c *trainConfig) { c.epochs = n } }

// WithHashBits sets the size of the feature space to 2^bits (default 20, from 10 to 24).
func WithHashBits(bits int) TrainOption { return func(c *trainConfig) { c.bits = bits } }

// WithL2 sets the L2 regularization strength (default 1e-6 per example).
func WithL2(l2 float64) TrainOption { return func(c *trainConfig) { c.l2 = l2 } }

// WithLearningRate sets the AdaGrad learning rate (default 0.3).
func WithLearningRate(r float64) TrainOption { return func(c *trainConfig) { c.rate = r } }

// WithScorer sets the Scorer used for tokens' normal forms and stems and for the lexicon features
// (default Default()). A model loaded with Load uses Default().
func WithScorer(s *Scorer) TrainOption { return func(c *trainConfig) { c.scorer = s } }

// WithoutLexiconFeatures trains on words and characters only.
func WithoutLexiconFeatures() TrainOption { return func(c *trainConfig) { c.lexFeat = false } }

// Model is a trained classifier: multinomial logistic regression over hashed features (words,
// word bigrams, negation-marked words, character n-grams of stems, lexicon scores). A Model is
// safe for concurrent use by multiple goroutines.
type Model struct {
	labels  []Label
	bits    int
	lexFeat bool
	chars   bool
	w       []float32 // (1<<bits) * len(labels), feature-major
	scorer  *Scorer
}

// Labels returns the classes of m in their fixed order.
func (m *Model) Labels() []Label { return slices.Clone(m.labels) }

// featureBuf collects the hashed features of one text.
type featureBuf struct {
	idx []uint32
	val []float32
}

var featurePool = sync.Pool{New: func() any { return &featureBuf{} }}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint32, b byte) uint32 {
	h ^= uint32(b)
	h *= fnvPrime
	return h
}

// features appends the features of text to fb.
func featuresOf(s *Scorer, text string, bits int, lexFeat, chars bool, fb *featureBuf) {
	fb.idx, fb.val = fb.idx[:0], fb.val[:0]
	mask := uint32(1)<<bits - 1
	add := func(h uint32, v float32) {
		// final avalanche so that low bits are well mixed
		h ^= h >> 16
		h *= 0x85ebca6b
		h ^= h >> 13
		fb.idx = append(fb.idx, h&mask)
		fb.val = append(fb.val, v)
	}
	sc := getScratch()
	defer putScratch(sc)
	it := tokenize.NewIterator(text)
	prev := "<s>"
	neg := 0
	for it.Next() {
		w := it.Value()
		if classify(w) != cWord {
			if classify(w) == cBreak {
				neg = 0
				prev = "<p>"
				if strings.IndexByte(w, '!') >= 0 {
					add(hashStr(fnvOffset, "p!"), 1)
				}
				if strings.IndexByte(w, '?') >= 0 {
					add(hashStr(fnvOffset, "p?"), 1)
				}
			}
			continue
		}
		e := s.lookup(w, sc)
		key := e.norm
		add(hashStr(hashStr(fnvOffset, "w:"), key), 1)
		add(hashStr(hashByte(hashStr(hashStr(fnvOffset, "b:"), prev), '|'), key), 1)
		if neg > 0 {
			add(hashStr(hashStr(fnvOffset, "n:"), key), 1)
			neg--
		}
		if e.kind == modNegator {
			neg = 3
		}
		if e.stem != key {
			add(hashStr(hashStr(fnvOffset, "s:"), e.stem), 1)
		}
		if chars {
			st := e.stem
			n := len(st) + 2
			at := func(i int) byte {
				switch i {
				case 0:
					return '<'
				case n - 1:
					return '>'
				}
				return st[i-1]
			}
			for g := 3; g <= 5; g++ {
				for i := 0; i+g <= n; i++ {
					h := hashByte(hashStr(fnvOffset, "c:"), byte('0'+g))
					for k := i; k < i+g; k++ {
						h = hashByte(h, at(k))
					}
					add(h, 0.5)
				}
			}
		}
		prev = key
	}
	// L2-normalize the sparse part.
	ss := float32(0)
	for _, v := range fb.val {
		ss += v * v
	}
	if ss > 0 {
		inv := float32(1 / math.Sqrt(float64(ss)))
		for i := range fb.val {
			fb.val[i] *= inv
		}
	}
	if lexFeat {
		r := s.Score(text)
		c := float32(r.Score)
		add(hashStr(fnvOffset, "lex:score"), c)
		add(hashStr(fnvOffset, "lex:pos"), float32(r.Positive))
		add(hashStr(fnvOffset, "lex:neg"), float32(r.Negative))
		bin := int(math.Floor((r.Score + 1) * 5)) // 0..10
		add(hashByte(hashStr(fnvOffset, "lex:bin"), byte('a'+bin)), 1)
		add(hashStr(fnvOffset, "lex:"+string(r.Label)), 1)
		for _, cu := range r.Cues {
			sign := byte('+')
			if cu.Value < 0 {
				sign = '-'
			}
			add(hashStr(hashByte(hashStr(fnvOffset, "cue"), sign), cu.Lemma), 0.3)
		}
		add(hashStr(fnvOffset, "bias"), 1)
	} else {
		add(hashStr(fnvOffset, "bias"), 1)
	}
}

// Train fits a Model on examples. It is deterministic for a given seed and set of options.
func Train(examples []Example, opts ...TrainOption) (*Model, error) {
	c := trainConfig{seed: 1, epochs: 12, bits: 20, l2: 1e-6, rate: 0.3, lexFeat: true, chars: true}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.bits < 10 || c.bits > 24 {
		return nil, fmt.Errorf("sentiment: hash bits %d out of 10..24", c.bits)
	}
	if c.epochs < 1 {
		c.epochs = 1
	}
	if c.scorer == nil {
		c.scorer = Default()
	}
	// Classes in a fixed order.
	present := map[Label]bool{}
	for _, e := range examples {
		switch e.Label {
		case Positive, Neutral, Negative:
			present[e.Label] = true
		default:
			return nil, fmt.Errorf("%w: %q", ErrLabel, e.Label)
		}
	}
	var labels []Label
	for _, l := range []Label{Positive, Neutral, Negative} {
		if present[l] {
			labels = append(labels, l)
		}
	}
	if len(labels) < 2 {
		return nil, ErrNoExamples
	}
	k := len(labels)
	m := &Model{labels: labels, bits: c.bits, lexFeat: c.lexFeat, chars: c.chars, scorer: c.scorer}
	dim := 1 << c.bits
	m.w = make([]float32, dim*k)

	// Features of every example, once.
	type vec struct {
		idx []uint32
		val []float32
		y   int
	}
	data := make([]vec, len(examples))
	var fb featureBuf
	for i, e := range examples {
		featuresOf(c.scorer, e.Text, c.bits, c.lexFeat, c.chars, &fb)
		y := slices.Index(labels, e.Label)
		data[i] = vec{idx: slices.Clone(fb.idx), val: slices.Clone(fb.val), y: y}
	}

	// AdaGrad on the multinomial log-loss with L2 on the touched weights.
	g2 := make([]float32, dim*k)
	rng := rand.New(rand.NewPCG(c.seed, 0x7e1aa4))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	p := make([]float64, k)
	rate, l2 := float32(c.rate), float32(c.l2)
	for ep := 0; ep < c.epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, oi := range order {
			d := &data[oi]
			m.probs(d.idx, d.val, p)
			for j, f := range d.idx {
				x := d.val[j]
				base := int(f) * k
				for cl := 0; cl < k; cl++ {
					t := float32(0)
					if cl == d.y {
						t = 1
					}
					g := (float32(p[cl])-t)*x + l2*m.w[base+cl]
					g2[base+cl] += g * g
					m.w[base+cl] -= rate * g / (float32(math.Sqrt(float64(g2[base+cl]))) + 1e-6)
				}
			}
		}
	}
	return m, nil
}

// probs computes the class probabilities of one feature vector into p.
func (m *Model) probs(idx []uint32, val []float32, p []float64) {
	k := len(m.labels)
	for cl := range p {
		p[cl] = 0
	}
	for j, f := range idx {
		x := float64(val[j])
		base := int(f) * k
		for cl := 0; cl < k; cl++ {
			p[cl] += float64(m.w[base+cl]) * x
		}
	}
	mx := math.Inf(-1)
	for _, v := range p {
		mx = max(mx, v)
	}
	sum := 0.0
	for cl := range p {
		p[cl] = math.Exp(p[cl] - mx)
		sum += p[cl]
	}
	for cl := range p {
		p[cl] /= sum
	}
}

// Predict returns the most probable label of text and the probability of every label.
func (m *Model) Predict(text string) (Label, map[Label]float64) {
	fb := featurePool.Get().(*featureBuf)
	defer featurePool.Put(fb)
	featuresOf(m.scorer, text, m.bits, m.lexFeat, m.chars, fb)
	var pa [3]float64
	p := pa[:len(m.labels)]
	m.probs(fb.idx, fb.val, p)
	best := 0
	out := make(map[Label]float64, len(p))
	for i, v := range p {
		out[m.labels[i]] = v
		if v > p[best] {
			best = i
		}
	}
	return m.labels[best], out
}

// The model file: a text header line, then little-endian binary.
const (
	modelMagic   = "telaah-sentiment-model"
	modelVersion = 1
)

// Save writes m in the versioned model format: the header line "telaah-sentiment-model 1", then the
// labels, the options and the non-zero weights.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s %d\n", modelMagic, modelVersion)
	labels := make([]string, len(m.labels))
	for i, l := range m.labels {
		labels[i] = string(l)
	}
	flags := ""
	if m.lexFeat {
		flags += "lex,"
	}
	if m.chars {
		flags += "chars,"
	}
	fmt.Fprintf(bw, "labels=%s bits=%d flags=%s\n", strings.Join(labels, ","), m.bits, strings.TrimSuffix(flags, ","))
	k := len(m.labels)
	var nz uint32
	for f := 0; f < len(m.w)/k; f++ {
		for cl := 0; cl < k; cl++ {
			if m.w[f*k+cl] != 0 {
				nz++
				break
			}
		}
	}
	buf := make([]byte, 4+4*k)
	binary.LittleEndian.PutUint32(buf, nz)
	bw.Write(buf[:4])
	for f := 0; f < len(m.w)/k; f++ {
		row := m.w[f*k : f*k+k]
		if !slices.ContainsFunc(row, func(v float32) bool { return v != 0 }) {
			continue
		}
		binary.LittleEndian.PutUint32(buf, uint32(f))
		for cl, v := range row {
			binary.LittleEndian.PutUint32(buf[4+4*cl:], math.Float32bits(v))
		}
		if _, err := bw.Write(buf); err != nil {
			return fmt.Errorf("sentiment: saving model: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("sentiment: saving model: %w", err)
	}
	return nil
}

// Load reads a model written by Save. It returns ErrModel for data that is not a model and
// ErrVersion for a model of another format version. The loaded model uses Default() for its
// lexicon features.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	name, ver, ok := strings.Cut(strings.TrimSpace(head), " ")
	if !ok || name != modelMagic {
		return nil, ErrModel
	}
	if ver != fmt.Sprint(modelVersion) {
		return nil, fmt.Errorf("%w: %s (want %d)", ErrVersion, ver, modelVersion)
	}
	conf, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	m := &Model{scorer: Default()}
	for _, kv := range strings.Fields(conf) {
		key, val, _ := strings.Cut(kv, "=")
		switch key {
		case "labels":
			for _, s := range strings.Split(val, ",") {
				l, err := ParseLabel(s)
				if err != nil {
					return nil, fmt.Errorf("%w: %v", ErrModel, err)
				}
				m.labels = append(m.labels, l)
			}
		case "bits":
			if _, err := fmt.Sscan(val, &m.bits); err != nil {
				return nil, fmt.Errorf("%w: bits %q", ErrModel, val)
			}
		case "flags":
			for _, f := range strings.Split(val, ",") {
				switch f {
				case "lex":
					m.lexFeat = true
				case "chars":
					m.chars = true
				}
			}
		}
	}
	k := len(m.labels)
	if k < 2 || k > 3 || m.bits < 10 || m.bits > 24 {
		return nil, fmt.Errorf("%w: bad header %q", ErrModel, strings.TrimSpace(conf))
	}
	dim := 1 << m.bits
	m.w = make([]float32, dim*k)
	buf := make([]byte, 4+4*k)
	if _, err := io.ReadFull(br, buf[:4]); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	nz := binary.LittleEndian.Uint32(buf)
	if int64(nz) > int64(dim) {
		return nil, fmt.Errorf("%w: %d rows for %d features", ErrModel, nz, dim)
	}
	for i := uint32(0); i < nz; i++ {
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, fmt.Errorf("%w: truncated: %v", ErrModel, err)
		}
		f := binary.LittleEndian.Uint32(buf)
		if int(f) >= dim {
			return nil, fmt.Errorf("%w: feature %d out of range", ErrModel, f)
		}
		for cl := 0; cl < k; cl++ {
			m.w[int(f)*k+cl] = math.Float32frombits(binary.LittleEndian.Uint32(buf[4+4*cl:]))
		}
	}
	return m, nil
}
