package stem

// This file holds the Enhanced Confix Stripping search. It follows the
// published descriptions (Asian et al. 2005; Adriani et al. 2007; Arifin et
// al. 2009) but, instead of returning the first dictionary hit, it collects
// every analysis the rules allow (suffix sets × up to three prefix passes ×
// recodings) and picks the best one by the evidence of the root's hunspell
// affix classes, with the ECS order as the tie-breaker.

import "github.com/telaah/telaah/internal/rootclass"

// maxWord bounds the length of a word the stemmer analyses; longer words
// are returned unchanged.
const maxWord = 48

// Prefix families, as bit positions of the class bits (rootclass.PBer == 1<<famBer).
const (
	famBer uint8 = iota
	famDi
	famKe
	famMe
	famPe
	famPer
	famSe
	famTer
	famKu
)

// Derivational suffix kinds.
const (
	sufNone uint8 = iota
	sufKan
	sufAn
	sufI
	sufIn      // colloquial -in
	sufForeign // -isme, -isasi, -is
)

var sufBit = [...]uint32{sufKan: rootclass.SKan, sufAn: rootclass.SAn, sufI: rootclass.SI, sufIn: rootclass.SKan | rootclass.SI}

// comboBit is the class bit of a (prefix, suffix) confix, 0 if not tracked.
func comboBit(fam, suf uint8) uint32 {
	switch suf {
	case sufKan, sufIn:
		switch fam {
		case famMe:
			return rootclass.CMeKan
		case famDi:
			return rootclass.CDiKan
		case famBer:
			return rootclass.CBerKan
		case famTer:
			return rootclass.CTerKan
		case famPer:
			return rootclass.CPerKan
		}
	case sufI:
		switch fam {
		case famMe:
			return rootclass.CMeI
		case famDi:
			return rootclass.CDiI
		case famTer:
			return rootclass.CTerI
		case famPer:
			return rootclass.CPerI
		}
	case sufAn:
		switch fam {
		case famPe:
			return rootclass.CPeAn
		case famPer:
			return rootclass.CPerAn
		case famKe:
			return rootclass.CKeAn
		case famBer:
			return rootclass.CBerAn
		}
	}
	return 0
}

// invalidConfix reports the prefix-suffix pairs ECS forbids (be-i, di-an,
// ke-i, ke-kan, me-an, se-i, se-kan, te-an), keyed by the outermost prefix.
func invalidConfix(fam, suf uint8) bool {
	switch fam {
	case famBer:
		return suf == sufI
	case famDi, famMe:
		return suf == sufAn
	case famKe, famSe:
		return suf == sufI || suf == sufKan
	case famTer:
		return suf == sufAn
	}
	return false
}

// part is a candidate string: a recoded initial (at most two bytes) followed
// by a slice of the word, so that candidates are built without allocating.
type part struct{ pre, rest string }

func (p part) len() int { return len(p.pre) + len(p.rest) }

func (p part) at(i int) byte {
	if i < len(p.pre) {
		return p.pre[i]
	}
	if i-len(p.pre) < len(p.rest) {
		return p.rest[i-len(p.pre)]
	}
	return 0
}

func (p part) hasPrefix(s string) bool {
	if p.len() < len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if p.at(i) != s[i] {
			return false
		}
	}
	return true
}

// drop removes the first k bytes and puts rec in front.
func (p part) drop(k int, rec string) part {
	if k >= len(p.pre) {
		return part{rec, p.rest[k-len(p.pre):]}
	}
	if rec != "" {
		return part{} // never happens: recoding follows a prefix of two or more bytes
	}
	return part{p.pre[k:], p.rest}
}

