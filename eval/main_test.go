package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeData writes a tiny stem data set and returns its directory.
func fakeData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "stem"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "stem", "ud_gsd_pairs.tsv"),
		[]byte("rumah\trumah\tNOUN\tGSD\nyang\tyang\tPRON\tGSD\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "stem", "hunspell_pairs_sample.tsv"),
		[]byte("rumah\trumah\n"), 0o644))
	return dir
}

func TestRunFloors(t *testing.T) {
	data := fakeData(t)
	floors := func(content string) string { return writeTemp(t, content) }
	tests := []struct {
		name   string
		floors string
		code   int
		want   string
	}{
		{"above floor", "stem.ud_all 0\n", 0, "| stem.ud_all | 1 | 0 | ok |"},
		{"below floor", "stem.ud_all 2\n", 1, "**BELOW FLOOR**"},
		{"not measured", "ner.rules.f1 0.7\n", 0, "| ner.rules.f1 | – | 0.7 | not measured |"},
		{"ceiling", "stem.ud_all <= 0.5\n", 1, "**BELOW FLOOR**"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			outFile := filepath.Join(t.TempDir(), "report.md")
			code := run([]string{"-data", data, "-only", "stem", "-floors", floors(tt.floors), "-out", outFile}, &out, &errb)
			assert.Equal(t, tt.code, code, errb.String())
			assert.Contains(t, out.String(), tt.want)
			assert.Contains(t, out.String(), "### Stemming")
			written, err := os.ReadFile(outFile)
			require.NoError(t, err)
			assert.Equal(t, out.String(), string(written))
		})
	}
}

func TestRunUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"-only", "nope"}, &out, &errb))
	assert.Contains(t, errb.String(), "unknown section")
	assert.Equal(t, 2, run([]string{"-floors", filepath.Join(t.TempDir(), "missing")}, &out, &errb))
}

func TestRunMissingData(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-data", t.TempDir(), "-only", "stem", "-floors", writeTemp(t, "")}, &out, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, out.String(), "section stem failed")
}
