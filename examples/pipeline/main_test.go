package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type record struct {
	ID       int    `json:"id"`
	Channel  string `json:"channel"`
	Error    string `json:"error"`
	Line     int    `json:"line"`
	File     string `json:"file"`
	Text     string `json:"text"`
	Entities []struct {
		Text string `json:"text"`
		Type string `json:"type"`
	} `json:"entities"`
	Sentiment *struct {
		Label string  `json:"label"`
		Score float64 `json:"score"`
	} `json:"sentiment"`
	Tokens []json.RawMessage `json:"tokens"`
}

func (r record) has(typ, text string) bool {
	for _, e := range r.Entities {
		if e.Type == typ && e.Text == text {
			return true
		}
	}
	return false
}

func decode(t *testing.T, out []byte) []record {
	t.Helper()
	var recs []record
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), sc.Text())
		recs = append(recs, r)
	}
	require.NoError(t, sc.Err())
	return recs
}

var defaults = Config{Workers: 3, Field: "text", Stages: "entities,terms,sentiment,language"}

func TestPipeline(t *testing.T) {
	var b bytes.Buffer
	sum, err := run(context.Background(), &b, strings.NewReader(posts), "posts.jsonl", defaults)
	require.NoError(t, err)
	assert.Equal(t, 10, sum.Records)
	assert.Equal(t, 2, sum.Errors)
	assert.Equal(t, int64(len(posts)), sum.Bytes)

	recs := decode(t, b.Bytes())
	require.Len(t, recs, 10, "one output line per input line")
	for i, r := range recs {
		assert.Equal(t, i+1, r.ID, "input order is kept and the fields are copied")
		assert.Empty(t, r.Text, "the text itself is not copied")
		assert.Nil(t, r.Tokens, "the tokens stage is off")
		switch r.ID {
		case 7, 9:
			assert.NotEmpty(t, r.Error)
			assert.Equal(t, r.ID, r.Line)
			assert.Equal(t, "posts.jsonl", r.File)
		default:
			assert.Empty(t, r.Error)
			require.NotNil(t, r.Sentiment, "record %d", r.ID)
		}
	}

	// The custom gazetteer: the shops (WithGazetteer) and products (WithEntries).
	assert.True(t, recs[0].has("PRODUCT", "Sepatu Lari Kilat"), "%+v", recs[0].Entities)
	assert.True(t, recs[0].has("ORG", "WarungSepatu"), "%+v", recs[0].Entities)
	assert.True(t, recs[1].has("PRODUCT", "Kipas Angin Bayu Sejuk"), "%+v", recs[1].Entities)
	assert.True(t, recs[1].has("ORG", "TokoRiang"), "%+v", recs[1].Entities)
	assert.True(t, recs[3].has("MONEY", "Rp650.000"), "%+v", recs[3].Entities)

	assert.Equal(t, "negative", recs[4].Sentiment.Label, "barang palsu")
	assert.Equal(t, "positive", recs[0].Sentiment.Label, "nyaman banget, mantul")
}

func TestWorkersGiveTheSameOutput(t *testing.T) {
	var one, many bytes.Buffer
	cfg := defaults
	cfg.Workers = 1
	_, err := run(context.Background(), &one, strings.NewReader(posts), "posts.jsonl", cfg)
	require.NoError(t, err)
	cfg.Workers = 8
	_, err = run(context.Background(), &many, strings.NewReader(posts), "posts.jsonl", cfg)
	require.NoError(t, err)
	assert.Equal(t, one.String(), many.String())
}

func TestOptions(t *testing.T) {
	cfg := defaults
	cfg.Field, cfg.Stages = "body", "all"
	var b bytes.Buffer
	sum, err := run(context.Background(), &b, strings.NewReader(posts), "posts.jsonl", cfg)
	require.NoError(t, err)
	assert.Equal(t, 9, sum.Errors, "only record 7 has a body field")
	recs := decode(t, b.Bytes())
	require.Len(t, recs, 10)
	assert.Empty(t, recs[6].Error)
	assert.NotEmpty(t, recs[6].Tokens, "all stages include tokens")

	cfg.Stages = "no-such-stage"
	_, err = run(context.Background(), &b, strings.NewReader(posts), "posts.jsonl", cfg)
	assert.Error(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = run(ctx, &b, strings.NewReader(posts), "posts.jsonl", defaults)
	assert.ErrorIs(t, err, context.Canceled)
}
