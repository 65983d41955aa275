//go:build !unix

package cputime

import "time"

// Supported reports whether Process reads the CPU time on this platform.
const Supported = false

// Process returns 0: this platform does not report the process's CPU time.
func Process() time.Duration { return 0 }
