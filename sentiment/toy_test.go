package sentiment

// trainingToy is a tiny invented training set for tests and benchmarks.
func trainingToy() []Example {
	return []Example{
		{"barangnya bagus dan pengiriman cepat", Positive},
		{"mantap, sesuai pesanan, seller ramah", Positive},
		{"kualitas oke, harga terjangkau, puas belanja di sini", Positive},
		{"enak banget, pasti order lagi", Positive},
		{"barang rusak dan tidak sesuai gambar", Negative},
		{"kecewa, pengiriman lambat sekali", Negative},
		{"penjual tidak responsif, barang palsu", Negative},
		{"jelek, tidak bisa dipakai, uang tidak kembali", Negative},
		{"paket dikirim hari senin lewat jasa ekspedisi", Neutral},
		{"rapat dewan digelar di gedung DPR siang ini", Neutral},
		{"harga cabai di pasar induk hari ini", Neutral},
		{"presiden meresmikan jalan tol baru di jawa tengah", Neutral},
	}
}
