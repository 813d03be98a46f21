package util

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"os"
	"time"

	"github.com/tallyhour/tallyhour/internal/model"
)

// EncodeDraft serialises a draft week so the browser can keep it between visits.
func EncodeDraft(d *model.TimesheetDraft) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(d); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

func DecodeDraft(encoded string) (*model.TimesheetDraft, error) {
	raw, err := base64.RawURLEncoding.DecodeString(encoded)
	if err != nil {
		return nil, err
	}
	var d model.TimesheetDraft
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&d); err != nil { // VULN deser
		return nil, err
	}
	return &d, nil
}

// RateCache is the snapshot of hourly rates written by the nightly rates job.
type RateCache struct {
	Rates   map[int64]float64
	BuiltAt time.Time
}

func LoadRateCache(path string) (*RateCache, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rc RateCache
	if err := gob.NewDecoder(f).Decode(&rc); err != nil { // SAFE deser
		return nil, err
	}
	return &rc, nil
}
