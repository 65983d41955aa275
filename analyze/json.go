package analyze

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// appendJSON appends the JSON encoding of d to b: byte for byte what encoding/json writes for a
// Document with HTML escaping off (a test and the fuzz target hold it to that). Tokens and
// sentences, most of the output, are written by hand: reflection over every field of every
// token was a fifth of the time of a batch. The smaller parts go through encoding/json.
func (d *Document) appendJSON(b []byte) ([]byte, error) {
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
	var err error
	if d.Sentiment != nil {
		if b, err = appendMarshal(append(b, `,"sentiment":`...), d.Sentiment); err != nil {
			return nil, err
		}
	}
	if d.Entities != nil {
		if b, err = appendMarshal(append(b, `,"entities":`...), d.Entities); err != nil {
			return nil, err
		}
	}
	if d.Terms != nil {
		if b, err = appendMarshal(append(b, `,"terms":`...), d.Terms); err != nil {
			return nil, err
		}
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

// appendMarshal appends v encoded by encoding/json without HTML escaping.
func appendMarshal(b []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
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
