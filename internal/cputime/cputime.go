// Package cputime reads the CPU time the process has used, so that benchmarks and the
// evaluation can report rates per CPU second, which stay meaningful on a machine shared with
// other work where wall-clock rates drop with the load.
package cputime
