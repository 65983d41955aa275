package tokenize

import (
	"strings"
	"testing"
)

// TestPathological runs inputs that would make a careless tokenizer quadratic;
// with 256 KB each they finish in about a second in all when the work is linear.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, unit := range []string{"a.", "é.", "a-a.", "1.a", ")", "x)", ":)", "a.b-", "@a.", "#a", "é", "👍\u200d", "\u0301", "a\u0301.", "http://x", "..", "-_", "Rp1", "b@c.", "a'", "1/", "III/"} {
		text := strings.Repeat(unit, (1<<18)/len(unit))
		if unit == "x)" {
			text = "http://" + text
		}
		toks := Tokens(text)
		checkTokens(t, text, toks)
		checkSentences(t, text, toks, Sentences(text))
	}
}
