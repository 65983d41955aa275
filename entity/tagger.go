package entity

// Model is a trained tagger.
type Model struct{}

func (d *doc) mergeModel(segs []segment) []segment { return segs }
