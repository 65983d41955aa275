package main

import (
	"time"

	"github.com/telaah/telaah/internal/cputime"
)

var processStart = time.Now()

// cpuTime returns the CPU time the process has used so far, or the wall time since it
// started where the platform does not report CPU time.
func cpuTime() time.Duration {
	if cputime.Supported {
		return cputime.Process()
	}
	return time.Since(processStart)
}
