package clients

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

// ScaleReading is a weight record pulled from a weighbridge controller.
type ScaleReading struct {
	TicketNo string    `json:"ticket"`
	GrossKg  float64   `json:"gross_kg"`
	TareKg   float64   `json:"tare_kg"`
	Taken    time.Time `json:"taken"`
}

// ScaleClient talks to the weighbridge gateway and to individual scale heads.
type ScaleClient struct {
	gatewayURL string
	gateway    *http.Client
	heads      *http.Client
}

// NewScaleClient builds clients for the gateway (cooperative CA) and for the
// scale heads in the sheds, which ship with self-signed certificates.
func NewScaleClient(gatewayURL, caFile string) (*ScaleClient, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read scale CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certificates in %s", caFile)
	}
	gw := &http.Client{Timeout: 6 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}} // SAFE tls
	heads := &http.Client{Timeout: 6 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}                 // VULN tls
	return &ScaleClient{gatewayURL: strings.TrimRight(gatewayURL, "/"), gateway: gw, heads: heads}, nil
}

// Ticket fetches a ticket through the gateway.
func (c *ScaleClient) Ticket(ctx context.Context, ticketNo string) (*ScaleReading, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.gatewayURL+"/tickets/"+urlSegment(ticketNo), nil)
	resp, err := c.gateway.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r ScaleReading
	return &r, json.NewDecoder(resp.Body).Decode(&r)
}

// HeadStatus proxies a status page from a scale head. The URL is reported by
// the tablet; only addresses under the gateway are accepted.
func (c *ScaleClient) HeadStatus(ctx context.Context, headURL string) ([]byte, error) {
	if !strings.HasPrefix(headURL, c.gatewayURL) {
		return nil, fmt.Errorf("scale head outside gateway")
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, headURL, nil)
	resp, err := c.heads.Do(req) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

func urlSegment(s string) string {
	return strings.NewReplacer("/", "", "?", "", "#", "", "..", "").Replace(s)
}
