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
// lim.Window records (and one more batch, which the reader holds while it waits for room), and
// about lim.WindowBytes bytes of text, are in flight, so memory stays bounded whatever the size
// of the input.
//
// Short records that the reader holds already are handed to a worker in batches (see
// batchSize), so that a stream of short lines does not pay a hand-over between goroutines per
// line; a record that would have to wait for more input is never held back for a batch.
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
	size := batchSize(window, workers)
	// Batches in flight: slots queued in ordered (being analysed or waiting) and one held by
	// the consumer while it emits, so at most window records.
	slots := max(window/size-1, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	budget := newBudget(ctx, lim.WindowBytes)

	type batch struct {
		recs []Record
		outs []T
		done chan struct{}
	}
	ordered := make(chan *batch, slots)
	jobs := make(chan *batch, slots+1) // in flight: slots in ordered, one held by the consumer
	var readErr error
	readDone := make(chan struct{})

	go func() {
		defer close(readDone)
		defer close(ordered)
		defer close(jobs)
		var b *batch
		var text int // bytes of text in b
		// send hands b to the workers; false when the context ended first.
		send := func() bool {
			if b == nil {
				return true
			}
			select {
			case ordered <- b: // blocks while the window is full
			case <-ctx.Done():
				return false
			}
			jobs <- b // never blocks: jobs has room for every batch in ordered
			b, text = nil, 0
			return true
		}
		defer send() // what was read before an error or the end of the input
		for ctx.Err() == nil {
			rec, err := rd.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
			n := len(rec.Text)
			if b != nil && text+n > maxBatchBytes && !send() {
				return
			}
			if b != nil && !budget.tryAcquire(int64(n)) {
				// Hand over what is read before waiting, so the wait cannot be on this batch.
				if !send() {
					return
				}
			}
			if b == nil {
				if !budget.acquire(int64(n)) {
					return
				}
				b = &batch{recs: make([]Record, 0, size), done: make(chan struct{})}
			}
			b.recs = append(b.recs, rec)
			text += n
			if len(b.recs) == size || !rd.Ready() {
				if !send() {
					return
				}
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case b, ok := <-jobs:
					if !ok {
						return
					}
					b.outs = make([]T, len(b.recs))
					for i := range b.recs {
						if ctx.Err() != nil {
							break
						}
						b.outs[i] = work(ctx, &b.recs[i])
					}
					close(b.done)
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
		var b *batch
		var ok bool
		select {
		case b, ok = <-ordered:
		default:
			if idle != nil {
				if err := idle(); err != nil {
					return err
				}
			}
			select {
			case b, ok = <-ordered:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if !ok {
			break
		}
		select {
		case <-b.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		for i := range b.recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			err := emit(&b.recs[i], b.outs[i])
			budget.release(int64(len(b.recs[i].Text)))
			if err != nil {
				return err
			}
		}
	}
	<-readDone
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// maxBatchBytes bounds the text of a batch: batching pays for short records only.
const maxBatchBytes = 16 << 10

// maxBatchRecords bounds the records of a batch: enough that many short records share one
// hand-over between goroutines, few enough that the window is not split into a handful of
// large batches.
const maxBatchRecords = 16

// batchSize returns how many records a batch may hold: enough that the hand-over between
// goroutines is paid once for many short records, and small enough that the window holds two
// batches per worker (one being analysed, one waiting), so workers never run dry.
func batchSize(window, workers int) int {
	return min(max(window/(2*workers), 1), maxBatchRecords)
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

// tryAcquire takes n bytes if they fit in the budget now, without waiting.
func (b *budget) tryAcquire(n int64) bool {
	if b.limit <= 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done || (b.used > 0 && b.used+n > b.limit) {
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
