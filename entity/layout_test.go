package entity

import (
	"testing"
	"unsafe"
)

// TestTokenSize keeps wtok at the 40 bytes its field order gives (see wtok).
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(wtok{}); n != 40 {
		t.Errorf("wtok takes %d bytes, want 40", n)
	}
}
