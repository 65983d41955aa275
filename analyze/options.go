package analyze

import (
	"fmt"
	"strings"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/sentiment"
)

// Stage is a set of analysis stages, combined with |.
type Stage uint16

// The stages. Tokens are computed whenever a stage needs them; the "tokens" field of the
// Document is present when any of Tokens, Normalize, Stem or Stopwords is on.
const (
	Sentences Stage = 1 << iota // sentence spans
	Tokens                      // tokens with offsets and kinds
	Normalize                   // Token.Norm
	Stem                        // Token.Stem
	Stopwords                   // Token.Stop
	Entities                    // Document.Entities
	Terms                       // Document.Terms
	Sentiment                   // Document.Sentiment and Sentence.Sentiment
	Language                    // Document.Language

	// AllStages is every stage; it is the default.
	AllStages = Sentences | Tokens | Normalize | Stem | Stopwords | Entities | Terms | Sentiment | Language
)

var stageNames = []struct {
	s    Stage
	name string
}{
	{Sentences, "sentences"}, {Tokens, "tokens"}, {Normalize, "normalize"}, {Stem, "stem"},
	{Stopwords, "stopwords"}, {Entities, "entities"}, {Terms, "terms"}, {Sentiment, "sentiment"},
	{Language, "language"},
}

// String returns the stage names joined by "|".
func (s Stage) String() string {
	var names []string
	for _, n := range stageNames {
		if s&n.s != 0 {
			names = append(names, n.name)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "|")
}

// ParseStages parses a comma-separated list of stage names ("tokens,stem"); "all" is AllStages.
func ParseStages(list string) (Stage, error) {
	var s Stage
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(strings.ToLower(f))
		if f == "" {
			continue
		}
		if f == "all" {
			s |= AllStages
			continue
		}
		found := false
		for _, n := range stageNames {
			if n.name == f {
				s |= n.s
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("%w: %q", ErrUnknownStage, f)
		}
	}
	return s, nil
}

// Normalizer maps a token to its normal form; *normalize.Normalizer implements it.
type Normalizer interface{ Token(s string) string }

// Stemmer maps a word to its root; *stem.Stemmer implements it.
type Stemmer interface{ Stem(word string) string }

// StopwordSet reports whether a lower-case word is a stopword; *stopword.Set implements it.
type StopwordSet interface{ Contains(word string) bool }

// Recognizer finds entities and key terms; *entity.Recognizer implements it.
type Recognizer interface {
	Extract(text string) entity.Result
}

// Scorer scores sentiment; *sentiment.Scorer implements it.
type Scorer interface {
	Score(text string) sentiment.Result
}

// Option configures an Analyzer.
type Option func(*config)

type config struct {
	stages     Stage
	maxBytes   int
	normalizer Normalizer
	stemmer    Stemmer
	stopwords  StopwordSet
	recognizer Recognizer
	scorer     Scorer
	sentText   bool
}

// DefaultMaxBytes is the default document size limit (4 MiB). Analysing a document takes about
// 80 times its size in memory at its peak (a 15 MB document took 1.2 GB), so the default keeps
// one document under about 350 MB; raise it with WithMaxBytes for longer texts.
const DefaultMaxBytes = 4 << 20

// WithStages runs exactly the given stages (default AllStages).
func WithStages(s Stage) Option { return func(c *config) { c.stages = s } }

// Without switches the given stages off.
func Without(s Stage) Option { return func(c *config) { c.stages &^= s } }

// WithoutEntities switches off entities and key terms.
func WithoutEntities() Option { return Without(Entities | Terms) }

// WithoutSentiment switches off sentiment.
func WithoutSentiment() Option { return Without(Sentiment) }

// WithoutLanguage switches off the language check.
func WithoutLanguage() Option { return Without(Language) }

// WithMaxBytes sets the largest document Analyze accepts (default DefaultMaxBytes); n <= 0
// means no limit. A larger document is an error wrapping ErrTooLarge, never a truncation.
func WithMaxBytes(n int) Option { return func(c *config) { c.maxBytes = n } }

// WithSentenceText sets whether each Sentence carries its text (default true).
func WithSentenceText(on bool) Option { return func(c *config) { c.sentText = on } }

// WithNormalizer replaces normalize.Default().
func WithNormalizer(n Normalizer) Option { return func(c *config) { c.normalizer = n } }

// WithStemmer replaces stem.Default(), e.g. with a stem.New built with user words or exceptions.
func WithStemmer(s Stemmer) Option { return func(c *config) { c.stemmer = s } }

// WithStopwords replaces stopword.Default().
func WithStopwords(s StopwordSet) Option { return func(c *config) { c.stopwords = s } }

// WithRecognizer replaces entity.Default(), e.g. with a trained tagger.
func WithRecognizer(r Recognizer) Option { return func(c *config) { c.recognizer = r } }

// WithScorer replaces sentiment.Default(), e.g. with a trained classifier.
func WithScorer(s Scorer) Option { return func(c *config) { c.scorer = s } }
