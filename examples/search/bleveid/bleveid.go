// Package bleveid is an Indonesian analyzer for the bleve search library, built on telaah:
// telaah's tokenizer (hyphenated words, reduplication, URLs and numbers kept whole), its
// normalizer (Unicode, case, colloquial spellings such as gak and yg), its stopword list and
// its Enhanced Confix Stripping stemmer, so that a query for "membangun" finds documents that
// say "pembangunan" or "dibangun". bleve itself ships only an Indonesian stopword list.
//
// Importing the package registers, in bleve's registry:
//
//	AnalyzerName       "telaah_id"           the whole analyzer (use it in an index mapping)
//	TokenizerName      "telaah_id_tokenizer" telaah tokens; punctuation, symbols and emoji dropped
//	NormalizeName      "telaah_id_normalize" normal form of each token (lower case, slang mapped)
//	StopName           "telaah_id_stop"      removes telaah's Indonesian stopwords
//	StemName           "telaah_id_stem"      replaces each term by its root
//
//	mapping := bleve.NewIndexMapping()
//	mapping.DefaultAnalyzer = bleveid.AnalyzerName
//
// The filters and the tokenizer are safe for concurrent use, as bleve requires.
package bleveid

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/telaah/telaah/normalize"
	"github.com/telaah/telaah/stem"
	"github.com/telaah/telaah/stopword"
	"github.com/telaah/telaah/tokenize"
)

// The names under which the package registers its parts in bleve's registry.
const (
	AnalyzerName  = "telaah_id"
	TokenizerName = "telaah_id_tokenizer"
	NormalizeName = "telaah_id_normalize"
	StopName      = "telaah_id_stop"
	StemName      = "telaah_id_stem"
)

// Tokenizer splits text with telaah's tokenizer and keeps the tokens worth indexing.
type Tokenizer struct{}

// Tokenize returns the word, number, URL, domain, e-mail, mention and hashtag tokens of input.
func (Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	text := string(input)
	var out analysis.TokenStream
	it := tokenize.NewIterator(text)
	for it.Next() {
		typ := analysis.AlphaNumeric
		switch it.Kind() {
		case tokenize.Punct, tokenize.Symbol, tokenize.Emoji:
			continue
		case tokenize.Number:
			typ = analysis.Numeric
		}
		out = append(out, &analysis.Token{
			Start: it.Start(), End: it.End(), Term: input[it.Start():it.End()],
			Position: len(out) + 1, Type: typ,
		})
	}
	return out
}

// NormalizeFilter replaces each term by its normal form (normalize.Token). A colloquial
// spelling that stands for several words (gpp: tidak apa-apa) keeps its first word.
type NormalizeFilter struct{ n *normalize.Normalizer }

// Filter normalizes every token in place.
func (f NormalizeFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		norm := f.n.Token(string(t.Term))
		if i := strings.IndexByte(norm, ' '); i > 0 {
			norm = norm[:i]
		}
		t.Term = []byte(norm)
	}
	return input
}

// StopFilter removes stopwords.
type StopFilter struct{ s *stopword.Set }

// Filter drops the tokens whose term is a stopword; positions are kept, so phrase queries
// still see the gaps.
func (f StopFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := input[:0]
	for _, t := range input {
		if !f.s.Contains(string(t.Term)) {
			out = append(out, t)
		}
	}
	return out
}

// StemFilter replaces each word term by its root. Keyword tokens are left alone.
type StemFilter struct{ s *stem.Stemmer }

// Filter stems every token in place.
func (f StemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if t.KeyWord || t.Type != analysis.AlphaNumeric {
			continue
		}
		t.Term = []byte(f.s.Stem(string(t.Term)))
	}
	return input
}

// New returns the analyzer with telaah's default normalizer, stopwords and stemmer.
func New() analysis.Analyzer {
	return &analysis.DefaultAnalyzer{
		Tokenizer: Tokenizer{},
		TokenFilters: []analysis.TokenFilter{
			NormalizeFilter{normalize.Default()},
			StopFilter{stopword.Default()},
			StemFilter{stem.Default()},
		},
	}
}

func init() {
	// bleve's registry is filled from init functions; the constructors are cheap, and the
	// telaah data behind them loads lazily on first use.
	must(registry.RegisterTokenizer(TokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return Tokenizer{}, nil
	}))
	must(registry.RegisterTokenFilter(NormalizeName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return NormalizeFilter{normalize.Default()}, nil
	}))
	must(registry.RegisterTokenFilter(StopName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return StopFilter{stopword.Default()}, nil
	}))
	must(registry.RegisterTokenFilter(StemName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return StemFilter{stem.Default()}, nil
	}))
	must(registry.RegisterAnalyzer(AnalyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return New(), nil
	}))
}

func must(err error) {
	if err != nil {
		panic("bleveid: " + err.Error())
	}
}
