package sentiment

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadExamples(t *testing.T) {
	in := "# comment\nbarang bagus\tpositive\n\nbarang jelek\tNEG\r\nada tab\tdi sini\tneutral\n"
	ex, err := ReadExamples(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, []Example{{"barang bagus", Positive}, {"barang jelek", Negative}, {"ada tab\tdi sini", Neutral}}, ex)

	_, err = ReadExamples(strings.NewReader("tanpa label\n"))
	assert.ErrorIs(t, err, ErrFormat)
	_, err = ReadExamples(strings.NewReader("teks\tsenang\n"))
	assert.ErrorIs(t, err, ErrLabel)
}

func TestTrainPredict(t *testing.T) {
	m, err := Train(trainingToy(), WithSeed(7), WithEpochs(20))
	require.NoError(t, err)
	assert.Equal(t, []Label{Positive, Neutral, Negative}, m.Labels())
	for _, tt := range []struct {
		text string
		want Label
	}{
		{"barangnya bagus, seller ramah", Positive},
		{"barang rusak, kecewa", Negative},
		{"rapat dewan di gedung DPR", Neutral},
	} {
		got, probs := m.Predict(tt.text)
		assert.Equal(t, tt.want, got, tt.text)
		sum := 0.0
		for _, p := range probs {
			sum += p
		}
		assert.InDelta(t, 1, sum, 1e-9)
		assert.Len(t, probs, 3)
	}
}

func TestTrainDeterministic(t *testing.T) {
	a, err := Train(trainingToy(), WithSeed(3), WithEpochs(4))
	require.NoError(t, err)
	b, err := Train(trainingToy(), WithSeed(3), WithEpochs(4))
	require.NoError(t, err)
	var ba, bb bytes.Buffer
	require.NoError(t, a.Save(&ba))
	require.NoError(t, b.Save(&bb))
	assert.Equal(t, ba.Bytes(), bb.Bytes(), "same seed, same model")
}

func TestTrainErrors(t *testing.T) {
	_, err := Train(nil)
	assert.ErrorIs(t, err, ErrNoExamples)
	_, err = Train([]Example{{"a", Positive}, {"b", Positive}})
	assert.ErrorIs(t, err, ErrNoExamples)
	_, err = Train([]Example{{"a", Positive}, {"b", "senang"}})
	assert.ErrorIs(t, err, ErrLabel)
	_, err = Train(trainingToy(), WithHashBits(40))
	assert.Error(t, err)
}

func TestSaveLoad(t *testing.T) {
	m, err := Train(trainingToy(), WithEpochs(5), WithHashBits(16))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	assert.True(t, strings.HasPrefix(buf.String(), "telaah-sentiment-model 1\n"))
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	for _, ex := range trainingToy() {
		l1, p1 := m.Predict(ex.Text)
		l2, p2 := m2.Predict(ex.Text)
		assert.Equal(t, l1, l2)
		assert.Equal(t, p1, p2)
	}

	_, err = Load(strings.NewReader("something else\n"))
	assert.ErrorIs(t, err, ErrModel)
	_, err = Load(strings.NewReader("telaah-sentiment-model 99\nlabels=positive,negative bits=16 flags=\n"))
	assert.ErrorIs(t, err, ErrVersion)
	_, err = Load(strings.NewReader(""))
	assert.ErrorIs(t, err, ErrModel)
	trunc := buf.Bytes()[:buf.Len()-3]
	_, err = Load(bytes.NewReader(trunc))
	assert.ErrorIs(t, err, ErrModel)
	_, err = Load(strings.NewReader("telaah-sentiment-model 1\nlabels=positive bits=16 flags=\n"))
	assert.ErrorIs(t, err, ErrModel)
}
