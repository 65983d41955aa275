//go:build linux

package main

import (
	"syscall"
	"time"
	"unsafe"
)

const clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID

// processCPU reads the CPU time of the whole process, every thread included: the garbage
// collector's background workers run on other threads, and a speed that left them out would
// flatter code that allocates. The kernel adds the time since the last scheduler tick, so short
// intervals are measured exactly.
func processCPU() (time.Duration, bool) {
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}

// cpuClock returns a clock of the CPU time of the process, and a function to call when done
// with it (nothing to undo here).
func cpuClock() (clock func() time.Duration, done func()) {
	if _, ok := processCPU(); !ok {
		return nil, func() {}
	}
	return func() time.Duration {
		d, _ := processCPU()
		return d
	}, func() {}
}
