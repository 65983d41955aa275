package analyze

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/normalize"
	"github.com/telaah/telaah/sentiment"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

// SchemaVersion is the version of the Document JSON schema, written in its "schema" field. It
// changes when a field is removed or changes meaning; new fields may be added within a version.
const SchemaVersion = 1

// Errors returned by the package.
var (
	ErrTooLarge     = errors.New("analyze: document too large")
	ErrInternal     = errors.New("analyze: internal error")
	ErrUnknownStage = errors.New("analyze: unknown stage")
	ErrNoStages     = errors.New("analyze: no stages")
)

// Document is the analysis of one text. All offsets are byte offsets into that text. Fields of
// stages that were switched off are nil and left out of the JSON; a stage that ran and found
// nothing gives an empty list. See the package documentation for the JSON schema.
type Document struct {
	Schema    int             `json:"schema"`
	Stages    []string        `json:"stages"`
	Stats     Stats           `json:"stats"`
	Language  *LanguageGuess  `json:"language,omitzero"`
	Sentiment *DocSentiment   `json:"sentiment,omitzero"`
	Entities  []entity.Entity `json:"entities,omitzero"`
	Terms     []entity.Term   `json:"terms,omitzero"`
	Sentences []Sentence      `json:"sentences,omitzero"`
	Tokens    []Token         `json:"tokens,omitzero"`
}

// Stats are basic counts of a document.
type Stats struct {
	Bytes       int `json:"bytes"`
	Runes       int `json:"runes"`        // code points; each invalid byte counts as one
	InvalidUTF8 int `json:"invalid_utf8"` // bytes that are not valid UTF-8
	Tokens      int `json:"tokens"`
	Words       int `json:"words"`     // tokens of kind "word"
	Stopwords   int `json:"stopwords"` // word tokens that are stopwords (0 when the stage is off)
	Sentences   int `json:"sentences"` // 0 when the sentences stage is off
}

// Sentence is one sentence.
type Sentence struct {
	Start     int                `json:"start"`
	End       int                `json:"end"`
	Text      string             `json:"text,omitempty"`
	Sentiment *SentenceSentiment `json:"sentiment,omitzero"`
}

// SentenceSentiment is the sentiment of one sentence.
type SentenceSentiment struct {
	Score float64         `json:"score"`
	Label sentiment.Label `json:"label"`
}

// Token is one token with what the word stages found. Norm, Stem and Stop are set for word
// tokens only, when their stage is on.
type Token struct {
	Text  string        `json:"text"`
	Start int           `json:"start"`
	End   int           `json:"end"`
	Kind  tokenize.Kind `json:"kind"`
	Norm  string        `json:"norm,omitempty"`
	Stem  string        `json:"stem,omitempty"`
	Stop  bool          `json:"stop,omitempty"`
}

// DocSentiment is the sentiment of the whole document.
type DocSentiment struct {
	Label    sentiment.Label `json:"label"`
	Score    float64         `json:"score"` // compound score in [-1, 1]
	Positive float64         `json:"positive"`
	Neutral  float64         `json:"neutral"`
	Negative float64         `json:"negative"`
	Cues     []sentiment.Cue `json:"cues"`
}

// Analyzer runs the stages of telaah over texts. Build it once with New and reuse it: it is
// safe for concurrent use by multiple goroutines.
type Analyzer struct {
	cfg    config
	stages []string
	// Set when the recognizer or scorer can reuse the Analyzer's tokens and sentences.
	tokRecognizer tokenRecognizer
	tokScorer     tokenScorer
	words         *wordCache // nil when a word stage is a caller's implementation
	// wordScorer is the package's Scorer when the word cache keeps what it knows of each word
	// (a sentiment.Word), so that scoring skips its own look-ups; nil otherwise.
	wordScorer *sentiment.Scorer
	// wordRecognizer is the same for the package's Recognizer (an entity.Word).
	wordRecognizer *entity.Recognizer
}

// tokenRecognizer is a Recognizer that accepts tokens and sentences made by package tokenize
// (*entity.Recognizer is one), so the text is tokenized once.
type tokenRecognizer interface {
	ExtractTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence) entity.Result
}

// tokenScorer is a Scorer that accepts tokens and sentences made by package tokenize
// (*sentiment.Scorer is one).
type tokenScorer interface {
	ScoreTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence) sentiment.Result
}

