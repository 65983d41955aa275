//go:build unix

package sentiment

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time used by the process so far (user and system, all threads, so
// garbage collection counts); benchmarks report MB per CPU second beside the wall-clock figure,
// which a shared machine skews.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
