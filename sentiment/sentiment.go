package sentiment

// Label is a sentiment class.
type Label string

// The labels.
const (
	Positive Label = "positive"
	Neutral  Label = "neutral"
	Negative Label = "negative"
)

// Cue is a word or expression that moved the score.
type Cue struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Value float64 `json:"value"`
}

// SentenceScore is the sentiment of one sentence.
type SentenceScore struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
	Label Label   `json:"label"`
}

// Result is the sentiment of a document.
type Result struct {
	Label     Label           `json:"label"`
	Score     float64         `json:"score"`
	Positive  float64         `json:"positive"`
	Neutral   float64         `json:"neutral"`
	Negative  float64         `json:"negative"`
	Sentences []SentenceScore `json:"sentences"`
	Cues      []Cue           `json:"cues"`
}

// Scorer scores text with a lexicon and rules. It is safe for concurrent use.
type Scorer struct{}

// Option configures a Scorer.
type Option func(*config)

type config struct{}

// New returns a Scorer.
func New(opts ...Option) (*Scorer, error) { return &Scorer{}, nil }

// Default returns the shared Scorer over the embedded lexicon.
func Default() *Scorer { return &Scorer{} }

// Score returns the sentiment of text.
func (s *Scorer) Score(text string) Result { return Result{Label: Neutral} }