// scratch holds per-call buffers, reused through a pool.
type scratch struct {
	toks  []tokenize.Token
	sents []tokenize.Sentence
	words []sentiment.Word // what wordScorer knows of each token, from the word cache
	ents  []entity.Word    // what wordRecognizer knows of each token, from the word cache
}

// docBlock lets Analyze allocate a Document with its fixed-size parts at once; fullBlock adds
// the parts of the language and sentiment stages.
type docBlock struct {
	doc    Document
	stages [9]string
}

type fullBlock struct {
	docBlock
	lang LanguageGuess
	sent DocSentiment
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// New returns an Analyzer. Only the stages that are on are loaded.
func New(opts ...Option) (*Analyzer, error) {
	c := config{stages: AllStages, maxBytes: DefaultMaxBytes, sentText: true}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.stages&AllStages == 0 {
		return nil, ErrNoStages
	}
	c.stages &= AllStages
	if c.stages&(Normalize|Stem|Stopwords) != 0 {
		c.stages |= Tokens
	}
	// The default recognizer and scorer parse the largest data sets: load them on other
	// goroutines while this one loads the rest (sync.Once in each package keeps each load single).
	var wg sync.WaitGroup
	if c.stages&(Entities|Terms) != 0 && c.recognizer == nil {
		wg.Go(func() { entity.Default() })
	}
	if c.stages&Sentiment != 0 && c.scorer == nil {
		wg.Go(func() { sentiment.Default() })
	}
	if c.stages&Normalize != 0 && c.normalizer == nil {
		c.normalizer = normalize.Default()
	}
	if c.stages&Stem != 0 && c.stemmer == nil {
		c.stemmer = stem.Default()
	}
	if c.stages&Stopwords != 0 && c.stopwords == nil {
		c.stopwords = stopword.Default()
	}
	if c.stages&(Entities|Terms) != 0 && c.recognizer == nil {
		c.recognizer = entity.Default()
	}
	if c.stages&Sentiment != 0 && c.scorer == nil {
		c.scorer = sentiment.Default()
	}
	wg.Wait()
	a := &Analyzer{cfg: c}
	a.words = newWordCache(&a.cfg)
	if tr, ok := c.recognizer.(tokenRecognizer); ok {
		a.tokRecognizer = tr
	}
	if ts, ok := c.scorer.(tokenScorer); ok {
		a.tokScorer = ts
	}
	if ws, ok := c.scorer.(*sentiment.Scorer); ok && a.words != nil && c.stages&Sentiment != 0 {
		a.wordScorer = ws
	}
	if wr, ok := c.recognizer.(*entity.Recognizer); ok && wr != nil && a.words != nil && c.stages&(Entities|Terms) != 0 {
		a.wordRecognizer = wr
	}
	for _, n := range stageNames {
		if c.stages&n.s != 0 {
			a.stages = append(a.stages, n.name)
		}
	}
	return a, nil
}

// Stages returns the stages the Analyzer runs.
func (a *Analyzer) Stages() Stage { return a.cfg.stages }

// MaxBytes returns the document size limit (0: none).
func (a *Analyzer) MaxBytes() int { return max(a.cfg.maxBytes, 0) }

// Analyze analyses text. It returns an error wrapping ErrTooLarge when text is over the size
// limit, the context's error when ctx is done (checked between stages), and an error wrapping
// ErrInternal if a stage fails unexpectedly. Any text, including invalid UTF-8, NUL bytes and
// the empty string, is accepted.
func (a *Analyzer) Analyze(ctx context.Context, text string) (doc *Document, err error) {
	if a.cfg.maxBytes > 0 && len(text) > a.cfg.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, len(text), a.cfg.maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	stage := "tokens"
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: stage %s: %v", ErrInternal, stage, r)
		}
	}()
	c := &a.cfg
	var blk *docBlock
	var lang *LanguageGuess
	var sent *DocSentiment
	if c.stages&(Language|Sentiment) != 0 {
		full := &fullBlock{}
		blk, lang, sent = &full.docBlock, &full.lang, &full.sent
	} else {
		blk = &docBlock{}
	}
	doc = &blk.doc
	doc.Schema = SchemaVersion
	doc.Stages = blk.stages[:copy(blk.stages[:], a.stages):len(a.stages)]
	doc.Stats.Bytes = len(text)
	doc.Stats.Runes, doc.Stats.InvalidUTF8 = countRunes(text)

	// The recognizer and the scorer reuse the tokens and sentences when they can.
	useEnt := c.stages&(Entities|Terms) != 0
	useSent := c.stages&Sentiment != 0
	shareToks := (useEnt && a.tokRecognizer != nil) || (useSent && a.tokScorer != nil)
	sc := scratchPool.Get().(*scratch)
	defer func() {
		if cap(sc.toks) <= 1<<16 && cap(sc.sents) <= 1<<14 {
			clear(sc.toks) // the tokens hold the text
			sc.toks, sc.sents, sc.words, sc.ents = sc.toks[:0], sc.sents[:0], sc.words[:0], sc.ents[:0]
			scratchPool.Put(sc)
		}
	}()
	var spans []tokenize.Sentence
	if c.stages&Sentences != 0 || shareToks {
		// one pass over the text gives the tokens and the sentences
		sc.toks, sc.sents = tokenize.AppendTokensAndSentences(sc.toks[:0], sc.sents[:0], text)
		spans = sc.sents
	} else {
		it := tokenize.NewIterator(text)
		for it.Next() {
			sc.toks = append(sc.toks, it.Token())
		}
	}
	if c.stages&Language != 0 {
		doc.Language = lang
	}
	a.tokens(doc, sc)

	if c.stages&Sentences != 0 {
		doc.Sentences = make([]Sentence, 0, len(spans))
		for _, s := range spans {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				continue
			}
			ss := Sentence{Start: s.Start, End: s.End}
			if c.sentText {
				ss.Text = text[s.Start:s.End]
			}
			doc.Sentences = append(doc.Sentences, ss)
		}
		doc.Stats.Sentences = len(doc.Sentences)
	}
	if useEnt {
		stage = "entities"
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var res entity.Result
		if a.wordRecognizer != nil && len(sc.ents) == len(sc.toks) {
			res = a.wordRecognizer.ExtractWords(text, sc.toks, spans, sc.ents)
		} else if a.tokRecognizer != nil {
			res = a.tokRecognizer.ExtractTokens(text, sc.toks, spans)
		} else {
			res = c.recognizer.Extract(text)
		}
		if c.stages&Entities != 0 {
			doc.Entities = res.Entities
			if doc.Entities == nil {
				doc.Entities = []entity.Entity{}
			}
		}
		if c.stages&Terms != 0 {
			doc.Terms = res.Terms
			if doc.Terms == nil {
				doc.Terms = []entity.Term{}
			}
			for i := range doc.Terms {
				doc.Terms[i].Score = finite(doc.Terms[i].Score)
			}
		}
	}
	if useSent {
		stage = "sentiment"
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc.Sentiment = sent
		if a.wordScorer != nil && len(sc.words) == len(sc.toks) {
			a.sentiment(doc, a.wordScorer.ScoreWords(text, sc.toks, spans, sc.words))
		} else if a.tokScorer != nil {
			a.sentiment(doc, a.tokScorer.ScoreTokens(text, sc.toks, spans))
		} else {
			a.sentiment(doc, c.scorer.Score(text))
		}
	}
	return doc, nil
}

