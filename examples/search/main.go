// Command search indexes a few Indonesian documents in bleve with telaah's Indonesian analyzer
// (package bleveid) and runs queries whose words appear in the documents only in other
// derived forms: "membangun" finds "pembangunan" and "dibangun".
//
//	go run . [QUERY...]
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/telaah/telaah/examples/search/bleveid"
)

// docs are short texts written for this example.
var docs = map[string]string{
	"jalan-tol":  "Pembangunan jalan tol di Sumatera Barat ditargetkan rampung tahun depan.",
	"jembatan":   "Jembatan baru itu dibangun oleh warga desa secara gotong royong.",
	"pasar":      "Pedagang mengeluhkan pasar yang belum diperbaiki setelah banjir.",
	"keluhan":    "Pembeli merasa dirugikan karena paket yang datang rusak dan penjual tidak bertanggung jawab.",
	"pengiriman": "Pengirimannya cepat, barangnya bagus, penjualnya ramah sekali.",
}

func main() {
	queries := os.Args[1:]
	if len(queries) == 0 {
		queries = []string{"membangun", "kerugian", "mengirim barang", "perbaikan pasar"}
	}
	if err := run(os.Stdout, queries); err != nil {
		fmt.Fprintln(os.Stderr, "search:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, queries []string) error {
	mapping := bleve.NewIndexMapping()
	mapping.DefaultAnalyzer = bleveid.AnalyzerName
	index, err := bleve.NewMemOnly(mapping)
	if err != nil {
		return err
	}
	defer index.Close()
	for id, text := range docs {
		if err := index.Index(id, map[string]string{"text": text}); err != nil {
			return err
		}
	}
	for _, q := range queries {
		req := bleve.NewSearchRequest(bleve.NewMatchQuery(q))
		req.SortBy([]string{"-_score", "_id"})
		res, err := index.Search(req)
		if err != nil {
			return err
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		fmt.Fprintf(w, "%q: %d hits [%s]\n", q, len(ids), strings.Join(ids, " "))
	}
	return nil
}
