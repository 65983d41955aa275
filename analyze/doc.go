// Package analyze wires the stages of telaah (tokenize, normalize, stem, stopword, entity,
// sentiment) into one call: New builds an Analyzer once, Analyze turns a text into a
// JSON-ready Document, and AnalyzeAll (or Records) streams a batch through a pool of workers.
//
//	a, err := analyze.New()                      // every stage
//	doc, err := a.Analyze(ctx, "Saya sangat kecewa, barangnya rusak.")
//	json.NewEncoder(os.Stdout).Encode(doc)
//
//	stems, err := analyze.New(analyze.WithStages(analyze.Stem)) // pays for tokens and stems only
//
// # Stages and options
//
// WithStages, Without, WithoutEntities, WithoutSentiment and WithoutLanguage choose the stages;
// only the stages that are on are loaded by New and run by Analyze. WithStemmer, WithNormalizer,
// WithStopwords, WithRecognizer and WithScorer inject custom instances (a stemmer with user
// words, a trained tagger or classifier). WithMaxBytes sets the document size limit
// (DefaultMaxBytes, 4 MiB): a larger document is an error wrapping ErrTooLarge, never a
// truncation.
//
// # Batches
//
// AnalyzeAll reads records in one of three modes (Whole: the input is one document; Lines: each
// line is a document, an empty line an empty document; JSONLines: each line a JSON object whose
// "text" field, or WithField, is the document, its other fields copied to the output) and writes
// one JSON line per input record, in input order, analysed by WithWorkers goroutines with a
// bounded window of records in flight, so memory stays flat whatever the input size. A record
// that cannot be read or analysed (malformed JSON, a missing or non-string field, invalid UTF-8
// inside JSON, a line over the size limit) becomes an error record
//
//	{"error":"jsonl: missing field \"text\"","line":7}
//
// (with the copied fields, and "file" when named by WithName), and the batch goes on. Records is
// the same pipeline as an iterator of Go values.
//
// # Document JSON schema (version 1)
//
// A Document marshals to one JSON object. Its "schema" field is SchemaVersion; it changes when a
// field is removed or changes meaning, while new fields may appear within a version. All offsets
// are byte offsets into the analysed text, end exclusive, so text[start:end] is the span. Fields
// of stages that were switched off are absent; a stage that ran and found nothing gives [].
// Abridged, for examples/article/keluhan-siaran-belanja.txt (figures of the stage packages at
// the time of writing):
//
//	{
//	  "schema": 1,
//	  "stages": ["sentences","tokens","normalize","stem","stopwords","entities","terms","sentiment","language"],
//	  "stats": {"bytes":2237,"runes":2237,"invalid_utf8":0,"tokens":363,"words":275,
//	            "stopwords":89,"sentences":24},
//	  "language": {"code":"id","indonesian":true,"confidence":1,"evidence":57},
//	  "sentiment": {"label":"negative","score":-0.801,"positive":0.024,"neutral":0.754,"negative":0.222,
//	                "cues":[{"text":"Dirugikan","start":24,"end":33,"value":-1.5,...}, ...]},
//	  "entities": [{"text":"BelanjaKita","type":"ORG","count":2,"spans":[[68,79],[225,236]]}, ...],
//	  "terms": [{"text":"etalase kilat","score":0.99,"count":3,"spans":[[198,211],[1131,1144],[2014,2027]]}, ...],
//	  "sentences": [..., {"start":81,"end":237,"text":"Jakarta, Senin (13/10/2025) - Ratusan konsumen ...",
//	                      "sentiment":{"score":-0.557,"label":"negative"}}, ...],
//	  "tokens": [..., {"text":"Dirugikan","start":24,"end":33,"kind":"word","norm":"dirugikan","stem":"rugi"},
//	             {"text":"di","start":56,"end":58,"kind":"word","norm":"di","stem":"di","stop":true}, ...]
//	}
//
// The fields:
//
//   - schema (int): SchemaVersion.
//   - stages ([]string): the stages that ran.
//   - stats: bytes; runes (code points, each invalid byte counting as one); invalid_utf8 (bytes
//     that are not valid UTF-8: such input is analysed as it is, and JSON strings carry U+FFFD
//     in their place); tokens; words (tokens of kind "word"); stopwords; sentences.
//   - language (stage language): code is "id", "ms" (Malay), "en" or "und" (too few function
//     words to tell); indonesian is code == "id"; confidence in [0,1]; evidence is the number
//     of function words counted. A cheap guess from lists of Indonesian, Malay and English
//     function words, meant to flag input that is not Indonesian.
//   - sentiment (stage sentiment): label "positive", "neutral" or "negative"; score, the compound
//     score in [-1,1]; positive, neutral, negative, the proportions; cues, the words and
//     expressions that moved the score, with their spans and values (the fields of sentiment.Cue).
//   - entities (stage entities): text, type (PER, ORG, LOC, PRODUCT, EVENT, MONEY, PERCENT,
//     DATE, TIME, QUANTITY, URL, DOMAIN, EMAIL, MENTION, HASHTAG, PHONE), count, spans ([start,end]
//     pairs, one per mention): entity.Entity.
//   - terms (stage terms): key terms, best first: text, score, count, spans (entity.Term).
//   - sentences (stage sentences): start, end, text (unless WithSentenceText(false)), and
//     sentiment {score,label} when the sentiment stage ran.
//   - tokens (stages tokens, normalize, stem, stopwords): text (the exact source text), start,
//     end, kind ("word", "number", "punctuation", "symbol", "url", "email", "domain", "mention",
//     "hashtag", "emoji"); for word tokens, norm (normal form), stem (root of the normal form)
//     and stop (true for stopwords, absent otherwise) when their stage ran.
//
// Error records of AnalyzeAll have "error" (the message) and "line" (1-based input line), plus
// "file" when the input is named. In JSONLines mode the copied input fields come first; an input
// field whose name is a Document key (or error, line, file) is renamed "input_"+name.
//
// # Concurrency
//
// An Analyzer is immutable and safe for concurrent use by multiple goroutines; build it once and
// share it. Injected stages must be safe for concurrent use too (the default ones are).
// Analyze checks the context between stages.
//
// # Performance
//
// The text is tokenized once: the tokens and sentences are shared with the recognizer and the
// scorer. With the package normalizer, stemmer and stopword set (the defaults, or ones passed by
// WithNormalizer, WithStemmer and WithStopwords), what the word stages make of a word is kept in a
// bounded, lock-free, two-way set-associative cache of 131,072 slots (1 MB plus the entries), so a frequent
// word costs one lookup; other implementations are called for every word token. With the
// package Scorer, the cache also keeps what the scorer knows of each word (a sentiment.Word),
// and scoring reuses it through Scorer.ScoreWords instead of looking every token up again; with
// the package Recognizer, likewise an entity.Word (the shape and word lists of the token), used
// through Recognizer.ExtractWords. A Document is allocated with its fixed-size parts at once
// and its token list at its exact size. New loads the default recognizer and scorer on two
// goroutines while it loads the rest. BenchmarkStages times each stage alone over the benchmark
// corpus. AnalyzeAll hands short records already read to its workers in batches, so that a
// record does not pay a hand-over between goroutines; on 2 cores, 2 workers ran the benchmark
// corpus 2.0 times as fast as 1 (BenchmarkAnalyzeAll, medians of 5 runs, 458 and 224 ms a pass,
// 2026-12-03).
//
// # Bad input
//
// Analyze accepts any string: empty, whitespace only, invalid UTF-8, NUL and control bytes. It
// never panics: an unexpected failure inside a stage is returned as an error wrapping
// ErrInternal. Errors are returned, never logged.
//
// # Data
//
// The package holds two small word lists of its own for the language check (Indonesian, Malay
// and English function words), written for telaah under the project's MIT licence. The stage
// data (dictionaries, lexicons, gazetteers) belongs to the stage packages; see their
// documentation for sources and licences.
package analyze
