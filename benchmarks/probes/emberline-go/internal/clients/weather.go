// Package clients wraps outbound integrations: weather providers and the
// agency LDAP directory.
package clients

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
)

var (
	ErrUnknownProvider = errors.New("weather: unknown provider")
	ErrUnknownProduct  = errors.New("weather: unknown radar product")
	ErrFeedNotAllowed  = errors.New("weather: feed host not allowed")
	ErrBadStation      = errors.New("weather: invalid station identifier")
)

// Observation is a normalised surface observation used by fire behaviour
// calculations (wind, RH, temperature).
type Observation struct {
	Station     string    `json:"station"`
	Provider    string    `json:"provider"`
	TempC       float64   `json:"temp_c"`
	RelHumidity float64   `json:"rel_humidity"`
	WindKph     float64   `json:"wind_kph"`
	GustKph     float64   `json:"gust_kph"`
	WindDirDeg  float64   `json:"wind_dir_deg"`
	ObservedAt  time.Time `json:"observed_at"`
}

var stationIDPattern = regexp.MustCompile(`^[A-Z0-9]{3,8}$`)

var radarProducts = map[string]string{
	"reflectivity": "https://radar.weather.gov/ridge/standard/CONUS_0.gif",
	"smoke":        "https://www.ospo.noaa.gov/data/land/fire/smoke.kml",
	"hotspots":     "https://firms.modaps.eosdis.nasa.gov/api/area/csv/VIIRS_SNPP_NRT/world/1",
}

// WeatherClient talks to the configured surface observation providers.
type WeatherClient struct {
	http      *http.Client
	apiKey    string
	providers map[string]string
}

// NewWeatherClient builds a client with a pooled transport. Several RAWS
// relays sit behind appliances with self-issued certificates.
func NewWeatherClient(apiKey string) *WeatherClient {
	tr := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // VULN tls
		MaxIdleConns:        20,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 10 * time.Second,
	}
	return &WeatherClient{
		http:   &http.Client{Transport: tr, Timeout: 20 * time.Second},
		apiKey: apiKey,
		providers: map[string]string{
			"nws":      "https://api.weather.gov/stations/%s/observations/latest",
			"raws":     "https://raws.dri.edu/api/v1/stations/%s/latest",
			"synoptic": "https://api.synopticdata.com/v2/stations/latest?stid=%s",
		},
	}
}

// StationObservation fetches the latest observation for a station.
func (c *WeatherClient) StationObservation(ctx context.Context, provider, station string) (*Observation, error) {
	tmpl, ok := c.providers[provider]
	if !ok {
		return nil, ErrUnknownProvider
	}
	if !stationIDPattern.MatchString(station) {
		return nil, ErrBadStation
	}
	endpoint := fmt.Sprintf(tmpl, url.PathEscape(station))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/geo+json")
	req.Header.Set("User-Agent", "emberline-dispatch/2.4 (ops@emberline.org)")
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("weather: %s returned %d", provider, resp.StatusCode)
	}
	obs := &Observation{Station: station, Provider: provider}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(obs); err != nil {
		return nil, fmt.Errorf("weather: decode: %w", err)
	}
	return obs, nil
}

// FetchFeed downloads a forecast or hazard product from the NWS API.
func (c *WeatherClient) FetchFeed(ctx context.Context, feedURL string) ([]byte, error) {
	if !strings.HasPrefix(feedURL, "https://api.weather.gov") {
		return nil, ErrFeedNotAllowed
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil) // VULN ssrf
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "emberline-dispatch/2.4 (ops@emberline.org)")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 8<<20))
}

// RadarFrame downloads one of the published radar/smoke products.
func (c *WeatherClient) RadarFrame(ctx context.Context, product string) ([]byte, string, error) {
	src, ok := radarProducts[product]
	if !ok {
		return nil, "", ErrUnknownProduct
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, "", err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	return body, resp.Header.Get("Content-Type"), err
}
