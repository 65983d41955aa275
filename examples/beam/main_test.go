package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs the tests on the prism runner, in process and offline, unless --runner says
// otherwise (go test ./... -args --runner=direct).
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

func TestPipeline(t *testing.T) {
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Input: filepath.Join("testdata", "posts.jsonl"), Output: out})
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)

	// The DoFn's counters: 12 documents analysed, 2 bad records.
	counters := map[string]int64{}
	for _, c := range res.Metrics().Query(func(r beam.MetricResult) bool { return r.Namespace() == "telaah" }).Counters() {
		counters[c.Name()] += c.Result()
	}
	assert.Equal(t, map[string]int64{"documents": 12, "bad_records": 2}, counters)

	// documents.jsonl: one record per non-empty input line, in any order.
	docs := readJSONLines(t, filepath.Join(out, DocumentsFile))
	require.Len(t, docs, 14)
	byID := map[string]map[string]any{}
	errs := 0
	for _, d := range docs {
		if _, bad := d["error"]; bad {
			errs++
			continue
		}
		id, _ := d["id"].(string)
		byID[id] = d
		assert.NotContains(t, d, "text", "the text is not copied to the output")
		assert.EqualValues(t, 1, d["schema"])
	}
	assert.Equal(t, 2, errs, "the record without text and the broken line are error records")
	require.Len(t, byID, 12)
	assert.Equal(t, "negative", label(byID["u1"]), "u1: rusak, kecewa")
	assert.Equal(t, "positive", label(byID["u2"]), "u2: cepat, bagus, mantap")
	assert.Equal(t, "negative", label(byID["m3"]), "m3: palsu, ditipu")

	// entities.jsonl: TokoRiang is counted over the documents that name it.
	ents := readJSONLines(t, filepath.Join(out, EntitiesFile))
	require.NotEmpty(t, ents)
	var toko map[string]any
	for _, e := range ents {
		assert.NotEmpty(t, e["type"])
		assert.GreaterOrEqual(t, e["mentions"].(float64), e["documents"].(float64))
		if e["text"] == "TokoRiang" {
			toko = e
		}
	}
	require.NotNil(t, toko, "TokoRiang is an entity: %v", ents)
	assert.GreaterOrEqual(t, toko["documents"].(float64), 4.0)

	// sentiment.jsonl: three sources and three days, each group's labels sum to its documents,
	// and the groups of each kind cover all 12 analysed documents.
	groups := readJSONLines(t, filepath.Join(out, SentimentFile))
	total := map[string]float64{}
	keys := map[string][]string{}
	for _, g := range groups {
		by := g["by"].(string)
		n := g["documents"].(float64)
		assert.Equal(t, n, g["positive"].(float64)+g["neutral"].(float64)+g["negative"].(float64), "%v", g)
		total[by] += n
		keys[by] = append(keys[by], g["key"].(string))
	}
	assert.Equal(t, map[string]float64{"source": 12, "day": 12}, total)
	assert.ElementsMatch(t, []string{"berita", "ulasan", "medsos"}, keys["source"])
	assert.ElementsMatch(t, []string{"2025-10-13", "2025-10-14", "2025-10-15"}, keys["day"])
	for _, g := range groups {
		if g["key"] == "ulasan" {
			assert.GreaterOrEqual(t, g["negative"].(float64), 1.0)
			assert.GreaterOrEqual(t, g["positive"].(float64), 1.0)
		}
	}
}

func TestDayOf(t *testing.T) {
	for in, want := range map[string]string{
		"2025-10-13":                "2025-10-13",
		"2025-10-13T08:15:00+07:00": "2025-10-13",
		"13/10/2025":                "",
		"2025-1-3":                  "",
		"":                          "",
	} {
		assert.Equal(t, want, dayOf(in), in)
	}
}

func TestJoinPath(t *testing.T) {
	assert.Equal(t, filepath.Join("out", "a.jsonl"), joinPath("out", "a.jsonl"))
	assert.Equal(t, "gs://bucket/run/a.jsonl", joinPath("gs://bucket/run", "a.jsonl"))
	assert.Equal(t, "gs://bucket/run/a.jsonl", joinPath("gs://bucket/run/", "a.jsonl"))
}

func label(d map[string]any) string {
	s, _ := d["sentiment"].(map[string]any)
	l, _ := s["label"].(string)
	return l
}

func readJSONLines(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var recs []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		recs = append(recs, m)
	}
	require.NoError(t, sc.Err())
	return recs
}

// TestAnalyzeFn calls the DoFn directly, without a runner, on good and bad records.
func TestAnalyzeFn(t *testing.T) {
	fn := &analyzeFn{TextField: "isi", SourceField: "sumber", DateField: "tanggal"}
	require.NoError(t, fn.Setup())

	var docs []string
	ents := map[string]int{}
	groups := map[string]string{}
	process := func(line string) {
		require.NoError(t, fn.ProcessElement(context.Background(), line,
			func(d string) { docs = append(docs, d) },
			func(k string, n int) { ents[k] += n },
			func(k, l string) { groups[k] = l }))
	}

	process(`{"isi" :  "Pembeli kecewa dengan TokoRiang di Bandung.","sumber":"ulasan","tanggal":"2025-11-05T10:00:00Z","schema":"v9","n":3}`)
	require.Len(t, docs, 1)
	var d map[string]any
	require.NoError(t, json.Unmarshal([]byte(docs[0]), &d))
	assert.NotContains(t, d, "isi")
	assert.Equal(t, "v9", d["input_schema"], "an input field named like a Document field is renamed")
	assert.EqualValues(t, 1, d["schema"])
	assert.EqualValues(t, 3, d["n"])
	assert.Equal(t, "negative", groups["source\tulasan"])
	assert.Equal(t, "negative", groups["day\t2025-11-05"])
	assert.Equal(t, 1, ents["LOC\tBandung"], "%v", ents)

	long := `{"isi": 42, "pad":"` + strings.Repeat("é", 300) + `"}`
	for _, line := range []string{"", "   ", "not json", "[1,2]", `{"isi":null}`, long, "{\"isi\":\"\xff\xfe\"}"} {
		docs = docs[:0]
		process(line)
		if strings.TrimSpace(line) == "" {
			assert.Empty(t, docs, "blank lines are skipped")
			continue
		}
		require.Len(t, docs, 1, line)
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(docs[0]), &rec), docs[0])
		if line == "{\"isi\":\"\xff\xfe\"}" {
			assert.NotContains(t, rec, "error", "invalid UTF-8 inside JSON is analysed as U+FFFD")
			continue
		}
		assert.NotEmpty(t, rec["error"], line)
		assert.LessOrEqual(t, len(rec["input"].(string)), 210, "the input is cut short")
	}
}
