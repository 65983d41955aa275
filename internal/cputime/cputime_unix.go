//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Supported reports whether Process reads the CPU time on this platform.
const Supported = true

// Process returns the CPU time (user and system) the process has used so far.
func Process() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
