package main

import (
	"github.com/telaah/telaah/internal/rootclass"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCondRegexp(t *testing.T) {
	re, err := condRegexp("s[^k^m^p^t^w^y]", true)
	require.NoError(t, err)
	assert.True(t, re.MatchString("sapu"))
	assert.False(t, re.MatchString("skala"))
	re, err = condRegexp("[^r]", false)
	require.NoError(t, err)
	assert.True(t, re.MatchString("makan"))
	assert.False(t, re.MatchString("putar"))
}

func TestIsRedup(t *testing.T) {
	assert.True(t, isRedup("anak-anak"))
	assert.True(t, isRedup("pertama-tama"))
	assert.False(t, isRedup("sayur-mayur"))
	assert.False(t, isRedup("anak-"))
}

func TestSuffixFamily(t *testing.T) {
	assert.Equal(t, rootclass.SKan, suffixFamily("kannya"))
	assert.Equal(t, rootclass.SAn, suffixFamily("an"))
	assert.Equal(t, rootclass.SI, suffixFamily("ilah"))
	assert.Zero(t, suffixFamily("nya"))
	assert.True(t, isClitic("-Nya"))
}
