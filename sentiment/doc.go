// Package sentiment scores the sentiment of Indonesian text with a lexicon and rules, and trains
// a classifier on labelled examples.
//
// # Scorer
//
// A Scorer reads text through the other stages of telaah: tokenize (tokens and sentences),
// normalize (normal forms, so that "gak" is "tidak") and stem (roots). A word is looked up by its
// listed surface or normal form first and by its stem only when it is not listed, so "dirugikan"
// scores as "rugi" and "kekecewaan" as "kecewa", while a listed form always wins over its stem.
// Multiword expressions ("tidak sesuai pesanan", "barang palsu", "tidak ada masalah") are matched on
// normal forms and stems and replace the values of their words. The rules follow VADER (Hutto and
// Gilbert, 2014), adapted to Indonesian:
//
//   - negation: a negator (tidak, tak, bukan, belum, jangan, tanpa, kurang, gak, nggak, tdk...)
//     flips the first valued word in a short window after it; the window ends at punctuation, at a
//     contrast marker or at another valued word. A negated negative is only mildly positive
//     ("tidak buruk"); a negator with nothing to flip counts as mildly negative ("barang tidak
//     datang"), except negators of nouns such as "bukan";
//   - boosters before (sangat, amat, paling, terlalu, makin) and after the word (sekali, banget)
//     strengthen it, less with distance; diminishers (agak, sedikit, cukup, lumayan) weaken it;
//     a booster between a negator and its word softens the negation ("tidak terlalu bagus");
//   - contrast: before tetapi/tapi/namun/sayangnya a clause counts less, after it more, also
//     across sentences ("... Namun ..."); the clause opened by meskipun/walaupun counts less;
//   - emphasis: exclamation marks and ALL-CAPS words (in text that is not all caps) add weight;
//     a question is damped;
//   - reported speech: a sentence with a reportive marker (sebut, klaim, menurut X) counts less;
//   - events: words that report what happened rather than judge it (tewas, tenggelam, menang,
//     unggul, dukung, promo; lexicon/events.txt) count at half their value, and a text (or
//     sentence) whose only cues are event words or reported speech is Neutral, its score keeping
//     their sign: "dua pelajar tewas" and "X sebut Y menang" are news, not the writer's judgement;
//   - neutral band: a compound score closer to 0 than the band is Neutral (WithNeutralBand).
//
// Every sentence gets a compound score in [-1, 1]; the document's score is a weighted mean of its
// sentences' scores mixed with the normalized sum, so long texts do not saturate at +-1. The Result
// lists the sentences, the positive/neutral/negative proportions and the cues: the words and
// expressions that moved the score, with their byte spans, values, the lexicon entry that matched
// (Lemma) and the rules applied (Rule: "lexicon", "stem", "phrase", "negated", "boosted",
// "contrast", ... joined by "+").
//
//	r := sentiment.Default().Score("Barangnya rusak dan tidak sesuai pesanan. Kecewa!")
//	fmt.Println(r.Label, r.Score) // negative -0.9...
//	for _, c := range r.Cues {
//		fmt.Println(c.Text, c.Value, c.Rule)
//	}
//
// ScoreTokens scores text that the caller has tokenized already; ScoreWords also takes each
// token's Word, what the Scorer knows of it, from a caller that keeps them in a cache of words
// (Scorer.Word), and skips the look-ups. For a three-way label use
// Result.Label; for a two-way decision (positive or negative) use the sign of Result.Score, a score
// of 0 (nothing matched) being undecided. The constants of the rules were tuned on the train splits
// of SmSA and PRDECT-ID only (see tune_test.go); the evaluation on their dev splits is in eval/.
//
// # Classifier
//
// Train fits a multinomial logistic regression (AdaGrad, L2) on labelled examples, over hashed
// features: words, word bigrams, negation-marked words, character 3- to 5-grams of stems and the
// Scorer's output (score, proportions, label and signed cues). It is pure Go and deterministic for
// a seed; ReadExamples reads "text<TAB>label" lines. Save and Load write and read a versioned model
// file (a header line "telaah-sentiment-model 1"); Load rejects other versions with ErrVersion.
// No trained model is shipped.
//
//	examples, err := sentiment.ReadExamples(f)
//	m, err := sentiment.Train(examples, sentiment.WithSeed(1))
//	label, probs := m.Predict("pengiriman lambat, barang tidak sesuai")
//
// A model depends on the tokenizer, normalizer, stemmer and lexicon it was trained with: retrain
// after upgrading telaah.
//
// # Concurrency
//
// A Scorer and a Model are safe for concurrent use by multiple goroutines. A Scorer's lexicon is
// immutable after New; its cache of looked-up words is a bounded table of atomic pointers in sets
// of four (no lock), fronted by a small per-goroutine table in pooled scratch space. The embedded
// lexicon is parsed once, on the first call to Default.
//
// # Speed
//
// Score reads the text once with tokenize.AppendTokensAndSentences (tokens and sentence spans in
// one pass), looks each word up in the caches (a plain word costs one hash and one cache line) and
// allocates the Result's sentence slices from blocks shared by several Results. A word of
// up to 15 ASCII bytes is lower-cased and hashed eight bytes at a time; the words of a text are
// all hashed first and looked up after, so that the CPU fetches several cache lines at once.
// ScoreWords skips the look-ups altogether, and a Word tells the quiet words (most of a text),
// which the scorer takes without reading their entry. The rules walk only the valued words and
// the modifiers of a sentence; the other words are one byte each. On the benchmark corpus, one
// line a document, ScoreTokens and ScoreWords take 256 and 132 million instructions a pass
// (valgrind, analyze's BenchmarkStages sentiment and sentiment-words; 325 and 208 million before
// this layout, 2026-12-03; counted before the cues got slices of their own), and about 17,000
// allocations (34,000 before; most are the cues, which have slices of their own so that a kept
// Result does not keep other texts alive; analyze's BenchmarkStages, allocs/op).
// BenchmarkScore scores the benchmark corpus line by line and reports MB per CPU second beside
// wall-clock MB/s; eval/ reports the same loop timed by the process's CPU time, garbage
// collection included (speed.sentiment.mb_per_s).
//
// # Data
//
// The files under lexicon/ are written by the telaah authors, entry by entry, and are released
// under the MIT licence with the rest of the module: words.tsv (single words, valence -5..+5),
// emoji.tsv (emoji and emoticons), phrases.tsv (multiword expressions), modifiers.tsv (boosters,
// diminishers, negators, contrast and concessive markers), neutral.txt (derived forms and
// expressions that must score nothing, such as "melakukan", "salah satu", "tidak hanya",
// "mengamankan", "pembersih", "selamat pagi") and events.txt (the event words of the embedded
// lexicon; a lexicon given with WithLexicon has none). No
// list was taken from another lexicon or derived from a data set. Bad input never panics: invalid
// UTF-8, NUL bytes and empty text score as neutral or by their valid words.
package sentiment
