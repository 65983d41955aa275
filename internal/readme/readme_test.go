// Package readme checks that the Go code in the README compiles and runs.
package readme

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// goBlock matches a fenced Go block of the README: a complete program, package main.
var goBlock = regexp.MustCompile("(?s)```go\n(package main\n.*?)```")

// TestREADMEPrograms builds every Go program of the README inside this module (through a
// build overlay, so nothing is written to the work tree) and runs it.
func TestREADMEPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the README programs")
	}
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	blocks := goBlock.FindAllSubmatch(readme, -1)
	require.NotEmpty(t, blocks, "the README has Go programs")

	dir, err := filepath.Abs(".")
	require.NoError(t, err)
	tmp := t.TempDir()
	for i, b := range blocks {
		src := filepath.Join(tmp, "main.go")
		require.NoError(t, os.WriteFile(src, b[1], 0o644))
		overlay := map[string]map[string]string{"Replace": {filepath.Join(dir, "gen", "main.go"): src}}
		ov, err := json.Marshal(overlay)
		require.NoError(t, err)
		ovFile := filepath.Join(tmp, "overlay.json")
		require.NoError(t, os.WriteFile(ovFile, ov, 0o644))

		cmd := exec.Command("go", "run", "-overlay", ovFile, "./gen")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "README program %d:\n%s\n%s", i+1, b[1], out)
		require.NotEmpty(t, strings.TrimSpace(string(out)), "README program %d prints something", i+1)
	}
}
