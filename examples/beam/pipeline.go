package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/telaah/telaah/analyze"
	"github.com/telaah/telaah/sentiment"
)

// Every DoFn, function and emitter the pipeline uses is registered, so that workers can find them
// by name and Beam uses generated (not reflective) calls.
func init() {
	register.DoFn5x1[context.Context, string, func(string), func(string, int), func(string, string), error](&analyzeFn{})
	register.Emitter1[string]()
	register.Emitter2[string, int]()
	register.Emitter2[string, string]()

	register.Function2x1(formatEntity)
	register.Function2x1(formatDistribution)
	register.Iter1[int]()
	register.Iter1[string]()
}

func readLines(s beam.Scope, glob string) beam.PCollection {
	return textio.Read(s.Scope("ReadJSONLines"), glob)
}

func writeLines(s beam.Scope, filename string, col beam.PCollection) {
	textio.Write(s, filename, col)
}

// analyzeFn analyses one JSON Lines record. It emits
//
//   - the per-document result (a JSON line) on its first output,
//   - KV<"TYPE\ttext", mentions> for each entity on its second,
//   - KV<"source\tVALUE" or "day\tYYYY-MM-DD", label> on its third.
//
// The exported fields are its configuration (serialised with the pipeline); the Analyzer is built
// once per DoFn instance, in Setup, and shared by every bundle that instance processes.
type analyzeFn struct {
	TextField   string `json:"text_field"`
	SourceField string `json:"source_field"`
	DateField   string `json:"date_field"`

	analyzer *analyze.Analyzer
	docs     beam.Counter
	failed   beam.Counter
}

// Setup builds the Analyzer: the stages the aggregates need (no tokens, no sentence list),
// so the per-document output stays small.
func (fn *analyzeFn) Setup() error {
	a, err := analyze.New(analyze.WithStages(analyze.Sentiment | analyze.Entities | analyze.Terms | analyze.Language))
	if err != nil {
		return err
	}
	fn.analyzer = a
	fn.docs = beam.NewCounter("telaah", "documents")
	fn.failed = beam.NewCounter("telaah", "bad_records")
	return nil
}

// ProcessElement analyses one line. A line that is not a JSON object with a string text field
// becomes an error record on the documents output; it does not fail the pipeline.
func (fn *analyzeFn) ProcessElement(ctx context.Context, line string, emitDoc func(string), emitEntity func(string, int), emitGroup func(string, string)) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		fn.failed.Inc(ctx, 1)
		emitDoc(errorRecord("malformed JSON: "+err.Error(), line))
		return nil
	}
	var text string
	raw, ok := rec[fn.TextField]
	if raw = bytes.TrimSpace(raw); !ok || len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &text) != nil { // null is no text
		fn.failed.Inc(ctx, 1)
		emitDoc(errorRecord(fmt.Sprintf("missing or non-string field %q", fn.TextField), line))
		return nil
	}
	doc, err := fn.analyzer.Analyze(ctx, text)
	if err != nil {
		if ctx.Err() != nil {
			return err // the bundle is being cancelled: let the runner retry it
		}
		fn.failed.Inc(ctx, 1)
		emitDoc(errorRecord(err.Error(), line))
		return nil
	}
	fn.docs.Inc(ctx, 1)

	out, err := documentRecord(rec, fn.TextField, doc)
	if err != nil {
		return err
	}
	emitDoc(out)

	for _, e := range doc.Entities {
		emitEntity(string(e.Type)+"\t"+e.Text, e.Count)
	}
	label := sentiment.Neutral
	if doc.Sentiment != nil {
		label = doc.Sentiment.Label
	}
	if src := stringField(rec, fn.SourceField); src != "" {
		emitGroup("source\t"+src, string(label))
	}
	if day := dayOf(stringField(rec, fn.DateField)); day != "" {
		emitGroup("day\t"+day, string(label))
	}
	return nil
}

