module github.com/telaah/telaah/eval

go 1.26.0

replace github.com/telaah/telaah => ../

require (
	github.com/clipperhouse/uax29/v2 v2.7.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/stretchr/testify v1.12.1
	github.com/telaah/telaah v0.0.0-00010101000000-000000000000
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/text v0.43.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
