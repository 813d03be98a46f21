// Package xmlimport reads train consist manifests exchanged with railway undertakings.
package xmlimport

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

// ConsistWagon is one wagon position in a train consist.
type ConsistWagon struct {
	Position    int     `xml:"position,attr"`
	Number      string  `xml:"WagonNumber"`
	Type        string  `xml:"WagonType"`
	GrossTonnes float64 `xml:"GrossWeight"`
	Loaded      bool    `xml:"Loaded"`
	Dangerous   string  `xml:"DangerousGoods>UNNumber"`
}

// Consist is a train composition message.
type Consist struct {
	XMLName     xml.Name       `xml:"TrainComposition"`
	TrainNumber string         `xml:"TrainNumber"`
	Departure   string         `xml:"Departure>Station"`
	Destination string         `xml:"Destination>Station"`
	Planned     time.Time      `xml:"Departure>Planned"`
	Wagons      []ConsistWagon `xml:"Wagons>Wagon"`
}

// Importer fetches and decodes consist messages.
type Importer struct {
	http *http.Client
}

// NewImporter creates an importer.
func NewImporter() *Importer {
	return &Importer{http: &http.Client{Timeout: 20 * time.Second}}
}

// FetchConsist downloads a consist message published by a railway undertaking.
func (i *Importer) FetchConsist(ctx context.Context, source string) (*Consist, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, source, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/xml")
	resp, err := i.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("fetch consist: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return nil, fmt.Errorf("consist source returned %d: %s", resp.StatusCode, body)
	}
	return Decode(io.LimitReader(resp.Body, 8<<20))
}

// ReadConsistFile decodes a consist manifest from an unpacked consist package.
func ReadConsistFile(path string) (*Consist, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Decode(f)
}

// Decode parses a consist message.
func Decode(r io.Reader) (*Consist, error) {
	var c Consist
	dec := xml.NewDecoder(r)
	dec.Strict = true
	if err := dec.Decode(&c); err != nil { // SAFE xxe
		return nil, fmt.Errorf("decode consist: %w", err)
	}
	return &c, nil
}
