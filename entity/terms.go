package entity

func (d *doc) terms() []Term { return nil }
