package clients

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ErrUntrustedGauge is returned for gauge URLs outside the river data service.
var ErrUntrustedGauge = errors.New("gauge URL is not on the river data service")

// GaugeReading is a water-level observation.
type GaugeReading struct {
	StationID  string    `json:"stationId"`
	LevelCm    float64   `json:"levelCm"`
	FlowM3s    float64   `json:"flowM3s"`
	ObservedAt time.Time `json:"observedAt"`
}

// GaugeClient reads water levels from the river data service.
type GaugeClient struct {
	baseURL string
	http    *http.Client
}

// NewGaugeClient returns a client for baseURL.
func NewGaugeClient(baseURL string) *GaugeClient {
	return &GaugeClient{
		baseURL: strings.TrimRight(baseURL, "/"),
		http:    &http.Client{Timeout: 8 * time.Second, Transport: NewDefaultTransport()},
	}
}

// LatestForStation returns the latest reading of a station by its identifier.
func (g *GaugeClient) LatestForStation(ctx context.Context, stationID string) (*GaugeReading, error) {
	endpoint := g.baseURL + "/api/v2/stations/" + url.PathEscape(stationID) + "/latest"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return nil, err
	}
	resp, err := g.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	return decodeReading(resp)
}

// LatestFromURL follows a station link as published in the river data
// service's station index (used for temporary and mobile gauges).
func (g *GaugeClient) LatestFromURL(ctx context.Context, stationURL string) (*GaugeReading, error) {
	if !strings.HasPrefix(stationURL, g.baseURL) {
		return nil, ErrUntrustedGauge
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, stationURL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := g.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, err
	}
	return decodeReading(resp)
}

func decodeReading(resp *http.Response) (*GaugeReading, error) {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("gauge service: %s", resp.Status)
	}
	var r GaugeReading
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, fmt.Errorf("decode reading: %w", err)
	}
	return &r, nil
}
