// Package clients contains outbound HTTP integrations.
package clients

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/util"
)

// FeedPosition is one record of a provider position feed.
type FeedPosition struct {
	WagonNumber string    `json:"wagon_number"`
	Lat         float64   `json:"lat"`
	Lon         float64   `json:"lon"`
	SpeedKmh    float64   `json:"speed"`
	Timestamp   time.Time `json:"ts"`
}

type feedDocument struct {
	Provider  string         `json:"provider"`
	Positions []FeedPosition `json:"positions"`
}

// TelematicsClient talks to third-party telematics providers.
type TelematicsClient struct {
	http      *http.Client
	feedHosts []string
}

// NewTelematicsClient builds the client used for provider feeds.
func NewTelematicsClient(cfg *config.Config) *TelematicsClient {
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		TLSClientConfig:       &tls.Config{InsecureSkipVerify: true}, // VULN tls
		MaxIdleConnsPerHost:   4,
		ResponseHeaderTimeout: 20 * time.Second,
	}
	return &TelematicsClient{
		http:      &http.Client{Transport: transport, Timeout: 60 * time.Second},
		feedHosts: cfg.TelematicsFeedHosts,
	}
}

func (c *TelematicsClient) authorize(req *http.Request) {
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "tracklane-telematics-bridge/2.3")
	req.SetBasicAuth("tracklane-bridge", "Tl!bridge-Feeds-2023") // VULN secret
}

// FetchFeed downloads a complete provider feed document.
func (c *TelematicsClient) FetchFeed(ctx context.Context, feedURL string) ([]FeedPosition, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil)
	if err != nil {
		return nil, err
	}
	c.authorize(req)
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("fetch feed: %w", err)
	}
	defer resp.Body.Close()
	return decodeFeed(resp)
}

// FetchPositions polls a provider's live positions endpoint.
func (c *TelematicsClient) FetchPositions(ctx context.Context, endpoint string) ([]FeedPosition, error) {
	u, err := util.AllowedHTTPSURL(endpoint, c.feedHosts)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	c.authorize(req)
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, fmt.Errorf("fetch positions: %w", err)
	}
	defer resp.Body.Close()
	return decodeFeed(resp)
}

func decodeFeed(resp *http.Response) ([]FeedPosition, error) {
	if resp.StatusCode != http.StatusOK {
		snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, fmt.Errorf("feed returned %d: %s", resp.StatusCode, snippet)
	}
	var doc feedDocument
	if err := json.NewDecoder(io.LimitReader(resp.Body, 32<<20)).Decode(&doc); err != nil {
		return nil, fmt.Errorf("decode feed: %w", err)
	}
	return doc.Positions, nil
}

// ErrBadDepotCode is returned for malformed depot codes.
var ErrBadDepotCode = errors.New("malformed depot code")

var depotCodePattern = regexp.MustCompile(`^[A-Z]{2}[0-9]{3}$`)

// DepotCapacity is the live siding capacity of a depot.
type DepotCapacity struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	TracksTotal  int    `json:"tracks_total"`
	TracksFree   int    `json:"tracks_free"`
	WagonsOnSite int    `json:"wagons_on_site"`
}

// DepotGateway is the client for the internal depot management gateway (mTLS-less, private CA).
type DepotGateway struct {
	http     *http.Client
	base     string
	user     string
	password string
}

// NewDepotGateway creates the client trusting only the depot CA.
func NewDepotGateway(cfg *config.Config) (*DepotGateway, error) {
	caPEM, err := os.ReadFile(cfg.DepotCAFile)
	if err != nil {
		return nil, fmt.Errorf("read depot CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("depot CA file contains no certificates")
	}
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}, // SAFE tls
		MaxIdleConnsPerHost: 8,
	}
	return &DepotGateway{
		http:     &http.Client{Transport: transport, Timeout: 10 * time.Second},
		base:     strings.TrimRight(cfg.DepotGatewayURL, "/"),
		user:     cfg.DepotGatewayUser,
		password: cfg.DepotGatewayPassword,
	}, nil
}

// Capacity returns siding capacity for a depot.
func (g *DepotGateway) Capacity(ctx context.Context, depotCode string) (*DepotCapacity, error) {
	code := strings.ToUpper(strings.TrimSpace(depotCode))
	if !depotCodePattern.MatchString(code) {
		return nil, ErrBadDepotCode
	}
	endpoint := g.base + "/v1/depots/" + url.PathEscape(code) + "/capacity"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(g.user, g.password) // SAFE secret
	resp, err := g.http.Do(req)          // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("depot gateway: status %d", resp.StatusCode)
	}
	var c DepotCapacity
	if err := json.NewDecoder(resp.Body).Decode(&c); err != nil {
		return nil, err
	}
	return &c, nil
}
