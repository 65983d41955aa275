//go:build !unix

package stem

import "time"

func cpuTime() time.Duration { return 0 }