// tokens counts the tokens, feeds the language check and builds the token list of doc at its
// exact size. It fills doc.Language when the check is on, and sc.words, one per token, when
// a.wordScorer is set, and sc.ents when a.wordRecognizer is.
func (a *Analyzer) tokens(doc *Document, sc *scratch) {
	toks := sc.toks
	c := &a.cfg
	var lang langCounts
	useLang := c.stages&Language != 0
	doc.Stats.Tokens = len(toks)
	defer func() {
		if useLang {
			g := lang.guess()
			if doc.Language != nil {
				*doc.Language = g
			} else {
				doc.Language = &g
			}
		}
	}()
	if c.stages&Tokens == 0 {
		for i := range toks {
			if toks[i].Kind == tokenize.Word {
				doc.Stats.Words++
				if useLang {
					lang.add(toks[i].Text)
				}
			}
		}
		return
	}
	doc.Tokens = make([]Token, len(toks))
	wc := a.words
	var words []sentiment.Word
	if a.wordScorer != nil {
		words = slices.Grow(sc.words[:0], len(toks))[:len(toks)]
		clear(words) // a zero Word is looked up by the scorer itself
		sc.words = words
	}
	var ents []entity.Word
	if a.wordRecognizer != nil {
		ents = slices.Grow(sc.ents[:0], len(toks))[:len(toks)]
		clear(ents) // and by the recognizer
		sc.ents = ents
	}
	for i := range toks {
		tt := &toks[i]
		t := &doc.Tokens[i]
		t.Text, t.Start, t.End, t.Kind = tt.Text, tt.Start, tt.End, tt.Kind
		if t.Kind != tokenize.Word {
			continue
		}
		doc.Stats.Words++
		if wc != nil && len(t.Text) <= maxCachedWord {
			e := wc.get(a, t.Text)
			t.Norm, t.Stem, t.Stop = e.norm, e.stem, e.stop
			if words != nil {
				words[i] = e.sent
			}
			if ents != nil {
				ents[i] = e.ent
			}
			if e.stop {
				doc.Stats.Stopwords++
			}
			if useLang {
				lang.addClass(e.lang)
			}
			continue
		}
		if useLang {
			lang.add(t.Text)
		}
		form := ""
		if c.normalizer != nil {
			t.Norm = c.normalizer.Token(t.Text)
			form = t.Norm
		} else if c.stemmer != nil || c.stopwords != nil {
			form = strings.ToLower(t.Text)
		}
		if c.stemmer != nil {
			t.Stem = c.stemmer.Stem(form)
		}
		if c.stopwords != nil && c.stopwords.Contains(form) {
			t.Stop = true
			doc.Stats.Stopwords++
		}
	}
}