func isVowel(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// alt is one way to remove a prefix: its family and what is left.
type alt struct {
	fam uint8
	q   part
}

type alts struct {
	a [6]alt
	n int
}

func (as *alts) add(fam uint8, q part) {
	if as.n < len(as.a) && q.len() >= 3 {
		as.a[as.n] = alt{fam, q}
		as.n++
	}
}

// nasal adds the alternatives of a nasal prefix me- or pe- (given by its
// two-letter head) with recoding.
func nasal(as *alts, x part, fam uint8) {
	c2 := x.at(2)
	switch c2 {
	case 'l', 'r', 'w', 'y':
		as.add(fam, x.drop(2, "")) // melihat, merusak, mewarnai, peluang
		return
	case 'm':
		c3 := x.at(3)
		switch {
		case c3 == 'b' || c3 == 'f' || c3 == 'v' || c3 == 'p':
			as.add(fam, x.drop(3, "")) // membuat, memfitnah, memproses
		case isVowel(c3):
			as.add(fam, x.drop(2, ""))  // memakan -> makan
			as.add(fam, x.drop(3, "p")) // memukul -> pukul
		case c3 == 'r' || c3 == 'l':
			as.add(fam, x.drop(3, "p")) // pemrograman -> program
		}
	case 'n':
		c3 := x.at(3)
		switch {
		case c3 == 'g':
			c4 := x.at(4)
			switch {
			case c4 == 'e' && x.len() >= 8 && monosyllable(x.drop(5, "")):
				as.add(fam, x.drop(5, "")) // mengebom -> bom, pengecatan -> cat
				fallthrough
			case isVowel(c4):
				as.add(fam, x.drop(4, ""))  // mengambil -> ambil
				as.add(fam, x.drop(4, "k")) // mengirim -> kirim, mengerjakan -> kerja
				as.add(fam, x.drop(2, ""))  // menganga -> nganga
			case c4 == 'g' || c4 == 'h' || c4 == 'k' || c4 == 'q' || c4 == 'x':
				as.add(fam, x.drop(4, "")) // menggali, menghitung, mengkritik
			case c4 == 'l' || c4 == 'r':
				// peng- before a liquid in a few established words
				// (penglihatan, penglipur, pengrajin, pengrusakan).
				as.add(fam, x.drop(4, ""))
			}
		case c3 == 'y':
			if isVowel(x.at(4)) {
				as.add(fam, x.drop(4, "s"))  // menyapu -> sapu
				as.add(fam, x.drop(2, ""))   // menyanyi -> nyanyi
				as.add(fam, x.drop(4, "sy")) // penyair -> syair
			}
		case isVowel(c3):
			as.add(fam, x.drop(2, ""))  // menanti -> nanti
			as.add(fam, x.drop(3, "t")) // menurut -> turut
		case c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 'z' || c3 == 's' || c3 == 't':
			as.add(fam, x.drop(3, "")) // mencari, mendengar, menjual, menziarahi, mensyukuri, mentaati
		}
	}
}

// monosyllable reports whether p has one vowel group (bom, cat, tik, las).
func monosyllable(p part) bool {
	n := 0
	for i := 0; i < p.len(); i++ {
		c := p.at(i)
		if !isVowel(c) {
			continue
		}
		// ai, au, oi, ei are diphthongs: one syllable.
		if i > 0 && (c == 'i' || c == 'u') && (p.at(i-1) == 'a' || p.at(i-1) == 'o' && c == 'i' || p.at(i-1) == 'e' && c == 'i') {
			continue
		}
		n++
	}
	return n == 1
}

// prefixAlts lists the ways to strip one prefix from x. inner restricts to
// prefixes that may follow another one (not di-, me-, ku-, kau-).
func prefixAlts(as *alts, x part, inner, colloquial bool) {
	as.n = 0
	if x.len() < 5 {
		return
	}
	c0, c1, c2 := x.at(0), x.at(1), x.at(2)
	switch {
	case c0 == 'd' && c1 == 'i':
		if !inner {
			as.add(famDi, x.drop(2, ""))
		}
	case c0 == 'k' && c1 == 'e':
		as.add(famKe, x.drop(2, ""))
	case c0 == 's' && c1 == 'e':
		as.add(famSe, x.drop(2, ""))
	case c0 == 'k' && c1 == 'u' && !inner:
		as.add(famKu, x.drop(2, ""))
	case c0 == 'k' && c1 == 'a' && c2 == 'u' && !inner:
		as.add(famKu, x.drop(3, ""))
	case c0 == 'b' && c1 == 'e':
		c3 := x.at(3)
		switch {
		case c2 == 'r' && isVowel(c3):
			as.add(famBer, x.drop(3, "")) // berakhir -> akhir
			as.add(famBer, x.drop(2, "")) // berupa -> rupa
		case c2 == 'r' && c3 != 'r':
			as.add(famBer, x.drop(3, "")) // bermain -> main
		case c2 == 'l' && x.hasPrefix("belajar"):
			as.add(famBer, x.drop(3, ""))
		case isConsonant(c2) && c2 != 'r' && c3 == 'e' && x.at(4) == 'r':
			as.add(famBer, x.drop(2, "")) // bekerja -> kerja, beserta, beternak
		}
	case c0 == 't' && c1 == 'e':
		c3 := x.at(3)
		switch {
		case c2 == 'r' && isVowel(c3):
			as.add(famTer, x.drop(3, "")) // terambil -> ambil
			as.add(famTer, x.drop(2, "")) // terusir -> rusir? and teraba -> raba
		case c2 == 'r' && c3 != 'r':
			as.add(famTer, x.drop(3, "")) // terletak, terbesar, terkenal
		case isConsonant(c2) && c2 != 'r' && c3 == 'e' && x.at(4) == 'r':
			as.add(famTer, x.drop(2, "")) // teperdaya
		}
	case c0 == 'm' && c1 == 'e':
		if !inner {
			nasal(as, x, famMe)
		}
	case c0 == 'p' && c1 == 'e':
		if c2 == 'r' {
			c3 := x.at(3)
			if c3 != 'r' {
				as.add(famPer, x.drop(3, "")) // perbankan -> bank, peralatan -> alat
			}
			if isVowel(c3) {
				as.add(famPe, x.drop(2, "")) // perancangan -> rancang
			}
			return
		}
		nasal(as, x, famPe)
		if as.n == 0 && isConsonant(c2) && c2 != 'n' && c2 != 'm' {
			as.add(famPe, x.drop(2, "")) // pekerja, petani, pedagang, pelari
		}
	case colloquial && c0 == 'n':
		switch {
		case c1 == 'g' && c2 == 'e' && isConsonant(x.at(3)):
			as.add(famMe, x.drop(3, ""))  // ngecat -> cat
			as.add(famMe, x.drop(2, "k")) // ngerjain -> kerja
		case c1 == 'g' && isVowel(c2):
			as.add(famMe, x.drop(2, ""))  // ngomong -> omong
			as.add(famMe, x.drop(2, "k")) // ngirim -> kirim
		case c1 == 'y' && isVowel(c2):
			as.add(famMe, x.drop(2, "c")) // nyari -> cari
			as.add(famMe, x.drop(2, "s")) // nyapu -> sapu
		case isVowel(c1):
			as.add(famMe, x.drop(1, "t")) // nulis -> tulis, nungguin -> tunggu
		}
	case colloquial && c0 == 'm' && isVowel(c1) && !inner:
		as.add(famMe, x.drop(1, "p")) // mikir -> pikir
	}
}
