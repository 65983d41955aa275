package main

import "github.com/telaah/telaah/sentiment"

func init() {
	sentimentTrainer = func(train []Example) (func(string) string, error) {
		exs := make([]sentiment.Example, 0, len(train))
		for _, e := range train {
			l, err := sentiment.ParseLabel(e.Label)
			if err != nil {
				return nil, err
			}
			exs = append(exs, sentiment.Example{Text: e.Text, Label: l})
		}
		m, err := sentiment.Train(exs)
		if err != nil {
			return nil, err
		}
		return func(text string) string {
			l, _ := m.Predict(text)
			return string(l)
		}, nil
	}
}
