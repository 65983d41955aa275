//go:build tools

// Package tools pins the core module's dependencies while the packages that use them are written.
package tools

import (
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "github.com/stretchr/testify/require"
	_ "golang.org/x/text/unicode/norm"
)
