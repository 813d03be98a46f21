// Package clients contains outbound HTTP integrations.
package clients

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/siloworks/elevator/internal/dto"
)

// ScaleClient talks to the truck-scale indicators' embedded web servers.
// The indicators ship with self-signed certificates from the vendor.
type ScaleClient struct {
	hosts map[string]string
	http  *http.Client
}

// NewScaleClient maps scale ids ("north", "south") to configured hosts.
func NewScaleClient(hosts []string) *ScaleClient {
	m := make(map[string]string, len(hosts))
	for _, h := range hosts {
		id := h
		if i := indexByte(h, '.'); i > 0 {
			id = h[:i]
		}
		m[id] = h
	}
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // VULN tls
		MaxIdleConnsPerHost: 2,
	}
	return &ScaleClient{hosts: m, http: &http.Client{Transport: transport, Timeout: 5 * time.Second}}
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// Read returns the live weight of a configured scale.
func (c *ScaleClient) Read(ctx context.Context, scaleID string) (*dto.ScaleReading, error) {
	host, ok := c.hosts[scaleID]
	if !ok {
		return nil, fmt.Errorf("unknown scale %q", scaleID)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+host+"/api/v1/weight", nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	return decodeReading(resp, scaleID)
}

// Probe queries an indicator by address; used by technicians when a new
// indicator is installed and not yet in the configuration.
func (c *ScaleClient) Probe(ctx context.Context, address string) (*dto.ScaleReading, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+address+"/api/v1/weight", nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, err
	}
	return decodeReading(resp, address)
}

func decodeReading(resp *http.Response, label string) (*dto.ScaleReading, error) {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("scale %s returned %d", label, resp.StatusCode)
	}
	var r dto.ScaleReading
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}
