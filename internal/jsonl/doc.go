// Package jsonl reads the input modes shared by every telaah command and writes their
// JSON Lines output, with an ordered worker pool between the two.
//
// # Input modes
//
//   - [Whole]: the whole input is one document (the default of the commands). An empty input is
//     one empty document.
//   - [Lines]: each line is a document. The line ending ("\n" or "\r\n") is not part of the
//     document. An empty line is an empty document and still yields its output record. A last
//     line without a trailing newline is still a record.
//   - [JSON]: each line is a JSON object; the string field named by Config.Field ("text" by
//     default) is the document, and every other field is copied to the output record, in input
//     order, so that an "id" survives. A UTF-8 byte order mark at the start of the input is
//     skipped.
//
// # Bad records
//
// A record that cannot be processed is never dropped and never stops the run: it is returned
// with Record.Err set, and the writer turns it into an error record
// {"error":"...","line":N} (plus "file" when the input is named). Errors are, per record:
//
//   - a line (or, in Whole mode, an input) longer than Config.MaxBytes: [ErrTooLong]. The reader
//     skips to the next newline without buffering the rest, so memory stays bounded whatever the
//     size of the line;
//   - in JSON mode: a line that is not one JSON object ([ErrMalformed], a blank line included),
//     a missing field ([ErrMissingField]), a field that is not a string ([ErrNotString]), a line
//     that is not valid UTF-8 ([ErrInvalidUTF8]: JSON text must be UTF-8, and encoding/json would
//     otherwise replace the bad bytes silently).
//
// Invalid UTF-8 in plain text (Whole and Lines modes) is not an error: the bytes are passed on
// as they are, offsets refer to them, and the text analysis copes with them.
//
// Only an I/O error of the underlying reader is returned as an error by [Reader.Next]; it ends
// the input.
//
// # Concurrency
//
// A Reader belongs to one goroutine. [Run] reads on one goroutine, processes on a pool of
// workers and hands results to the caller's goroutine in input order, with a bounded number of
// records in flight.
package jsonl
