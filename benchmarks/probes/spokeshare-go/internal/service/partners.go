package service

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/spokeshare/spokeshare/internal/config"
	"github.com/spokeshare/spokeshare/internal/platform"
)

var ErrBadEndpoint = errors.New("endpoint not reachable from Spokeshare")

// Tariff is a partner operator's published price list.
type Tariff struct {
	Operator  string           `json:"operator"`
	PerMinute map[string]int64 `json:"per_minute"`
}

// PartnerClient talks to partner operators, the repair vendor and the legacy dock gateway.
type PartnerClient struct {
	http, legacy *http.Client
	vendor       *resty.Client
	gateway      string
	allowed      map[string]bool
}

func NewPartnerClient(cfg config.Config) *PartnerClient {
	p := &PartnerClient{
		http: &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}, // SAFE tls
		}},
		legacy: &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // VULN tls
		}},
		vendor: resty.New().SetBaseURL(cfg.VendorURL).
			SetBasicAuth(cfg.VendorUser, cfg.VendorPass). // SAFE secret
			SetTimeout(15 * time.Second),
		gateway: strings.TrimRight(cfg.DockGateway, "/"),
		allowed: map[string]bool{},
	}
	for _, h := range cfg.PartnerHosts {
		p.allowed[strings.ToLower(strings.TrimSpace(h))] = true
	}
	return p
}

// FetchTariff downloads a partner's tariff file for the interoperability price table.
func (p *PartnerClient) FetchTariff(ctx context.Context, rawURL string) (*Tariff, error) {
	u, err := platform.PartnerURL(rawURL, p.allowed)
	if err != nil {
		return nil, err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	resp, err := p.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t Tariff
	return &t, json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&t)
}

// CheckEndpoint lets a partner verify that their webhook endpoint is reachable from us.
func (p *PartnerClient) CheckEndpoint(ctx context.Context, rawURL string) (int, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return 0, ErrBadEndpoint
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil && platform.IsPrivateAddr(ip) {
		return 0, ErrBadEndpoint
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	resp, err := p.http.Do(req) // VULN ssrf
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// VendorTicket returns the repair vendor's ticket for one of our repairs.
func (p *PartnerClient) VendorTicket(ctx context.Context, repairID int64) ([]byte, error) {
	resp, err := p.vendor.R().SetContext(ctx).SetPathParam("ref", "SPK-"+strconv.FormatInt(repairID, 10)).Get("/v2/tickets/{ref}")
	if err != nil || resp.IsError() {
		return nil, fmt.Errorf("repair vendor: %v %s", err, resp.Status())
	}
	return resp.Body(), nil
}

// LegacyDockStatus queries the gateway in front of the 2017-generation docks.
func (p *PartnerClient) LegacyDockStatus(ctx context.Context, dockID int64) ([]byte, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.gateway+"/status/"+strconv.FormatInt(dockID, 10), nil)
	resp, err := p.legacy.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 256<<10))
}
