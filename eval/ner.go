package main

import (
	"fmt"
	"strings"

	prose "github.com/jdkato/prose/v2"
	"github.com/telaah/telaah/entity"
)

// nerSystem is one way of running a trained tagger: its row name, metric key and extract
// function (typed spans in the sentence text).
type nerSystem struct {
	name, key string
	extract   func(text string) []Span
}

// entityTrainer trains the tagger of entity/ on CoNLL sentences and returns the ways of running
// it. It is nil until entity.Train exists; entity_train.go sets it.
var entityTrainer func(train []NERSentence) ([]nerSystem, error)

var nerTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true}

// keepTyped drops the spans whose type is not PER, ORG or LOC.
func keepTyped(spans []Span) []Span {
	out := spans[:0:0]
	for _, s := range spans {
		if nerTypes[s.Type] {
			out = append(out, s)
		}
	}
	return out
}

// nerScore holds the counts of one system on the dev split.
type nerScore struct {
	spans     PRF // exact typed byte spans
	texts     PRF // entity text and type per sentence (how the published prose figure was counted)
	unaligned int // predictions that could not be mapped to a span
}

func scoreNER(dev []NERSentence, extract func(text string) []Span) nerScore {
	var sc nerScore
	for _, s := range dev {
		pred := keepTyped(extract(s.Text))
		sc.spans.Add(matchSpans(pred, s.Gold))
		sc.texts.Add(matchTexts(s.Text, pred, s.Gold))
		for _, p := range pred {
			if p.Start < 0 {
				sc.unaligned++
			}
		}
	}
	return sc
}

// matchTexts counts matches of (entity text, type) pairs within one sentence, as multisets.
func matchTexts(text string, pred, gold []Span) PRF {
	g := map[[2]string]int{}
	for _, s := range gold {
		g[[2]string{text[s.Start:s.End], s.Type}]++
	}
	p := PRF{Pred: len(pred), Gold: len(gold)}
	for _, s := range pred {
		if s.Start < 0 {
			continue
		}
		k := [2]string{text[s.Start:s.End], s.Type}
		if g[k] > 0 {
			g[k]--
			p.TP++
		}
	}
	return p
}

// recognizerExtract returns the typed spans of every mention r finds.
func recognizerExtract(r *entity.Recognizer) func(text string) []Span {
	return func(text string) []Span {
		var out []Span
		for _, e := range r.Extract(text).Entities {
			for _, sp := range e.Spans {
				out = append(out, Span{Start: sp[0], End: sp[1], Type: string(e.Type)})
			}
		}
		return out
	}
}

// proseTrain trains prose/v2's maximum-entropy NER (ModelFromData, its fixed 100 iterations).
func proseTrain(train []NERSentence) func(text string) []Span {
	data := make([]prose.EntityContext, 0, len(train))
	for _, s := range train {
		ctx := prose.EntityContext{Accept: true, Text: s.Text}
		for _, g := range s.Gold {
			// prose/v2 reads these offsets as rune offsets in adjustPos but compares them with
			// byte lengths of tokens; IDNER news 2k is all ASCII, where the two agree.
			ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: g.Start, End: g.End, Label: g.Type})
		}
		data = append(data, ctx)
	}
	model := prose.ModelFromData("idner", prose.UsingEntities(data))
	return func(text string) []Span {
		doc, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false))
		if err != nil {
			return nil
		}
		return alignEntities(text, doc.Entities())
	}
}

// alignEntities maps prose entities (their tokens joined by single spaces, in text order) back
// to byte spans: each entity token is searched forward from the end of the previous one.
func alignEntities(text string, ents []prose.Entity) []Span {
	var out []Span
	pos := 0
	for _, e := range ents {
		toks := strings.Fields(e.Text)
		if len(toks) == 0 {
			out = append(out, Unaligned)
			continue
		}
		spans, missed := alignForward(text[pos:], toks, 64)
		if missed > 0 || spans[0].Start > 256 {
			out = append(out, Unaligned)
			continue
		}
		s := Span{Start: pos + spans[0].Start, End: pos + spans[len(spans)-1].End, Type: e.Label}
		out = append(out, s)
		pos = s.End
	}
	return out
}

func runNER(cfg Config, rep *Report) error {
	dev, err := readCoNLL(cfg.path("ner", "idner-news-2k", "dev.conll"))
	if err != nil {
		return err
	}
	var train []NERSentence
	if cfg.ProseNER || entityTrainer != nil {
		if train, err = readCoNLL(cfg.path("ner", "idner-news-2k", "train.conll")); err != nil {
			return err
		}
	}
	gold := 0
	for _, s := range dev {
		gold += len(s.Gold)
	}
	t := rep.Table("NER: IDNER news 2k dev, exact typed spans (PER, ORG, LOC)", "system", "precision", "recall", "F1", "F1, text+type", "training")
	unaligned := 0
	row := func(name, key string, sc nerScore, training string) {
		p := sc.spans
		rep.Metric("ner."+key+".precision", p.Precision())
		rep.Metric("ner."+key+".recall", p.Recall())
		unaligned += sc.unaligned
		t.AddRow(name, f3(p.Precision()), f3(p.Recall()), f3(rep.Metric("ner."+key+".f1", p.F1())), f3(sc.texts.F1()), training)
	}
	row("telaah rules (entity.Default)", "rules", scoreNER(dev, recognizerExtract(entity.Default())), "none")

	if entityTrainer == nil {
		t.AddRow("telaah trained tagger", "TODO: entity.Train is not in entity/ yet", "", "", "", "")
	} else {
		sw := startWatch()
		systems, err := entityTrainer(train)
		wall, cpu := sw.stop()
		if err != nil {
			return fmt.Errorf("training the tagger: %w", err)
		}
		rep.Metric("ner.tagger.train_cpu_seconds", cpu.Seconds())
		for _, sys := range systems {
			row(sys.name, sys.key, scoreNER(dev, sys.extract), fmtTimes(wall, cpu))
		}
	}

	if cfg.ProseNER {
		sw := startWatch()
		extract := proseTrain(train)
		row("prose/v2 ModelFromData", "prose", scoreNER(dev, extract), fmtTimes(sw.stop()))
	} else {
		t.AddRow("prose/v2 ModelFromData", "skipped (-prose-ner=false)", "", "", "", "")
	}
	t.AddRow("prose/v2 ModelFromData (published, test)", "", "", "", ".675 (P .778, R .596)", "135 s")
	t.Note = fmt.Sprintf("%d dev sentences re-joined with single spaces, %d gold entities; a prediction counts when "+
		"its byte span and type both match; \"F1, text+type\" matches entity text and type per sentence instead. Trained systems learn from train.conll. prose/v2 "+
		"returns entity texts, mapped back to spans by searching forward; unmapped ones (%d in this run) count as wrong. "+
		"Training time: wall, and CPU time of the process (not inflated when the machine is shared). The published row is on the test split (entity text and label per sentence) and was not run here.",
		len(dev), gold, unaligned)
	return nil
}
