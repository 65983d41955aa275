package jsonl

import (
	"context"
	"io"
	"sync"
)

// Run reads the records of rd, calls work on each from a pool of workers goroutines, and calls
// emit on the calling goroutine with each record and its result, in input order. At most window
// records are in flight (read and not yet emitted), so memory is bounded by window times the
// record size limit whatever the size of the input. workers and window below 1 mean 1; a window
// smaller than workers is raised to workers.
//
// idle, when not nil, is called on the calling goroutine whenever no record is waiting to be
// emitted, before Run blocks for the next one: the place to flush buffered output, so that a
// slow producer (an interactive pipe) sees its results without delay.
//
// Run returns nil at the end of the input, the error of the underlying reader, the first error
// returned by emit, or the context's error if ctx is done. Records that cannot be read are still
// passed to work and emit (with Record.Err set). When Run returns early, the workers have
// stopped, but a read of the underlying reader that is blocked stays blocked until it returns.
func Run[T any](ctx context.Context, rd *Reader, workers, window int,
	work func(context.Context, *Record) T, emit func(*Record, T) error, idle func() error) error {
	workers = max(workers, 1)
	window = max(window, workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct {
		rec  Record
		out  T
		done chan struct{}
	}
	ordered := make(chan *slot, window)
	jobs := make(chan *slot, window+1) // in flight: window in ordered, one held by the consumer
	var readErr error
	readDone := make(chan struct{})

	go func() {
		defer close(readDone)
		defer close(ordered)
		defer close(jobs)
		for ctx.Err() == nil {
			rec, err := rd.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
			s := &slot{rec: rec, done: make(chan struct{})}
			select {
			case ordered <- s: // blocks while window records are in flight
			case <-ctx.Done():
				return
			}
			jobs <- s // never blocks: jobs has room for every slot in ordered
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case s, ok := <-jobs:
					if !ok {
						return
					}
					if ctx.Err() == nil {
						s.out = work(ctx, &s.rec)
					}
					close(s.done)
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	defer func() {
		cancel()
		wg.Wait()
	}()

	for {
		var s *slot
		var ok bool
		select {
		case s, ok = <-ordered:
		default:
			if idle != nil {
				if err := idle(); err != nil {
					return err
				}
			}
			select {
			case s, ok = <-ordered:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if !ok {
			break
		}
		select {
		case <-s.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := emit(&s.rec, s.out); err != nil {
			return err
		}
	}
	<-readDone
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
