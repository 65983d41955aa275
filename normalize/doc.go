// Package normalize maps an Indonesian token to its normal form: Unicode NFKC, lower case,
// letter elongation undone and colloquial or slang forms replaced by standard Indonesian.
//
// It works on one token at a time and never moves offsets: the tokens come from the tokenize
// package with their byte offsets into the source text, and the normal form is a replacement for
// the token's text, kept beside those offsets. A normal form may hold several words ("gpp" ->
// "tidak apa-apa", "dimana" -> "di mana").
//
//	normalize.Token("Gakkk")     // "tidak"
//	normalize.Token("bangettt")  // "banget"
//	normalize.Token("Ｒｕｍａｈ")    // "rumah"
//
//	n, err := normalize.New(normalize.WithSlang(map[string]string{"bokek": "tidak punya uang"}))
//
// # Steps
//
// A token goes through these steps, each of which leaves a token that is already normal alone:
//
//  1. NFKC (golang.org/x/text/unicode/norm) and lower case, repeated until stable; invalid UTF-8
//     bytes become U+FFFD.
//  2. The slang map, when the whole token is a key.
//  3. Elongation. Standard Indonesian has no word with three identical letters in a row, so a
//     token holding such a run ("kereeen"), or ending in a doubled letter ("sampaii"), is taken
//     as stretched. Its runs of repeated letters are varied (a run of three or more as one or two
//     letters, a double as two or one) and the first variant that is a known word wins, fewest
//     changes first: "maaaaf" -> "maaf", "saaaat" -> "saat", "mantaappp" -> "mantap". The known
//     words are the slang keys, the standard forms, and an embedded list of words with
//     legitimate double letters or a final double ("keadaan", "pass"). When no variant is known,
//     each run of three or more becomes one letter ("mantulll" -> "mantul"), except a run of
//     exactly three consonants inside the word, read as a slip for a double ("ditunjukkkan" ->
//     "ditunjukkan"); doubles stay. A final double is cut only when the shorter form is known
//     and the token is not: "kerenn" -> "keren", but "pass" and any unknown word stay as they
//     are. Tokens holding digits or punctuation other than the hyphen and the apostrophe
//     (numbers, URLs, e-mail addresses), tokens of one repeated letter ("ppp", "aaa") and Roman
//     numerals ("iii") are left alone.
//  4. The slang map again, on the result of step 3 ("gakkk" -> "gak" -> "tidak").
//
// Token is idempotent: Token(Token(s)) == Token(s). The fuzz target checks it.
//
// # The slang map
//
// slang.txt holds about 1,300 entries, written one by one: negators (gak, nggak, tdk -> tidak),
// pronouns (gue, gw -> saya), chat abbreviations of function words (yg, dgn, krn, udh, blm),
// Jakarta colloquial verbs (ngeliat -> melihat, ngasih -> kasih, beliin -> belikan), words of
// product reviews (brg -> barang, ongkir -> ongkos kirim, rekomen -> rekomendasi), common
// non-standard spellings (praktek -> praktik, silahkan -> silakan, merubah -> mengubah), words
// written together that the standard writes apart (dimana -> di mana, terimakasih -> terima
// kasih) and reduplication written with 2 (hati2 -> hati-hati). A word that is also a standard
// word with another meaning is left out (gua "cave", asap "smoke", kayak "kayak", kaya "rich"),
// as are ambiguous abbreviations (dr, pd, km, td). Forms are mapped to the plain standard word
// the user expects, keeping the register close: "ngasih" -> "kasih", not "memberi".
//
// Callers add or override entries with WithSlang or WithSlangReader; an entry that maps a word
// to itself switches a default entry off. Chains are resolved when the Normalizer is built, so
// user entries keep Token idempotent; a cycle is an error (ErrCycle).
//
// # Performance
//
// The embedded lists are parsed once, on the first call of Default or New, in about 4 ms
// (BenchmarkLoad). A token that is already normal is returned as it is with no allocation, as is
// a short ASCII token that the slang map changes ("YG" -> "yang"); other changed tokens cost one
// allocation.
//
// # Concurrency
//
// A Normalizer is immutable once built and safe for concurrent use by multiple goroutines.
//
// # Data source and licence
//
// slang.txt and words.txt were written by the telaah authors for this package, entry by entry,
// from their knowledge of Indonesian and of the spelling rules of KBBI and EYD; no other
// project's list was used. They are under the MIT licence, like the code.
package normalize
