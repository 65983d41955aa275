// Package gate writes the dumps that hold a speed-up to byte-identical output. A test writes
// every field of its results over a fixed set of texts through a Dump, once on the code before the
// change and once after; the two files, and the SHA-256 the test logs, must be the same.
//
// A gate test is skipped unless its environment variable names the file to write:
//
//	ENTITY_DUMP=/tmp/before.txt go test -run TestDumpResults ./entity/
package gate

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"os"
	"strings"
	"testing"
)

// SharedData is the shared data directory, relative to a package directory of the module.
const SharedData = "../../shared/data"

// Dump is an open dump file with the running SHA-256 of what was written.
// It is an io.Writer.
type Dump struct {
	t testing.TB
	f *os.File
	w *bufio.Writer // to the file and the hash
	h hash.Hash
}

// Open creates the file named by the environment variable env, or skips t when env is not set.
func Open(t testing.TB, env string) *Dump {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		t.Skipf("%s not set", env)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	return &Dump{t: t, f: f, w: bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20), h: h}
}

// Write writes p to the dump.
func (d *Dump) Write(p []byte) (int, error) { return d.w.Write(p) }

// Printf writes to the dump.
func (d *Dump) Printf(format string, args ...any) { fmt.Fprintf(d.w, format, args...) }

// Close writes the dump out and logs how many documents it holds and its SHA-256.
func (d *Dump) Close(docs int) {
	d.t.Helper()
	if err := d.w.Flush(); err != nil {
		d.t.Fatal(err)
	}
	if err := d.f.Close(); err != nil {
		d.t.Fatal(err)
	}
	d.t.Logf("%d documents, sha256 %x", docs, d.h.Sum(nil))
}

// CorpusDocs returns the texts every gate starts from: each line of the benchmark corpus, the
// whole corpus as one text, and the reference article when it is there. It skips t when the
// corpus is not.
func CorpusDocs(t testing.TB) []string {
	t.Helper()
	corpus, err := os.ReadFile(SharedData + "/corpus/mixed-id.txt")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	docs := strings.Split(string(corpus), "\n")
	docs = append(docs, string(corpus))
	if art, err := os.ReadFile(SharedData + "/news/tiktok-shop-keranjang-kuning.txt"); err == nil {
		docs = append(docs, string(art))
	}
	return docs
}

// AppendJoined appends texts to docs, each on its own, then all of them joined by spaces and
// joined by line breaks: a data set read as single texts and as two long documents.
func AppendJoined(docs, texts []string) []string {
	docs = append(docs, texts...)
	return append(docs, strings.Join(texts, " "), strings.Join(texts, "\n"))
}
