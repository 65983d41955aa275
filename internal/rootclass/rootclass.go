// Package rootclass declares the class bits of a root in stem's embedded dictionary: which
// affixes a root takes, read by internal/gendict from hunspell-id's affix flags and written
// beside each word of stem/roots.txt, and the flags the stemmer adds when it loads a list.
// The generator and the stemmer share this one declaration, so the file format cannot drift.
package rootclass

// The bits. P* are prefixes, S* suffixes, C* confixes the root takes; F* are facts about the
// headword. FPreferred and FUser are set by the stemmer at load, never written by the generator.
const (
	PBer uint32 = 1 << iota
	PDi
	PKe
	PMe
	PPe
	PPer
	PSe
	PTer
	PKu
	SAn
	SI
	SKan
	CMeKan
	CMeI
	CDiKan
	CDiI
	CPeAn
	CPerAn
	CKeAn
	CBerAn
	CBerKan
	CTerKan
	CTerI
	CPerKan
	CPerI
	FClitic    // takes -lah, -kah, -nya, -ku or -mu by its flags
	FBound     // NEEDAFFIX: a stem that never stands alone (besitua)
	FProper    // capitalised headword: proper noun or abbreviation
	FRedup     // reduplicated headword (anak-anak, kupu-kupu)
	FDerived   // prefixed lemma: a headword hunspell also derives from another (belajar, mengerti)
	FPreferred // hand-written root of extra_roots.txt: wins over hunspell's analysis
	FUser      // root added by WithWords: a strong candidate under any affix
)
