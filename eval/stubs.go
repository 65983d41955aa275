package main

func runNER(cfg Config, rep *Report) error       { return nil }
func runSpeed(cfg Config, rep *Report) error     { return nil }
