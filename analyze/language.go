package analyze

// The language check is a cheap guess from function words, meant to flag English or Malay input
// that would otherwise be silently mis-analysed as Indonesian. It counts word tokens (lower-cased)
// in four small lists we wrote:
//
//   - shared: function words common to Indonesian and Malay (yang, dan, di, dengan, tidak...);
//   - idOnly: words whose form is Indonesian and not Malay (karena vs kerana, bahwa vs bahawa,
//     saja vs sahaja, uang vs wang, perusahaan vs syarikat, and colloquial gak, banget, udah);
//   - msOnly: words whose form is Malay and not Indonesian (kerana, bahawa, sahaja, iaitu,
//     selepas, syarikat, kenderaan, ...). Words used in both standards, or with a
//     shifted meaning (boleh, semasa, daripada, beliau, ramai, pejabat, polisi, negeri,
//     percuma, kerajaan: "kingdom" in Indonesian history texts), are left out of both lists;
//   - en: English function words that are not Indonesian words (the, and, of, is, with, ...).
//
// Decision: fewer than 2 evidence words gives "und". English wins when its words outnumber the
// Indonesian/Malay ones. Otherwise Malay wins when at least 2 Malay-only words are seen and they
// outnumber the Indonesian-only words; else Indonesian.

// LanguageGuess is the result of the language check.
type LanguageGuess struct {
	// Code is "id" (Indonesian), "ms" (Malay), "en" (English) or "und" when the text holds too
	// few function words to tell (short texts, lists, numbers).
	Code string `json:"code"`
	// Indonesian reports Code == "id".
	Indonesian bool `json:"indonesian"`
	// Confidence is the share of the evidence words that support Code, in [0, 1] (0 for "und").
	Confidence float64 `json:"confidence"`
	// Evidence is the number of function words counted.
	Evidence int `json:"evidence"`
}

const (
	langShared uint8 = 1 + iota
	langID
	langMS
	langEN
)

var langWords = func() map[string]uint8 {
	m := make(map[string]uint8, 400)
	add := func(class uint8, words ...string) {
		for _, w := range words {
			m[w] = class
		}
	}
	add(langShared,
		"yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam", "akan",
		"pada", "juga", "ada", "oleh", "atau", "sebagai", "telah", "sudah", "lebih", "kami", "kita",
		"mereka", "dia", "ia", "saya", "kamu", "anda", "tetapi", "tapi", "jika", "kalau", "bagi",
		"kepada", "antara", "hanya", "masih", "belum", "sangat", "namun", "serta", "para", "tersebut",
		"setiap", "semua", "sebuah", "seorang", "harus", "dapat", "agar", "supaya", "sehingga", "lagi",
		"adalah", "ialah", "pun", "nya", "lalu", "kemudian", "bukan", "sama", "pula", "sedang",
		"hingga", "sejak", "tanpa", "terhadap", "tentang", "mengenai", "seperti", "apa", "siapa",
		"bagaimana", "mengapa", "kenapa", "mana", "banyak", "beberapa", "sebelum", "ketika", "saat",
		"waktu", "hari", "tahun", "orang", "baru", "boleh", "sendiri", "lain", "kata", "ujar",
	)
	add(langID,
		"karena", "bahwa", "saja", "yaitu", "mau", "bisa", "uang", "pemerintah", "perusahaan",
		"kantor", "coba", "delapan", "kendaraan", "kemarin", "gak", "nggak", "enggak", "ngga", "ga",
		"udah", "aja", "banget", "bgt", "sih", "dong", "kok", "deh", "yg", "tdk", "karna", "krn",
		"gimana", "kayak", "ngomong", "dibilang",
	)
	add(langMS,
		"kerana", "bahawa", "sahaja", "iaitu", "selepas", "baharu", "cuba", "wang", "mahu",
		"syarikat", "kenderaan", "kakitangan", "lapan", "polis", "manakala",
		"sebarang", "akhbar", "kepelbagaian", "mengikut",
	)
	add(langEN,
		"the", "and", "of", "to", "is", "in", "that", "it", "for", "was", "with", "as", "on", "are",
		"be", "this", "by", "at", "from", "have", "has", "had", "not", "but", "or", "an", "they",
		"which", "you", "we", "he", "she", "his", "her", "their", "were", "been", "will", "would",
		"can", "could", "there", "what", "about", "if", "my", "your", "our", "its", "who", "when",
		"where", "why", "how", "than", "then", "them", "these", "those", "into", "over", "after",
		"before", "should", "does", "did", "do", "just", "very", "also", "only", "because", "while",
		"all", "any", "some", "more", "most", "such", "other", "being", "may", "might",
	)
	return m
}()

type langCounts struct{ shared, id, ms, en int }

// add counts one word token.
func (l *langCounts) add(w string) { l.addClass(langClass(w)) }

// addClass counts one word token of the given class (0: none).
func (l *langCounts) addClass(class uint8) {
	switch class {
	case langShared:
		l.shared++
	case langID:
		l.id++
	case langMS:
		l.ms++
	case langEN:
		l.en++
	}
}

// langClass returns the class of a word token (0: none). It lower-cases ASCII into a stack
// buffer: no allocation.
func langClass(w string) uint8 {
	if len(w) > 24 || len(w) == 0 {
		return 0
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return langWords[string(buf[:len(w)])]
}

func (l *langCounts) guess() LanguageGuess {
	malayo := l.shared + l.id + l.ms
	total := malayo + l.en
	g := LanguageGuess{Code: "und", Evidence: total}
	switch {
	case total < 2:
		return g
	case l.en > malayo:
		g.Code, g.Confidence = "en", float64(l.en)/float64(total)
	case l.ms >= 2 && l.ms > l.id:
		g.Code, g.Confidence = "ms", float64(l.ms)/float64(l.ms+l.id)
	default:
		g.Code, g.Indonesian = "id", true
		g.Confidence = float64(malayo-l.ms) / float64(total)
	}
	g.Confidence = float64(int(g.Confidence*1000+0.5)) / 1000
	return g
}
