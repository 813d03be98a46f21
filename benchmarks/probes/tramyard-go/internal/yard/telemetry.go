package yard

import (
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// TelemetryClient reads live and historical telemetry.
type TelemetryClient struct {
	http        *retryablehttp.Client
	baseURL     string
	onboardPort int
}

// NewTelemetryClient returns a telemetry client.
func NewTelemetryClient(c *retryablehttp.Client, baseURL string, onboardPort int) *TelemetryClient {
	return &TelemetryClient{http: c, baseURL: baseURL, onboardPort: onboardPort}
}

// Snapshot pulls a live snapshot straight from a tram's on-board computer
// over the yard Wi-Fi.
func (c *TelemetryClient) Snapshot(ctx context.Context, onboardHost string) ([]byte, error) {
	resp, err := c.http.Get(fmt.Sprintf("http://%s:%d/v1/snapshot", onboardHost, c.onboardPort)) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("snapshot: status %d", resp.StatusCode)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 4<<20))
}
