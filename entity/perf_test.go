package entity

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSortPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var tmp []uint64
	for _, n := range []int{0, 1, 255, 256, 1000, 50000} {
		p := make([]uint64, n)
		for i := range p {
			a, b := uint64(rng.Intn(maxGramID+1)), uint64(rng.Intn(maxGramID+1))
			if i%3 == 0 {
				a, b = uint64(rng.Intn(50)), uint64(rng.Intn(50))
			}
			p[i] = a<<32 | b
		}
		want := slices.Clone(p)
		slices.Sort(want)
		tmp = sortPairs(p, tmp)
		assert.Equal(t, want, p, "n=%d", n)
	}
}
