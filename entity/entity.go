package entity

// Type is an entity or pattern type: "PER", "ORG", "LOC", "MONEY", ...
type Type string

// Span is a byte span [start, end) in the caller's text; it marshals as [start,end].
type Span [2]int

// Entity is one entity with every place it occurs.
type Entity struct {
	Text  string `json:"text"`
	Type  Type   `json:"type"`
	Count int    `json:"count"`
	Spans []Span `json:"spans"`
}

// Term is a key term of the document.
type Term struct {
	Text  string  `json:"text"`
	Score float64 `json:"score"`
	Count int     `json:"count"`
	Spans []Span  `json:"spans"`
}

// Result holds what a Recognizer found in one document.
type Result struct {
	Entities []Entity `json:"entities"`
	Terms    []Term   `json:"terms"`
}

// Recognizer finds entities, patterns and key terms. It is safe for concurrent use.
type Recognizer struct{}

// Option configures a Recognizer.
type Option func(*config)

type config struct{}

// New returns a Recognizer.
func New(opts ...Option) (*Recognizer, error) { return &Recognizer{}, nil }

// Default returns the shared Recognizer with the embedded gazetteers.
func Default() *Recognizer { return &Recognizer{} }

// Extract returns the entities and key terms of text.
func (r *Recognizer) Extract(text string) Result { return Result{} }
