// Package stress holds reliability tests for telaah and no code: hostile and pathological
// inputs through every stage, huge inputs with bounded memory, concurrent use of every shared
// type, the document size limit, and bad input through the built telaah binary.
//
// The default run (go test ./internal/stress) takes a few seconds and is part of CI. The heavy
// tests (a 100 MB line, a 1 GB stream through AnalyzeAll and through telaah analyze --lines)
// run only when TELAAH_STRESS=1 is set:
//
//	TELAAH_STRESS=1 go test -run . -v -timeout 30m ./internal/stress
//
// See docs/reliability.md for what is tested and the figures measured.
package stress