// sentiment copies a sentiment result into doc, attaching each sentence score to the document
// sentence it overlaps most.
func (a *Analyzer) sentiment(doc *Document, r sentiment.Result) {
	ds := doc.Sentiment
	if ds == nil {
		ds = new(DocSentiment)
	}
	*ds = DocSentiment{
		Label: r.Label, Score: finite(r.Score),
		Positive: finite(r.Positive), Neutral: finite(r.Neutral), Negative: finite(r.Negative),
		Cues: r.Cues,
	}
	if ds.Cues == nil {
		ds.Cues = []sentiment.Cue{}
	}
	for i := range ds.Cues {
		ds.Cues[i].Value = finite(ds.Cues[i].Value)
	}
	doc.Sentiment = ds
	var scores []SentenceSentiment // one allocation for the sentence scores
	j := 0
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		for j < len(r.Sentences) && r.Sentences[j].End <= s.Start {
			j++
		}
		best, bestOverlap := -1, 0
		for k := j; k < len(r.Sentences) && r.Sentences[k].Start < s.End; k++ {
			if o := min(s.End, r.Sentences[k].End) - max(s.Start, r.Sentences[k].Start); o > bestOverlap {
				best, bestOverlap = k, o
			}
		}
		if best >= 0 {
			if scores == nil {
				scores = make([]SentenceSentiment, len(doc.Sentences)-i)
			}
			ss := &scores[len(scores)-(len(doc.Sentences)-i)]
			*ss = SentenceSentiment{Score: finite(r.Sentences[best].Score), Label: r.Sentences[best].Label}
			s.Sentiment = ss
		}
	}
}

// countRunes returns the number of code points in s, counting each invalid byte as one, and the
// number of invalid bytes.
func countRunes(s string) (runes, invalid int) {
	if utf8.ValidString(s) {
		return countValidRunes(s), 0
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			runes++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		i += size
		runes++
	}
	return runes, invalid
}

// countValidRunes returns the number of code points in s, which is valid UTF-8: the number of
// bytes that are not continuation bytes (10xxxxxx), counted eight at a time. It is
// utf8.RuneCountInString without the decoding, which valid text does not need.
func countValidRunes(s string) int {
	const high = 0x8080808080808080
	cont := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		// bit 7 of a byte set, bit 6 clear: shifting x left by one brings bit 6 under bit 7
		cont += bits.OnesCount64(x &^ (x << 1) & high)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// finite maps NaN and infinities to 0 so that a Document always marshals.
func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
