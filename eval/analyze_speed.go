package main

import (
	"context"

	"github.com/telaah/telaah/analyze"
)

func init() {
	analyzer = func() (func(text string) error, error) {
		a, err := analyze.New()
		if err != nil {
			return nil, err
		}
		ctx := context.Background()
		return func(text string) error {
			_, err := a.Analyze(ctx, text)
			return err
		}, nil
	}
}
