package normalize

import (
	"bufio"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entries reads slang.txt as it is written, without folding, to check the file itself.
func entries(t *testing.T) [][2]string {
	t.Helper()
	var out [][2]string
	sc := bufio.NewScanner(strings.NewReader(slangData))
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		require.True(t, ok, "no tab: %q", line)
		out = append(out, [2]string{k, v})
	}
	require.NoError(t, sc.Err())
	return out
}

func TestSlangFile(t *testing.T) {
	es := entries(t)
	assert.GreaterOrEqual(t, len(es), 1000)
	keys := map[string]bool{}
	for _, e := range es {
		k, v := e[0], e[1]
		assert.Equal(t, strings.ToLower(k), k, "key not lower case")
		assert.Equal(t, strings.TrimSpace(k), k, "key has spaces around it")
		assert.NotContains(t, k, " ", "key is several words")
		assert.Equal(t, strings.ToLower(v), v, "value of %q not lower case", k)
		assert.Equal(t, strings.Join(strings.Fields(v), " "), v, "value of %q has stray spaces", k)
		assert.NotEqual(t, k, v, "entry maps to itself")
		assert.False(t, keys[k], "duplicate key %q", k)
		keys[k] = true
	}
	for _, e := range es {
		assert.False(t, keys[e[1]], "chain: %q -> %q, which is a key", e[0], e[1])
		for _, w := range strings.Fields(e[1]) {
			assert.False(t, keys[w], "value word %q of %q is a key", w, e[0])
		}
	}
	n, err := New()
	require.NoError(t, err)
	assert.Equal(t, len(es), n.Len())
}

func TestWordsFile(t *testing.T) {
	seen := map[string]bool{}
	for _, line := range strings.Split(wordsData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		assert.False(t, seen[line], "duplicate %q", line)
		seen[line] = true
		assert.Equal(t, strings.ToLower(strings.TrimSpace(line)), line)
		for _, r := range line {
			assert.True(t, unicode.IsLetter(r), "%q", line)
		}
	}
}

// Every standard form is already normal, and every key gives its standard form.
func TestSlangStable(t *testing.T) {
	n := Default()
	for _, e := range entries(t) {
		assert.Equal(t, e[1], n.Token(e[0]), "key %q", e[0])
		assert.Equal(t, e[1], n.Token(strings.ToUpper(e[0])), "key %q upper", e[0])
		assert.Equal(t, e[1], n.Token(e[1]), "value %q", e[1])
	}
}

func TestToken(t *testing.T) {
	tests := []struct{ in, want string }{
		// case and Unicode
		{"", ""},
		{"rumah", "rumah"},
		{"Rumah", "rumah"},
		{"JAKARTA", "jakarta"},
		{"Ｒｕｍａｈ", "rumah"}, // full-width
		{"ﬁlm", "film"},    // ligature
		{"café", "café"},
		{"cafe\u0301", "café"}, // decomposed accent composed
		{"Ärger", "ärger"},
		// slang
		{"gak", "tidak"},
		{"Ga", "tidak"},
		{"nggak", "tidak"},
		{"enggak", "tidak"},
		{"engga", "tidak"},
		{"tdk", "tidak"},
		{"gk", "tidak"},
		{"YG", "yang"},
		{"bgt", "banget"},
		{"udh", "sudah"},
		{"udah", "sudah"},
		{"sdh", "sudah"},
		{"krn", "karena"},
		{"karna", "karena"},
		{"dgn", "dengan"},
		{"blm", "belum"},
		{"aja", "saja"},
		{"gimana", "bagaimana"},
		{"kalo", "kalau"},
		{"emang", "memang"},
		{"bener", "benar"},
		{"gpp", "tidak apa-apa"},
		{"brg", "barang"},
		{"mantab", "mantap"},
		{"rekomen", "rekomendasi"},
		{"ngasih", "kasih"},
		{"hati2", "hati-hati"},
		{"dimana", "di mana"},
		{"silahkan", "silakan"},
		{"terimakasih", "terima kasih"},
		// elongation
		{"bangettt", "banget"},
		{"kereeen", "keren"},
		{"mantappp", "mantap"},
		{"Mantaaaap", "mantap"},
		{"mantaappp", "mantap"},
		{"bagusss", "bagus"},
		{"baguuusss", "bagus"},
		{"maaaaf", "maaf"},
		{"saaaat", "saat"},
		{"sampaii", "sampai"},
		{"sampaiiii", "sampai"},
		{"kerenn", "keren"},
		{"dongg", "dong"},
		{"gakkk", "tidak"},
		{"bgttt", "banget"},
		{"makasihhh", "terima kasih"},
		{"siiip", "sip"},
		{"hmmmm", "hmm"},
		{"keadaaan", "keadaan"},
		{"ditunjukkkan", "ditunjukkan"},
		{"zzzuper", "zuper"},
		// left alone
		{"saat", "saat"},
		{"maaf", "maaf"},
		{"pass", "pass"},
		{"PPP", "ppp"},
		{"aaa", "aaa"},
		{"III", "iii"},
		{"xxx", "xxx"},
		{"www.contoh.co.id", "www.contoh.co.id"},
		{"1000", "1000"},
		{"Rp1.000.000", "rp1.000.000"},
		{"kupu-kupu", "kupu-kupu"},
		{"tak", "tak"},
		{"kayak", "kayak"},
		{"dah", "dah"},
		{"gua", "gua"},
		{"asap", "asap"},
		{"!!!", "!!!"},
		{"...", "..."},
	}
	n := Default()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, n.Token(tt.in))
			assert.Equal(t, tt.want, Token(tt.in))
		})
	}
}

