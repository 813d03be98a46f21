package clients

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Forecast is the subset of the weather API used to plan pickups around rain.
type Forecast struct {
	Station    string    `json:"station"`
	RainMM     float64   `json:"rain_mm"`
	FrostRisk  bool      `json:"frost_risk"`
	ValidUntil time.Time `json:"valid_until"`
}

// WeatherClient queries the orchard weather service.
type WeatherClient struct {
	baseURL string
	http    *http.Client
}

func NewWeatherClient(baseURL string) *WeatherClient {
	return &WeatherClient{baseURL: baseURL, http: &http.Client{Timeout: 5 * time.Second}}
}

// ForStation fetches the forecast of a numbered station on the cooperative's network.
func (c *WeatherClient) ForStation(ctx context.Context, stationID string) (*Forecast, error) {
	id, err := strconv.Atoi(stationID)
	if err != nil || id <= 0 {
		return nil, fmt.Errorf("invalid station id %q", stationID)
	}
	endpoint := fmt.Sprintf("%s/stations/%d/forecast", c.baseURL, id)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var f Forecast
	return &f, json.NewDecoder(resp.Body).Decode(&f)
}

// FromFeed reads a forecast from a grower-provided private station feed
// (e.g. a Davis WeatherLink export URL).
func (c *WeatherClient) FromFeed(ctx context.Context, feed string) (*Forecast, error) {
	u, err := url.Parse(feed)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("invalid feed url")
	}
	resp, err := http.Get(u.String()) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var f Forecast
	if err := json.NewDecoder(resp.Body).Decode(&f); err != nil {
		return nil, err
	}
	return &f, nil
}
