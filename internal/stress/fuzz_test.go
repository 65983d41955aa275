package stress

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/telaah/telaah/entity"
	"github.com/telaah/telaah/server"
)

// Fuzz targets for what no package's own targets cover: the HTTP layer of the server as a
// whole, and loading an entity tagger model from untrusted bytes.

// FuzzServer sends any body with any content type to every endpoint: the answer is always
// JSON, with a status in {200, 400, 413} and an error message, never a 5xx.
func FuzzServer(f *testing.F) {
	for _, s := range []struct{ ctype, body string }{
		{"application/json", `{"text":"Barangnya rusak, saya kecewa."}`},
		{"application/json", `{"text":"a\u0000\ud800"}`},
		{"application/json", `{"text": 5}`},
		{"application/json", `{"text":"a"}{"text":"b"}`},
		{"application/json", `[` + strings.Repeat("[", 2000)},
		{"text/plain; charset=utf-8", "Rp1.000.000 di Jakarta 👩‍👩‍👧"},
		{"text/plain", "a\xffb"},
		{"", ""},
		{"multipart/form-data; boundary=x", "--x--"},
	} {
		f.Add(s.ctype, s.body, uint8(0))
	}
	s, err := server.New(server.WithMaxBodyBytes(4 << 10))
	if err != nil {
		f.Fatal(err)
	}
	paths := []string{"/v1/analyze", "/v1/tokenize", "/v1/stem", "/v1/sentiment", "/v1/entities"}
	f.Fuzz(func(t *testing.T, ctype, body string, p uint8) {
		path := paths[int(p)%len(paths)]
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("%s %q (%s): status %d: %s", path, body, ctype, w.Code, w.Body.Bytes())
		}
		var v map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
			t.Fatalf("%s %q: answer is not a JSON object: %v: %q", path, body, err, w.Body.Bytes())
		}
		if w.Code != http.StatusOK {
			if msg, _ := v["error"].(string); msg == "" {
				t.Fatalf("%s %q: error answer without a message: %s", path, body, w.Body.Bytes())
			}
		}
	})
}

// FuzzEntityModelLoad loads any bytes as a tagger model: Load returns a model or an error,
// never panics, and a model it returns can be used.
func FuzzEntityModelLoad(f *testing.F) {
	sents, err := entity.ReadCoNLL(strings.NewReader("Budi B-PER\ndi O\nBandung B-LOC\n. O\n"))
	if err != nil {
		f.Fatal(err)
	}
	m, err := entity.Train(sents, entity.WithEpochs(1), entity.WithSeed(1))
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte{})
	f.Add([]byte("telaah"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := entity.Load(bytes.NewReader(b))
		if err != nil {
			return
		}
		r, err := entity.New(entity.WithModel(m))
		if err != nil {
			return
		}
		r.Extract("Budi tinggal di Bandung.")
	})
}