// documentRecord writes the input fields (but the text) followed by the Document's fields, as
// analyze.AnalyzeAll does in JSONLines mode. An input field named like a Document field is
// renamed "input_"+name.
func documentRecord(rec map[string]json.RawMessage, textField string, doc *analyze.Document) (string, error) {
	body, err := json.Marshal(doc)
	if err != nil {
		return "", err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(body, &keys); err != nil {
		return "", err
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for _, k := range slices.Sorted(maps.Keys(rec)) {
		if k == textField {
			continue
		}
		name := k
		if _, clash := keys[k]; clash || k == "error" {
			name = "input_" + k
		}
		writeKey(&b, name)
		b.Write(rec[k])
		b.WriteByte(',')
	}
	b.Write(body[1:]) // the Document object without its opening brace
	return b.String(), nil
}

func errorRecord(msg, line string) string {
	const limit = 200 // bytes of the input kept in the error record
	if len(line) > limit {
		line = strings.ToValidUTF8(line[:limit], "") + "..."
	}
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
		Input string `json:"input"`
	}{msg, line})
	return string(b)
}

func writeKey(b *bytes.Buffer, k string) {
	q, _ := json.Marshal(k)
	b.Write(q)
	b.WriteByte(':')
}

// stringField returns the field as a string: a JSON string as it is, a number or boolean as
// written, anything else (absent, null, object) as "".
func stringField(rec map[string]json.RawMessage, name string) string {
	raw, ok := rec[name]
	if !ok {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	t := strings.TrimSpace(string(raw))
	if t == "" || t == "null" || t[0] == '{' || t[0] == '[' {
		return ""
	}
	return t
}

// dayOf returns the YYYY-MM-DD prefix of a date or timestamp, or "".
func dayOf(date string) string {
	if len(date) < 10 {
		return ""
	}
	d := date[:10]
	for i := 0; i < 10; i++ {
		c := d[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return ""
			}
		} else if c < '0' || c > '9' {
			return ""
		}
	}
	return d
}

// CountEntities sums the mentions of each entity over the corpus and counts the documents it
// occurs in: one JSON line per entity, {"type","text","documents","mentions"}.
func CountEntities(s beam.Scope, entities beam.PCollection) beam.PCollection {
	s = s.Scope("CountEntities")
	grouped := beam.GroupByKey(s, entities)
	return beam.ParDo(s, formatEntity, grouped)
}

func formatEntity(key string, counts func(*int) bool) string {
	typ, text, _ := strings.Cut(key, "\t")
	docs, mentions := 0, 0
	var n int
	for counts(&n) {
		docs++
		mentions += n
	}
	b, _ := json.Marshal(struct {
		Type      string `json:"type"`
		Text      string `json:"text"`
		Documents int    `json:"documents"`
		Mentions  int    `json:"mentions"`
	}{typ, text, docs, mentions})
	return string(b)
}

// SentimentDistribution counts the documents of each label per group (a source or a day):
// one JSON line per group, {"by","key","documents","positive","neutral","negative"}.
func SentimentDistribution(s beam.Scope, groups beam.PCollection) beam.PCollection {
	s = s.Scope("SentimentDistribution")
	return beam.ParDo(s, formatDistribution, beam.GroupByKey(s, groups))
}

func formatDistribution(key string, labels func(*string) bool) string {
	by, value, _ := strings.Cut(key, "\t")
	var d struct {
		By        string `json:"by"`
		Key       string `json:"key"`
		Documents int    `json:"documents"`
		Positive  int    `json:"positive"`
		Neutral   int    `json:"neutral"`
		Negative  int    `json:"negative"`
	}
	d.By, d.Key = by, value
	var l string
	for labels(&l) {
		d.Documents++
		switch sentiment.Label(l) {
		case sentiment.Positive:
			d.Positive++
		case sentiment.Negative:
			d.Negative++
		default:
			d.Neutral++
		}
	}
	b, _ := json.Marshal(d)
	return string(b)
}
