// Package stopword holds an Indonesian stopword list and sets built from it.
//
// A stopword is a word that carries little weight for search and key-term extraction: function
// words (prepositions, conjunctions, the relative marker yang), pronouns, demonstratives,
// question words, particles (lah, kah, pun, dong, sih, kok, deh, nih), auxiliaries and aspect
// markers (sudah, telah, akan, sedang, masih, bisa), degree and frequency adverbs, quantifiers and
// number words, and the chat spellings of all of these (yg, dgn, gak, udh, aja). Content words stay
// out, even frequent ones (orang, baru, besar, baik, sesuai), as do words whose function use is
// rare next to their content use.
//
//	stopword.Is("yang")                      // true
//	stopword.Default().ContainsFold("Yang")  // true
//	s := stopword.Default().Without("tidak").With("kak", "gan")
//	s.Filter([]string{"Barangnya", "sudah", "sampai"})  // [Barangnya]
//
// Negators (tidak, bukan, gak, nggak...) and intensifiers (sangat, banget) are in the list
// because they are function words and rarely key terms, but they carry sentiment: a sentiment
// scorer must read them before any stopword filtering, or use Without to keep them.
//
// The list holds lower-case single words. Contains expects a lower-case word (the output of the
// normalize package, for example); ContainsFold and Filter accept any case.
//
// # Concurrency
//
// A Set is immutable and safe for concurrent use by multiple goroutines. With and Without return
// new sets. Default parses the embedded list once, on first use.
//
// # Data source and licence
//
// stopwords.txt (about 700 words, grouped by category) was written word by word by the telaah
// authors from their knowledge of Indonesian grammar; no other project's list was used. It is
// under the MIT licence, like the code.
package stopword
