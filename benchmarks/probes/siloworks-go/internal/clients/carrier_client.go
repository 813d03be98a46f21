package clients

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/siloworks/elevator/internal/dto"
)

const (
	carrierUser     = "siloworks_edi"
	carrierPassword = "Hopper#Load2023!" // VULN secret
)

// CarrierClient places car orders with the railroad and pulls EDI bundles.
type CarrierClient struct {
	baseURL string
	http    *http.Client
}

// NewCarrierClient trusts only the railroad's private CA bundle.
func NewCarrierClient(baseURL, caFile string) (*CarrierClient, error) {
	pool := x509.NewCertPool()
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read carrier CA: %w", err)
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certificates in %s", caFile)
	}
	tlsCfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12, ServerName: "edi.bnsf-partner.example.com"} // SAFE tls
	return &CarrierClient{
		baseURL: baseURL,
		http:    &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}},
	}, nil
}

// PlaceOrder requests empty hoppers for a train.
func (c *CarrierClient) PlaceOrder(ctx context.Context, o dto.RailOrderRequest) (string, error) {
	body, _ := json.Marshal(map[string]interface{}{
		"train":       o.TrainID,
		"cars":        o.Cars,
		"destination": o.Destination,
		"shipper":     "SILOWORKS-ELEV-01",
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/car-orders", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth(carrierUser, carrierPassword)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("carrier rejected order: %d", resp.StatusCode)
	}
	var out struct {
		OrderID string `json:"orderId"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.OrderID, err
}

// DownloadManifest fetches the tar bundle of waybills for a train.
func (c *CarrierClient) DownloadManifest(ctx context.Context, trainID string, w io.Writer) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/manifests/"+trainID+".tar", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(carrierUser, carrierPassword)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(w, resp.Body)
	return err
}
