package server

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Regression tests written by the reliability review (issue 8).

// TestSlowBodyDoesNotHoldASlot: a client that sends its headers and then dribbles its body
// must not hold an analysis slot while the server waits for the body. The handler took the
// slot before reading the body, so WithMaxConcurrent clients that never finish their bodies
// made every other request 503 for up to the read timeout (timeout + read-header timeout,
// 15 s by default): a cheap denial of service. The slot should be taken after readText.
func TestSlowBodyDoesNotHoldASlot(t *testing.T) {
	s, err := New(WithMaxConcurrent(1))
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, l, time.Second) }()
	defer func() { cancel(); <-done }()

	slow, err := net.Dial("tcp", l.Addr().String())
	require.NoError(t, err)
	defer slow.Close()
	_, err = fmt.Fprint(slow, "POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\":")
	require.NoError(t, err)
	time.Sleep(200 * time.Millisecond) // the server has read the headers and waits for the body

	resp, err := http.Post("http://"+l.Addr().String()+"/v1/tokenize", "text/plain", strings.NewReader("satu dua"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "a client still sending its body holds no analysis slot")
}
