//go:build linux

package main

import (
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID

// threadCPU reads the CPU time of the calling OS thread. Unlike getrusage, the kernel adds
// the time since the last scheduler tick, so short intervals are measured exactly.
func threadCPU() (time.Duration, bool) {
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}

// threadClock returns a clock of the CPU time of the calling OS thread, with the goroutine
// locked to that thread, and a function that unlocks it.
func threadClock() (clock func() time.Duration, unlock func()) {
	runtime.LockOSThread()
	if _, ok := threadCPU(); !ok {
		runtime.UnlockOSThread()
		return nil, func() {}
	}
	return func() time.Duration {
		d, _ := threadCPU()
		return d
	}, runtime.UnlockOSThread
}
