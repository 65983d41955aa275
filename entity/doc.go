// Package entity finds named entities, patterns and key terms in Indonesian text.
//
// A Recognizer returns, for one document, every entity with its type, its count and every byte
// span where it occurs, and the key terms of the document, best first:
//
//	res := entity.Default().Extract("Otoritas Jasa Keuangan (OJK) memanggil pengelola Shopee di Jakarta.")
//	for _, e := range res.Entities {
//		fmt.Println(e.Type, e.Text, e.Count, e.Spans)
//	}
//
// # Entities
//
// The default recogniser needs no training. It combines:
//
//   - patterns found on the raw text, whatever the tokenizer does with them: MONEY (Rp1,5 juta,
//     Rp 1.000.000, US$ 5, 3 miliar rupiah), PERCENT, DATE (17 Agustus 2023, 17/08/2023,
//     Senin (20/11)), TIME (10.30 WIB), QUANTITY (25 kg), URL, DOMAIN, EMAIL, MENTION, HASHTAG
//     and PHONE;
//   - capitalised spans, with the connectors of names (bin, binti, van, de, al-), mixed-case
//     brands (TikTok, iPhone) and acronyms (BPOM, OJK);
//   - sentence-initial words and title-case headlines: an ordinary word that opens a sentence
//     (Sejumlah, Fenomena, Mereka, Meskipun, Bagaimana) is not a name; a capitalised word at the
//     start of a sentence becomes a name only with evidence (a gazetteer entry, a capitalised use
//     elsewhere in the document, a given name, a verb that follows); in a headline only names
//     known from the gazetteers or the body of the text are kept;
//   - typing from gazetteers, from cue words (PT, Tbk, Bank, Kementerian, Universitas, Presiden,
//     Gubernur, Bapak, dr., Kota, Kabupaten, Jl., Desa...) and from context (kata X, menurut X,
//     di X); every mention of one name gets the type with the best evidence. The heads of
//     organisations' names (Forum, Komunitas, Yayasan, Lembaga, Asosiasi, Himpunan, Ikatan,
//     Persatuan) make an organisation, also at the start of a sentence; a company's name after
//     its legal form keeps its capitalised words, places included (PT BelanjaKita Nusantara);
//   - codes are not names: a token of letters with two or more digits (TR-2025-118,
//     JP1234567890, HEMAT50) is left out, while short forms such as G20 or F1 stay;
//   - ordinary words written with a capital (Makasih, Paket: data/common.txt) are not names, also
//     where the trained tagger would tag them as people;
//   - merging: all mentions of one entity are one Entity with all its spans; a short form the
//     text defines ("Otoritas Jasa Keuangan (OJK)") is merged into its long form, and a later
//     given name or family name of a person named in full earlier ("Rina" after "Rina
//     Marlina") joins that person; both are listed in Aliases. A word shared by two people
//     named in the document is linked to neither.
//
// A country used as a modifier or an actor ("pemerintah Indonesia", "serangan Israel") is not
// returned as a place, following the annotation of Indonesian news corpora; a country after a
// preposition or a verb ("di Indonesia") is. WithEveryCountry returns them all.
//
// # Key terms
//
// Key terms are scored the way YAKE! (Campos et al., Information Sciences 509, 2020) describes,
// from the document alone: casing, position, frequency, relatedness to context and spread over
// sentences. The implementation was written from the paper. Candidates have one to three words
// and follow Indonesian noun-phrase order (noun then modifier: keranjang kuning, dugaan
// pelanggaran); they hold no stopword (package stopword) and do not start with a verb; a term
// the text puts in quotation marks gets a boost. Term.Score is 1/(1+S), where S is the YAKE!
// score (lower S is better), so a higher Score is better; it compares terms of one document.
//
// # Trainable tagger
//
// Train learns an averaged-perceptron BIO tagger (Viterbi decoding over first-order
// transitions) from CoNLL data (ReadCoNLL). Its features are word shapes, prefixes and
// suffixes, stems (package stem), neighbouring words, gazetteer hits, cue words and the tags of
// the rules, so it learns on top of them. Save and Load write and read a versioned binary
// form. WithModel uses a model on top of the rules; WithModelOnly uses it alone for names.
// Evaluate scores a Recognizer on tagged sentences by exact typed spans.
//
// On IDNER news 2k dev (exact typed spans of PER, ORG and LOC, sentences re-joined with single
// spaces), the default rules score F1 0.721 with no training, and a tagger trained on its train
// split in a few seconds scores F1 0.855 used alone (WithModelOnly); see eval_test.go. Rules and
// features are tuned on the train split only.
//
// # Speed
//
// Extract handles about 22 MB of text per CPU second on one core, key terms included, when each
// line of the 2.9 MB benchmark corpus is its own document (the eval's speed.entity, `cd eval &&
// go run .`, garbage collection included, 2026-12-03; 17.6 before that day's speed work, with the
// same output byte for byte). Key terms take about half of the time
// (BenchmarkTermsLines/terms and /none). The word lists (cues, pattern words, common words, given
// names, stopwords) are bits of one table of packed words, looked up once for each token;
// callers that meet the same words again and again can keep what the lookup gives (a Word,
// from Recognizer.Word) and pass it to ExtractWords, as package analyze does. Documents, token
// buffers and key-term scratch are recycled through sync.Pools, and the key-term tables are
// stamped per document instead of cleared, so short documents allocate little beyond their
// results (about 650 bytes in 4 allocations for a line of the corpus,
// BenchmarkExtractTokensLines). Extract takes time linear in the size of the text, also on text
// without white space.
//
// # Concurrency
//
// A Recognizer and a Model are immutable and safe for concurrent use by multiple goroutines.
// Default parses the embedded gazetteers once, on first use.
//
// # Bad input
//
// Any input, including invalid UTF-8, NUL bytes and empty text, is handled without panicking;
// every span lies inside the text. Errors (unreadable gazetteers, bad model files, bad CoNLL
// lines) are returned, never logged.
//
// # Data
//
// The gazetteers in data/ (Indonesian provinces, regencies and cities, countries, capitals and
// world cities, state institutions, parties, companies, banks, media, e-commerce and social
// platforms, products, events, public figures), the list of capitalisable common words
// (common.txt), the given names (givennames.txt), the words that are never names alone
// (nonames.txt) and the cue words in cues.go were written entry by entry by the telaah authors
// and are released under the MIT licence with the rest of the project. No list was derived from
// a corpus. Users add their own names with WithGazetteer and WithEntries. No trained model is
// shipped.
package entity
