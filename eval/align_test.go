package main

import (
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAlignExact(t *testing.T) {
	tests := []struct {
		name string
		text string
		toks []string
		want []Span
		err  bool
	}{
		{"simple", "Ani pergi.", []string{"Ani", "pergi", "."}, []Span{{0, 3, ""}, {4, 9, ""}, {9, 10, ""}}, false},
		{"multibyte", "“Ya” kata  dia", []string{"“", "Ya", "”", "kata", "dia"},
			[]Span{{0, 3, ""}, {3, 5, ""}, {5, 8, ""}, {9, 13, ""}, {15, 18, ""}}, false},
		{"empty", "", nil, []Span{}, false},
		{"mismatch", "Ani pergi", []string{"Ani", "datang"}, nil, true},
		{"past end", "Ani", []string{"Ani", "x"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := alignExact(tt.text, tt.toks)
			if tt.err {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAlignForward(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		toks   []string
		want   []Span
		missed int
	}{
		{"exact", "Ani pergi.", []string{"Ani", "pergi", "."}, []Span{{0, 3, ""}, {4, 9, ""}, {9, 10, ""}}, 0},
		{"dropped text", "Ani 's pergi", []string{"Ani", "pergi"}, []Span{{0, 3, ""}, {7, 12, ""}}, 0},
		{"rewritten token", "“Ya” kata", []string{`"`, "Ya", `"`, "kata"},
			[]Span{Unaligned, {3, 5, ""}, Unaligned, {9, 13, ""}}, 2},
		{"empty token", "a b", []string{"a", "", "b"}, []Span{{0, 1, ""}, Unaligned, {2, 3, ""}}, 1},
		{"beyond window", "a" + strings.Repeat(" ", 100) + "b", []string{"a", "b"}, []Span{{0, 1, ""}, Unaligned}, 1},
		{"repeated token takes the next one", "a a a", []string{"a", "a"}, []Span{{0, 1, ""}, {2, 3, ""}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, missed := alignForward(tt.text, tt.toks, 16)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.missed, missed)
		})
	}
}

func TestAlignEntities(t *testing.T) {
	text := "Presiden Joko Widodo tiba di Jakarta , kata Joko Widodo ."
	got := alignEntities(text, []prose.Entity{
		{Text: "Joko Widodo", Label: "PER"},
		{Text: "Jakarta", Label: "LOC"},
		{Text: "Bandung", Label: "LOC"},
		{Text: "Joko Widodo", Label: "PER"},
	})
	assert.Equal(t, []Span{{9, 20, "PER"}, {29, 36, "LOC"}, Unaligned, {44, 55, "PER"}}, got)
}

func TestTrimSpanAndLines(t *testing.T) {
	text, spans := lineSpans([]string{"Satu.", "Dua dua.", ""})
	assert.Equal(t, "Satu. Dua dua. ", text)
	assert.Equal(t, []Span{{0, 5, ""}, {6, 14, ""}, {15, 15, ""}}, spans)
	assert.Equal(t, Span{6, 14, ""}, trimSpan(text, Span{5, 15, ""}))
	assert.Equal(t, Span{15, 15, ""}, trimSpan(text, Span{14, 15, ""}))
	assert.Equal(t, Span{2, 3, ""}, trimSpan("\u00a0x\u3000", Span{0, 6, ""}))
}

func TestMatchSpans(t *testing.T) {
	gold := []Span{{0, 3, "PER"}, {4, 9, "LOC"}, {10, 12, "ORG"}}
	pred := []Span{{0, 3, "PER"}, {4, 9, "ORG"}, {10, 12, "ORG"}, {10, 12, "ORG"}, Unaligned}
	p := matchSpans(pred, gold)
	assert.Equal(t, PRF{TP: 2, Pred: 5, Gold: 3}, p)
	assert.InDelta(t, 0.4, p.Precision(), 1e-9)
	assert.InDelta(t, 2.0/3, p.Recall(), 1e-9)
	assert.InDelta(t, 0.5, p.F1(), 1e-9)

	assert.Zero(t, matchSpans(nil, nil).F1())
	assert.Zero(t, matchSpans(nil, gold).F1())
	assert.Equal(t, 1.0, matchSpans(gold, gold).F1())
}

func TestMatchTexts(t *testing.T) {
	text := "Ani ke Bali , Ani pulang"
	gold := []Span{{0, 3, "PER"}, {7, 11, "LOC"}, {14, 17, "PER"}}
	// The second "Ani" is matched by text even though its span is the first one's.
	pred := []Span{{0, 3, "PER"}, {0, 3, "PER"}, {7, 11, "ORG"}}
	assert.Equal(t, PRF{TP: 2, Pred: 3, Gold: 3}, matchTexts(text, pred, gold))
}

func TestConfusion(t *testing.T) {
	c := NewConfusion("positive", "neutral", "negative")
	for _, p := range [][2]string{
		{"positive", "positive"}, {"positive", "positive"}, {"positive", "negative"},
		{"negative", "negative"}, {"neutral", "positive"},
	} {
		c.Add(p[0], p[1])
	}
	assert.InDelta(t, 0.6, c.Accuracy(), 1e-9)
	// positive: P 2/3 R 2/3 F1 2/3; neutral: 0; negative: P 1/2 R 1 F1 2/3.
	assert.InDelta(t, (2.0/3+0+2.0/3)/3, c.MacroF1(), 1e-9)
	assert.Zero(t, NewConfusion().MacroF1())
}

func TestBIOSpans(t *testing.T) {
	toks := []Span{{0, 4, ""}, {5, 11, ""}, {12, 14, ""}, {15, 22, ""}, {23, 27, ""}, {28, 31, ""}}
	got := bioSpans([]string{"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"}, toks)
	assert.Equal(t, []Span{{0, 11, "PER"}, {15, 22, "LOC"}, {23, 27, "ORG"}, {28, 31, "PER"}}, got)
	assert.Empty(t, bioSpans([]string{"O", "O"}, toks[:2]))
}

func TestFloors(t *testing.T) {
	fl, err := parseFloors(strings.NewReader("# comment\n\na 0.5\nb 10 # inline\nc 1\nt <= 30\nu <= 1\n"))
	require.NoError(t, err)
	assert.Equal(t, Floors{"a": {Value: 0.5}, "b": {Value: 10}, "c": {Value: 1}, "t": {Value: 30, Max: true}, "u": {Value: 1, Max: true}}, fl)

	for _, bad := range []string{"a\n", "a x\n", "a >= 1\n", "a <= \n"} {
		_, err = parseFloors(strings.NewReader(bad))
		require.Error(t, err, bad)
	}

	checks, failed := fl.Check([]Metric{{"a", 0.6}, {"b", 9}, {"d", 0}, {"t", 12}, {"u", 2}})
	assert.Equal(t, 2, failed)
	assert.Equal(t, []FloorCheck{
		{Name: "a", Value: 0.6, Floor: Bound{Value: 0.5}, Measured: true, OK: true},
		{Name: "b", Value: 9, Floor: Bound{Value: 10}, Measured: true, OK: false},
		{Name: "t", Value: 12, Floor: Bound{Value: 30, Max: true}, Measured: true, OK: true},
		{Name: "u", Value: 2, Floor: Bound{Value: 1, Max: true}, Measured: true, OK: false},
		{Name: "c", Floor: Bound{Value: 1}},
	}, checks)
	assert.Equal(t, "<= 30", fl["t"].String())
	assert.Equal(t, "0.5", fl["a"].String())
}

func TestFloorsFileParses(t *testing.T) {
	_, err := ReadFloors("floors.txt")
	require.NoError(t, err)
}

func TestKey(t *testing.T) {
	assert.Equal(t, "telaah", key("telaah"))
	assert.Equal(t, "prose", key("prose/v2"))
	assert.Equal(t, "uax29", key("UAX #29 (uax29/v2, '-' joiner)"))
	assert.Equal(t, "lexicon_sum", key("Lexicon sum"))
}

func TestTableWrite(t *testing.T) {
	var b strings.Builder
	tb := &Table{Title: "T", Header: []string{"system", "metric", "dev"}, Left: 2}
	tb.AddRow("a", "F1", "0.5")
	tb.AddRow("b", "F1")
	tb.Write(&b)
	assert.Equal(t, "### T\n\n| system | metric | dev |\n|---|---|---:|\n| a | F1 | 0.5 |\n| b | F1 | – |\n\n", b.String())
}
