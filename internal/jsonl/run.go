package jsonl

import (
	"context"
	"io"
	"sync"
)

// Limits sets the parallelism and the in-flight bounds of Run.
type Limits struct {
	Workers int // goroutines calling work; below 1 means 1
	Window  int // most records in flight (read and not yet emitted); raised to Workers if smaller
	// WindowBytes bounds the text of the records in flight (0: no bound beyond Window). A record
	// larger than WindowBytes is admitted alone, when nothing else is in flight.
	WindowBytes int64
}

// DefaultWindowBytes is a sensible Limits.WindowBytes: 8 MiB of text in flight (two documents
// at analyze's default size limit).
const DefaultWindowBytes = 8 << 20

// Run reads the records of rd, calls work on each from a pool of lim.Workers goroutines, and
// calls emit on the calling goroutine with each record and its result, in input order. At most
// lim.Window records, and about lim.WindowBytes bytes of text, are in flight, so memory stays
// bounded whatever the size of the input.
//
// idle, when not nil, is called on the calling goroutine whenever no record is waiting to be
// emitted, before Run blocks for the next one: the place to flush buffered output, so that a
// slow producer (an interactive pipe) sees its results without delay.
//
// Run returns nil at the end of the input, the error of the underlying reader, the first error
// returned by emit, or the context's error if ctx is done. Records that cannot be read are still
// passed to work and emit (with Record.Err set). When Run returns early, the workers have
// stopped, but a read of the underlying reader that is blocked stays blocked until it returns.
func Run[T any](ctx context.Context, rd *Reader, lim Limits,
	work func(context.Context, *Record) T, emit func(*Record, T) error, idle func() error) error {
	workers := max(lim.Workers, 1)
	window := max(lim.Window, workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	budget := newBudget(ctx, lim.WindowBytes)

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
			if !budget.acquire(int64(len(rec.Text))) {
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
		err := emit(&s.rec, s.out)
		budget.release(int64(len(s.rec.Text)))
		if err != nil {
			return err
		}
	}
	<-readDone
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// budget bounds the bytes in flight. Its zero limit means no bound.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	used  int64
	limit int64
	done  bool
}

func newBudget(ctx context.Context, limit int64) *budget {
	b := &budget{limit: limit}
	b.cond = sync.NewCond(&b.mu)
	if limit > 0 {
		context.AfterFunc(ctx, func() {
			b.mu.Lock()
			b.done = true
			b.mu.Unlock()
			b.cond.Broadcast()
		})
	}
	return b
}

// acquire waits until n bytes fit in the budget (or nothing is in flight) and takes them; it
// returns false if the context ended first.
func (b *budget) acquire(n int64) bool {
	if b.limit <= 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for !b.done && b.used > 0 && b.used+n > b.limit {
		b.cond.Wait()
	}
	if b.done {
		return false
	}
	b.used += n
	return true
}

func (b *budget) release(n int64) {
	if b.limit <= 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
