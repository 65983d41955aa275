package sentiment

import (
	"bytes"
	"math"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/telaah/telaah/tokenize"
)

// FuzzScore checks that any input scores without panicking, that the score stays in [-1, 1], that
// the proportions sum to 1, that every cue and sentence span lies in the text and that ScoreWords
// returns what ScoreTokens does.
//
//	go test ./sentiment -run '^$' -fuzz FuzzScore -fuzztime 30s
func FuzzScore(f *testing.F) {
	for _, s := range []string{
		"", "bagus", "tidak ada masalah", "Barangnya RUSAK!!! tidak sesuai pesanan, kecewa berat :(",
		"meskipun mahal, enak banget. tapi pelayanannya lambat?", "gak  sesuai\x00gambar", "\xff\xfe\xfd",
		"😡😡 :-) <3 T_T", "tidak tidak tidak tidak", "sangat sangat sangat", "tapi", ".,!?",
	} {
		f.Add(s)
	}
	s := Default()
	f.Fuzz(func(t *testing.T, text string) {
		check := func(text string, r Result) {
			if math.IsNaN(r.Score) || r.Score < -1 || r.Score > 1 {
				t.Fatalf("score %v out of range", r.Score)
			}
			if sum := r.Positive + r.Neutral + r.Negative; math.Abs(sum-1) > 0.002 {
				t.Fatalf("proportions sum to %v", sum)
			}
			for _, c := range r.Cues {
				if c.Start < 0 || c.End < c.Start || c.End > len(text) || text[c.Start:c.End] != c.Text {
					t.Fatalf("bad cue %+v", c)
				}
				if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
					t.Fatalf("bad cue value %+v", c)
				}
			}
			for _, st := range r.Sentences {
				if st.Start < 0 || st.End < st.Start || st.End > len(text) || st.Score < -1 || st.Score > 1 {
					t.Fatalf("bad sentence %+v", st)
				}
			}
		}
		check(text, s.Score(text))
		toks, sents := tokenize.Tokens(text), tokenize.Sentences(text)
		r := s.ScoreTokens(text, toks, sents)
		check(text, r)
		words := make([]Word, len(toks))
		for i, t := range toks {
			words[i] = s.Word(t.Text)
		}
		if w := s.ScoreWords(text, toks, sents, words); !reflect.DeepEqual(r, w) {
			t.Fatalf("ScoreWords %+v, ScoreTokens %+v", w, r)
		}
		if utf8.ValidString(text) {
			up := string(bytes.ToUpper([]byte(text)))
			if len(up) == len(text) {
				check(up, s.Score(up))
			}
		}
	})
}

// FuzzReadExamples checks that ReadExamples never panics.
func FuzzReadExamples(f *testing.F) {
	f.Add("barang bagus\tpositive\n")
	f.Add("x\ty\tneutral\r\n# c\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		_, _ = ReadExamples(bytes.NewReader([]byte(in)))
	})
}

// FuzzLoad checks that Load never panics on arbitrary data.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("telaah-sentiment-model 1\nlabels=positive,negative bits=10 flags=lex\n\x01\x00\x00\x00"))
	f.Add([]byte("telaah-sentiment-model 1\nlabels=positive,negative bits=10 flags=\n\xff\xff\xff\x7f"))
	f.Fuzz(func(t *testing.T, in []byte) {
		_, _ = Load(bytes.NewReader(in))
	})
}
