package clients

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/curbwatch/curbwatch/internal/config"
)

// GeoPoint is a geocoding result.
type GeoPoint struct {
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	ZoneCode string  `json:"zone_code"`
	Matched  string  `json:"matched_address"`
}

// Geocoder resolves street addresses to residential parking zones.
type Geocoder struct {
	rc              *resty.Client
	providers       map[string]string
	defaultProvider string
}

func NewGeocoder(cfg config.GeocoderConfig) *Geocoder {
	return &Geocoder{
		rc:              resty.New().SetTimeout(5 * time.Second),
		providers:       cfg.Providers,
		defaultProvider: cfg.DefaultProvider,
	}
}

func (g *Geocoder) endpoint(provider string) string {
	if provider == "" {
		provider = g.defaultProvider
	}
	if u, ok := g.providers[provider]; ok {
		return u
	}
	return provider
}

// Geocode resolves an address using the named provider.
func (g *Geocoder) Geocode(ctx context.Context, provider, address string) (*GeoPoint, error) {
	var pt GeoPoint
	resp, err := g.rc.R().SetContext(ctx).SetQueryParam("q", address).SetResult(&pt).Get(g.endpoint(provider)) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("geocode: %w", err)
	}
	if resp.IsError() {
		return nil, fmt.Errorf("geocode: status %d: %s", resp.StatusCode(), resp.String())
	}
	return &pt, nil
}

// Reverse resolves a handheld's GPS fix to an address using the city GIS.
func (g *Geocoder) Reverse(ctx context.Context, lat, lon float64) (*GeoPoint, error) {
	var pt GeoPoint
	params := map[string]string{
		"lat": strconv.FormatFloat(lat, 'f', 6, 64),
		"lon": strconv.FormatFloat(lon, 'f', 6, 64),
	}
	resp, err := g.rc.R().SetContext(ctx).SetQueryParams(params).SetResult(&pt).Get(g.providers["city"] + "/reverse") // SAFE ssrf
	if err != nil {
		return nil, fmt.Errorf("reverse geocode: %w", err)
	}
	if resp.IsError() {
		return nil, fmt.Errorf("reverse geocode: status %d", resp.StatusCode())
	}
	return &pt, nil
}
