package main

import (
	"fmt"

	"github.com/telaah/telaah/sentiment"
)

// sentimentTrainer trains the classifier of sentiment/ on labelled examples and returns its
// predict function. It is nil until sentiment.Train exists; sentiment_train.go sets it.
var sentimentTrainer func(train []Example) (predict func(text string) string, err error)

// sentimentSet is one labelled data set with its train and dev splits.
type sentimentSet struct {
	name, dir string
	labels    []string
}

var sentimentSets = []sentimentSet{
	{"SmSA dev", "smsa", []string{"positive", "neutral", "negative"}},
	{"PRDECT-ID dev", "prdect_id", []string{"positive", "negative"}},
}

// threeWay maps a score to a label: the sign, 0 is neutral.
func threeWay(v float64) string {
	switch {
	case v > 0:
		return "positive"
	case v < 0:
		return "negative"
	}
	return "neutral"
}

// twoWay maps a score to positive or negative by its sign; 0 (nothing scored, or a tie) is
// negative, the majority class of PRDECT-ID's train split (2,256 of 4,319).
func twoWay(v float64) string {
	if v > 0 {
		return "positive"
	}
	return "negative"
}

// cueSum is the plain lexicon-sum baseline: the sum of the values of the cues the scorer reports.
func cueSum(r sentiment.Result) float64 {
	sum := 0.0
	for _, c := range r.Cues {
		sum += c.Value
	}
	return sum
}

type sentScores struct{ f1, acc float64 }

func scoreSet(set sentimentSet, dev []Example, predict func(string) string) sentScores {
	c := NewConfusion(set.labels...)
	for _, ex := range dev {
		c.Add(ex.Label, predict(ex.Text))
	}
	return sentScores{f1: c.MacroF1(), acc: c.Accuracy()}
}

func runSentiment(cfg Config, rep *Report) error {
	scorer := sentiment.Default()
	baseline := baselineScorer()

	type system struct {
		name, key string
		predict   func(set sentimentSet) func(string) string
	}
	systems := []system{
		{"telaah lexicon scorer", "lexicon", func(set sentimentSet) func(string) string {
			if len(set.labels) == 2 {
				return func(t string) string { return twoWay(scorer.Score(t).Score) }
			}
			return func(t string) string { return string(scorer.Score(t).Label) }
		}},
		{"lexicon sum (baseline)", "lexicon_sum", func(set sentimentSet) func(string) string {
			if len(set.labels) == 2 {
				return func(t string) string { return twoWay(cueSum(baseline.Score(t))) }
			}
			return func(t string) string { return threeWay(cueSum(baseline.Score(t))) }
		}},
	}

	devs := make([][]Example, len(sentimentSets))
	for i, set := range sentimentSets {
		d, err := readLabelled(cfg.path("sentiment", set.dir, "dev.tsv"))
		if err != nil {
			return err
		}
		devs[i] = d
	}

	t := rep.Table("Sentiment: dev splits", "system", "metric", sentimentSets[0].name, sentimentSets[1].name)
	for _, sys := range systems {
		f1s, accs := []string{sys.name, "macro-F1 %"}, []string{sys.name, "accuracy %"}
		for i, set := range sentimentSets {
			s := scoreSet(set, devs[i], sys.predict(set))
			f1s = append(f1s, pct(rep.Metric(fmt.Sprintf("sentiment.%s.macro_f1.%s", sys.key, set.dir), s.f1)))
			accs = append(accs, pct(rep.Metric(fmt.Sprintf("sentiment.%s.accuracy.%s", sys.key, set.dir), s.acc)))
		}
		t.AddRow(f1s...)
		t.AddRow(accs...)
	}

	const trained = "telaah trained classifier"
	if sentimentTrainer == nil {
		t.AddRow(trained, "TODO: sentiment.Train is not in sentiment/ yet", "", "")
	} else {
		f1s, accs, times := []string{trained, "macro-F1 %"}, []string{trained, "accuracy %"}, []string{trained, "training time (train split)"}
		for i, set := range sentimentSets {
			train, err := readLabelled(cfg.path("sentiment", set.dir, "train.tsv"))
			if err != nil {
				return err
			}
			sw := startWatch()
			predict, err := sentimentTrainer(train)
			wall, cpu := sw.stop()
			if err != nil {
				return fmt.Errorf("training on %s: %w", set.dir, err)
			}
			s := scoreSet(set, devs[i], predict)
			f1s = append(f1s, pct(rep.Metric(fmt.Sprintf("sentiment.trained.macro_f1.%s", set.dir), s.f1)))
			accs = append(accs, pct(rep.Metric(fmt.Sprintf("sentiment.trained.accuracy.%s", set.dir), s.acc)))
			rep.Metric(fmt.Sprintf("sentiment.trained.train_cpu_seconds.%s", set.dir), cpu.Seconds())
			times = append(times, fmt.Sprintf("%s, %d examples", fmtTimes(wall, cpu), len(train)))
		}
		t.AddRow(f1s...)
		t.AddRow(accs...)
		t.AddRow(times...)
	}

	for _, a := range []struct {
		name string
		f1   string
	}{
		{"InSet lexicon sum", "44.3"},
		{"SentiStrength-ID (with negation)", "64.6"},
		{"logistic regression, 1-4-grams", "78.1"},
		{"fastText (indo4b)", "82.1"},
		{"mBERT", "84.1"},
		{"IndoBERT-large", "92.7"},
	} {
		t.AddRow(a.name+" (published, SmSA test)", "macro-F1 %", a.f1, "")
	}
	t.Note = "SmSA has 3 classes (positive, neutral, negative); PRDECT-ID has 2. On PRDECT-ID the lexicon " +
		"scorer's label is taken from the sign of its score (a neutral label goes by its sign; a score of 0 " +
		"counts as negative, the majority class of the train split). Lexicon sum: the sum of the cue values of " +
		"sentiment.New with empty WithModifiers and WithPhrases (listed words and their stems at their values; " +
		"no negation, boosters, contrast or multiword expressions); label by its sign (0 is neutral on " +
		"SmSA, negative on PRDECT-ID). Published rows are on the SmSA test set (IndoNLU), not on dev, and were " +
		"not run here. Trained classifier: sentiment.Train with its defaults on each train split; training time is wall time and the process's CPU time."
	return nil
}
