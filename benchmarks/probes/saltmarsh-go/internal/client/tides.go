package client

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/saltmarsh/survey/internal/security"
)

// TidesClient fetches high-water predictions so trip leaders can plan
// mist-net rides around the tide.
type TidesClient struct {
	base string
	http *resty.Client
	// gauge is used for the older harbour gauge feeds, which still serve
	// a self-signed certificate.
	gauge *resty.Client
}

type TidePrediction struct {
	Station string    `json:"station"`
	Time    time.Time `json:"time"`
	HeightM float64   `json:"height_m"`
	Kind    string    `json:"kind"`
}

func NewTidesClient(base string) *TidesClient {
	gauge := resty.New().SetTimeout(10 * time.Second)
	gauge.SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}) // VULN tls
	return &TidesClient{
		base:  strings.TrimRight(base, "/"),
		http:  resty.New().SetTimeout(10 * time.Second),
		gauge: gauge,
	}
}

// ForStation returns predictions for a named station on the given day.
func (c *TidesClient) ForStation(ctx context.Context, station string, day time.Time) ([]TidePrediction, error) {
	if !security.ValidStation(station) {
		return nil, errors.New("unknown tide station")
	}
	var out []TidePrediction
	_, err := c.http.R().SetContext(ctx).SetQueryParam("date", day.Format("2006-01-02")).SetResult(&out).Get(c.base + "/stations/" + station + "/predictions") // SAFE ssrf
	return out, err
}

// FromFeed reads predictions from an alternative feed on the tides host
// (leaders sometimes paste a harbour-specific feed link).
func (c *TidesClient) FromFeed(ctx context.Context, feed string) ([]TidePrediction, error) {
	if !strings.HasPrefix(feed, c.base) {
		return nil, fmt.Errorf("feed must be hosted on %s", c.base)
	}
	var out []TidePrediction
	_, err := c.gauge.R().SetContext(ctx).SetResult(&out).Get(feed) // VULN ssrf
	return out, err
}
