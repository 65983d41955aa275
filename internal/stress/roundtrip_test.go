package stress

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/telaah/telaah/analyze"
)

// TestDocumentRoundTrip marshals each Document, unmarshals it and marshals it again: the two
// encodings are equal and the decoded Document equals the original (for valid UTF-8; invalid
// bytes come back as U+FFFD, so those compare from the first decoding on). Every stage
// combination that the server and CLI use is covered.
func TestDocumentRoundTrip(t *testing.T) {
	texts := concurrencyTexts()
	if b, err := os.ReadFile("../../examples/article/keluhan-siaran-belanja.txt"); err == nil {
		texts = append(texts, string(b))
	}
	for _, in := range hostileInputs() {
		if len(in.text) <= 4<<10 {
			texts = append(texts, in.text)
		}
	}
	stageSets := []analyze.Stage{
		analyze.AllStages,
		analyze.Sentences | analyze.Tokens,
		analyze.Tokens | analyze.Normalize | analyze.Stem | analyze.Stopwords,
		analyze.Sentences | analyze.Sentiment,
		analyze.Entities | analyze.Terms,
		analyze.Language,
	}
	for _, stages := range stageSets {
		an, err := analyze.New(analyze.WithStages(stages))
		require.NoError(t, err)
		t.Run(stages.String(), func(t *testing.T) {
			for _, text := range texts {
				doc, err := an.Analyze(context.Background(), text)
				require.NoError(t, err)
				b1, err := json.Marshal(doc)
				require.NoError(t, err)
				var back analyze.Document
				require.NoError(t, json.Unmarshal(b1, &back), "%.60q", text)
				b2, err := json.Marshal(&back)
				require.NoError(t, err)
				if utf8.ValidString(text) {
					assert.Equal(t, *doc, back, "decoded Document differs for %.60q", text)
					assert.JSONEq(t, string(b1), string(b2), "%.60q", text)
					continue
				}
				var again analyze.Document
				require.NoError(t, json.Unmarshal(b2, &again))
				assert.Equal(t, back, again, "%.60q", text)
				assert.Equal(t, doc.Stats, back.Stats)
				assert.Len(t, back.Tokens, len(doc.Tokens))
			}
		})
	}
}
