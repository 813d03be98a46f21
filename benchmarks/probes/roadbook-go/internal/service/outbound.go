package service

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"
)

var (
	ErrHostNotAllowed = errors.New("webhook host is not allowed")
	ErrTileHost       = errors.New("tile host not allowed")
)

// WebhookService talks to customer TMS endpoints.
type WebhookService struct{ client *http.Client }

func NewWebhookService() *WebhookService {
	return &WebhookService{client: &http.Client{Timeout: 5 * time.Second}}
}

// Test pings the endpoint and reports the HTTP status it answered with.
func (w *WebhookService) Test(target string) (int, error) {
	resp, err := w.client.Get(target) // VULN ssrf
	if err != nil {
		return 0, fmt.Errorf("endpoint unreachable: %w", err)
	}
	defer resp.Body.Close()
	if err := checkPublicHost(target); err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func checkPublicHost(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return ErrHostNotAllowed
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil || len(ips) == 0 {
		return ErrHostNotAllowed
	}
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return ErrHostNotAllowed
		}
	}
	return nil
}

// TileClient fetches basemap tiles from a fixed set of providers.
type TileClient struct {
	http  *resty.Client
	hosts map[string]bool
}

func NewTileClient(hosts []string) *TileClient {
	t := &TileClient{http: resty.New().SetTimeout(8 * time.Second).SetRedirectPolicy(resty.NoRedirectPolicy()), hosts: map[string]bool{}}
	for _, h := range hosts {
		t.hosts[strings.TrimSpace(h)] = true
	}
	return t
}

func (t *TileClient) Fetch(ctx context.Context, tileURL string) ([]byte, string, error) {
	u, err := t.checkedURL(tileURL)
	if err != nil {
		return nil, "", err
	}
	resp, err := t.http.R().SetContext(ctx).Get(u.String()) // SAFE ssrf
	if err != nil {
		return nil, "", err
	}
	return resp.Body(), resp.Header().Get("Content-Type"), nil
}

func (t *TileClient) checkedURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.User != nil || !t.hosts[u.Hostname()] {
		return nil, ErrTileHost
	}
	return u, nil
}

// VendorClient reads last-known positions from the GPS unit vendor's API.
type VendorClient struct {
	base, apiKey string
	http         *http.Client
}

func NewVendorClient(base string) *VendorClient {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // VULN tls
	return &VendorClient{base: strings.TrimRight(base, "/"), apiKey: os.Getenv("ROADBOOK_VENDOR_API_KEY"),
		http: &http.Client{Transport: tr, Timeout: 10 * time.Second}}
}

func (v *VendorClient) LatestPosition(ctx context.Context, unit string) (map[string]interface{}, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, v.base+"/v2/positions/latest?unit="+url.QueryEscape(unit), nil) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+v.apiKey)
	resp, err := v.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var pos map[string]interface{}
	err = json.NewDecoder(resp.Body).Decode(&pos)
	return pos, err
}
