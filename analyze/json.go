package analyze

import (
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/sentiment"
)

// appendJSON appends the JSON encoding of d to b: byte for byte what encoding/json writes for a
// Document with HTML escaping off (a test and the fuzz target hold it to that). Tokens and
// sentences, most of the output, are written by hand: reflection over every field of every
// token was a fifth of the time of a batch; so are the sentiment, entities and terms, which
// through encoding/json were half the time of the encoding. TestJSONFields fails when a type
// written here gains a field.
func (d *Document) appendJSON(b []byte) ([]byte, error) {
	b = slices.Grow(b, 64+len(d.Tokens)*96+len(d.Sentences)*64+d.Stats.Bytes*2)
	b = append(b, `{"schema":`...)
	b = strconv.AppendInt(b, int64(d.Schema), 10)
	b = append(b, `,"stages":`...)
	if d.Stages == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range d.Stages {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, s)
		}
		b = append(b, ']')
	}
	st := &d.Stats
	b = append(b, `,"stats":{"bytes":`...)
	b = strconv.AppendInt(b, int64(st.Bytes), 10)
	b = append(b, `,"runes":`...)
	b = strconv.AppendInt(b, int64(st.Runes), 10)
	b = append(b, `,"invalid_utf8":`...)
	b = strconv.AppendInt(b, int64(st.InvalidUTF8), 10)
	b = append(b, `,"tokens":`...)
	b = strconv.AppendInt(b, int64(st.Tokens), 10)
	b = append(b, `,"words":`...)
	b = strconv.AppendInt(b, int64(st.Words), 10)
	b = append(b, `,"stopwords":`...)
	b = strconv.AppendInt(b, int64(st.Stopwords), 10)
	b = append(b, `,"sentences":`...)
	b = strconv.AppendInt(b, int64(st.Sentences), 10)
	b = append(b, '}')
	if l := d.Language; l != nil {
		b = append(b, `,"language":{"code":`...)
		b = appendString(b, l.Code)
		b = append(b, `,"indonesian":`...)
		b = strconv.AppendBool(b, l.Indonesian)
		b = append(b, `,"confidence":`...)
		b = appendFloat(b, l.Confidence)
		b = append(b, `,"evidence":`...)
		b = strconv.AppendInt(b, int64(l.Evidence), 10)
		b = append(b, '}')
	}
	if ds := d.Sentiment; ds != nil {
		b = append(b, `,"sentiment":{"label":`...)
		b = appendString(b, string(ds.Label))
		b = append(b, `,"score":`...)
		b = appendFloat(b, ds.Score)
		b = append(b, `,"positive":`...)
		b = appendFloat(b, ds.Positive)
		b = append(b, `,"neutral":`...)
		b = appendFloat(b, ds.Neutral)
		b = append(b, `,"negative":`...)
		b = appendFloat(b, ds.Negative)
		b = append(b, `,"cues":`...)
		if ds.Cues == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '[')
			for i := range ds.Cues {
				if i > 0 {
					b = append(b, ',')
				}
				b = appendCue(b, &ds.Cues[i])
			}
			b = append(b, ']')
		}
		b = append(b, '}')
	}
	if d.Entities != nil {
		b = append(b, `,"entities":[`...)
		for i := range d.Entities {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendEntity(b, &d.Entities[i])
		}
		b = append(b, ']')
	}
	if d.Terms != nil {
		b = append(b, `,"terms":[`...)
		for i := range d.Terms {
			if i > 0 {
				b = append(b, ',')
			}
			t := &d.Terms[i]
			b = append(b, `{"text":`...)
			b = appendString(b, t.Text)
			b = append(b, `,"score":`...)
			b = appendFloat(b, t.Score)
			b = append(b, `,"count":`...)
			b = strconv.AppendInt(b, int64(t.Count), 10)
			b = append(b, `,"spans":`...)
			b = appendSpans(b, t.Spans)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if d.Sentences != nil {
		b = append(b, `,"sentences":[`...)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"start":`...)
			b = strconv.AppendInt(b, int64(s.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(s.End), 10)
			if s.Text != "" {
				b = append(b, `,"text":`...)
				b = appendString(b, s.Text)
			}
			if s.Sentiment != nil {
				b = append(b, `,"sentiment":{"score":`...)
				b = appendFloat(b, s.Sentiment.Score)
				b = append(b, `,"label":`...)
				b = appendString(b, string(s.Sentiment.Label))
				b = append(b, '}')
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if d.Tokens != nil {
		b = append(b, `,"tokens":[`...)
		for i := range d.Tokens {
			if i > 0 {
				b = append(b, ',')
			}
			b = d.Tokens[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// appendCue appends c as a JSON object, field for field as its struct tags say.
func appendCue(b []byte, c *sentiment.Cue) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, c.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(c.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(c.End), 10)
	b = append(b, `,"value":`...)
	b = appendFloat(b, c.Value)
	if c.Lemma != "" {
		b = append(b, `,"lemma":`...)
		b = appendString(b, c.Lemma)
	}
	if c.Rule != "" {
		b = append(b, `,"rule":`...)
		b = appendString(b, c.Rule)
	}
	return append(b, '}')
}

// appendEntity appends e as a JSON object, field for field as its struct tags say.
func appendEntity(b []byte, e *entity.Entity) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, e.Text)
	b = append(b, `,"type":`...)
	b = appendString(b, string(e.Type))
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, int64(e.Count), 10)
	b = append(b, `,"spans":`...)
	b = appendSpans(b, e.Spans)
	if len(e.Aliases) > 0 {
		b = append(b, `,"aliases":[`...)
		for i, a := range e.Aliases {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, a)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendSpans appends spans as a JSON array of [start,end] pairs (null for nil).
func appendSpans(b []byte, spans []entity.Span) []byte {
	if spans == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, sp := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(sp[0]), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(sp[1]), 10)
		b = append(b, ']')
	}
	return append(b, ']')
}

// appendJSON appends t as a JSON object, field for field as its struct tags say.
func (t *Token) appendJSON(b []byte) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, t.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(t.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(t.End), 10)
	b = append(b, `,"kind":`...)
	b = appendString(b, t.Kind.String())
	if t.Norm != "" {
		b = append(b, `,"norm":`...)
		b = appendString(b, t.Norm)
	}
	if t.Stem != "" {
		b = append(b, `,"stem":`...)
		b = appendString(b, t.Stem)
	}
	if t.Stop {
		b = append(b, `,"stop":true`...)
	}
	return append(b, '}')
}

// appendFloat formats f as encoding/json does: the shortest representation, in exponent form
// only for very small or very large magnitudes, with a one-digit exponent where possible.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0') // cannot happen: Analyze makes every float finite
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b) - start
		if n >= 4 && b[len(b)-4] == 'e' && b[len(b)-3] == '-' && b[len(b)-2] == '0' {
			b[len(b)-2] = b[len(b)-1]
			b = b[:len(b)-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json writes it without HTML
// escaping: invalid UTF-8 becomes U+FFFD, control characters and U+2028/U+2029 are escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