func TestOptions(t *testing.T) {
	n, err := New(WithoutSlang())
	require.NoError(t, err)
	assert.Equal(t, "mantul", n.Token("mantulll"))
	assert.Equal(t, "gak", n.Token("Gak"))
	assert.Equal(t, 0, n.Len())

	n, err = New(WithoutElongation())
	require.NoError(t, err)
	assert.Equal(t, "bangettt", n.Token("bangettt"))
	assert.Equal(t, "tidak", n.Token("gak"))

	n, err = New(WithSlang(map[string]string{"Bete": "Kesal", "gak": "gak", "aja": "cuma"}))
	require.NoError(t, err)
	assert.Equal(t, "kesal", n.Token("BETE"))
	assert.Equal(t, "gak", n.Token("gak"), "an identity entry removes a default")
	assert.Equal(t, "cuma", n.Token("aja"), "an entry overrides a default")
	assert.Equal(t, "tidak", Default().Token("gak"), "Default is unchanged")

	// chains are resolved, so Token stays idempotent
	n, err = New(WithSlang(map[string]string{"bete": "sebel"}))
	require.NoError(t, err)
	assert.Equal(t, "sebal", n.Token("bete"))

	n, err = New(WithSlangReader(strings.NewReader("# mine\n\nbokek\ttidak punya uang\n  cuy \t kawan \n")))
	require.NoError(t, err)
	assert.Equal(t, "tidak punya uang", n.Token("bokek"))
	assert.Equal(t, "kawan", n.Token("cuy"))
	v, ok := n.Lookup("Bokek")
	assert.True(t, ok)
	assert.Equal(t, "tidak punya uang", v)
	_, ok = n.Lookup("rumah")
	assert.False(t, ok)

	_, err = New(WithSlangReader(strings.NewReader("tanpa-tab\n")))
	assert.True(t, errors.Is(err, ErrSyntax), "%v", err)
	_, err = New(WithSlangReader(strings.NewReader("a\t\n")))
	assert.True(t, errors.Is(err, ErrSyntax), "%v", err)
	_, err = New(WithSlang(map[string]string{"aa": "bb", "bb": "aa"}))
	assert.True(t, errors.Is(err, ErrCycle), "%v", err)
	_, err = New(WithSlangReader(errReader{}))
	assert.Error(t, err)

	_, err = New(nil)
	assert.NoError(t, err)
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("broken") }

func TestZeroAndNil(t *testing.T) {
	var z Normalizer
	assert.Equal(t, "keren", z.Token("KEREEEN"))
	assert.Equal(t, "gak", z.Token("gak"))
	var n *Normalizer
	assert.Equal(t, "keren", n.Token("KEREEEN"))
	_, ok := n.Lookup("gak")
	assert.False(t, ok)
	assert.Equal(t, 0, n.Len())
}

func TestAllocs(t *testing.T) {
	n := Default()
	for _, s := range []string{"rumah", "yang", "makan", "kupu-kupu", "saat", "pass", "1.000", "yg", "gak", "YG", "Gak", "sampaii"} {
		allocs := testing.AllocsPerRun(100, func() { _ = n.Token(s) })
		assert.Zero(t, allocs, "%q", s)
	}
}

func TestLongAndOdd(t *testing.T) {
	n := Default()
	long := strings.Repeat("a", 1<<16) + "b"
	assert.Equal(t, "ab", n.Token(long))
	many := "aaabbbcccdddeeefffggghhh"
	assert.Equal(t, "abcdefgh", n.Token(many))
	assert.Equal(t, "\x00", n.Token("\x00"))
	assert.Equal(t, "a\uFFFDb", n.Token("A\xffB"), "invalid bytes become U+FFFD")
}
