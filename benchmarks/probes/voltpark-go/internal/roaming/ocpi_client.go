package roaming

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/voltpark/platform/internal/models"
)

// Credentials the platform presents to the OCPI hub for outbound calls.
const (
	hubPartyID   = "DE*VPK"
	hubAuthToken = "9c2f7e1a-55b3-4d0e-8f6a-3b1d2c4e7a90" // VULN secret
)

var ErrUnknownPartnerHost = errors.New("partner host is not registered")

type OCPIClient struct {
	http          *http.Client
	partnerDomain string
	allowedHosts  map[string]struct{}
}

func NewOCPIClient(partnerDomain string, partnerHosts []string) *OCPIClient {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: true} // VULN tls
	allowed := make(map[string]struct{}, len(partnerHosts))
	for _, h := range partnerHosts {
		allowed[strings.ToLower(h)] = struct{}{}
	}
	return &OCPIClient{
		http:          &http.Client{Transport: tr, Timeout: 20 * time.Second},
		partnerDomain: partnerDomain,
		allowedHosts:  allowed,
	}
}

type ocpiResponse struct {
	Data          json.RawMessage `json:"data"`
	StatusCode    int             `json:"status_code"`
	StatusMessage string          `json:"status_message"`
	Timestamp     time.Time       `json:"timestamp"`
}

type Version struct {
	Version string `json:"version"`
	URL     string `json:"url"`
}

// FetchVersions calls the versions endpoint a partner registered during the
// credentials handshake.
func (c *OCPIClient) FetchVersions(ctx context.Context, versionsURL, token string) ([]Version, error) {
	u, err := url.Parse(versionsURL)
	if err != nil || u.Scheme != "https" {
		return nil, fmt.Errorf("versions url must be https")
	}
	if !strings.HasSuffix(u.Hostname(), c.partnerDomain) {
		return nil, ErrUnknownPartnerHost
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+token)
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("fetch versions: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	var env ocpiResponse
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("versions endpoint returned non-OCPI body: %.200s", body)
	}
	var versions []Version
	if err := json.Unmarshal(env.Data, &versions); err != nil {
		return nil, err
	}
	return versions, nil
}

type ocpiTariff struct {
	CountryCode string    `json:"country_code"`
	PartyID     string    `json:"party_id"`
	ID          string    `json:"id"`
	Currency    string    `json:"currency"`
	Elements    []any     `json:"elements"`
	LastUpdated time.Time `json:"last_updated"`
}

// PushTariff sends one of our tariffs to a partner's tariffs module.
func (c *OCPIClient) PushTariff(ctx context.Context, p *Partner, t models.Tariff) error {
	endpoint, err := url.Parse(p.TariffsEndpoint)
	if err != nil || endpoint.Scheme != "https" {
		return fmt.Errorf("partner %s has no usable tariffs endpoint", p.PartyID)
	}
	if _, ok := c.allowedHosts[strings.ToLower(endpoint.Hostname())]; !ok {
		return ErrUnknownPartnerHost
	}
	body, _ := json.Marshal(ocpiTariff{
		CountryCode: "DE",
		PartyID:     "VPK",
		ID:          fmt.Sprintf("T%d", t.ID),
		Currency:    t.Currency,
		Elements: []any{map[string]any{"price_components": []map[string]any{
			{"type": "ENERGY", "price": t.PricePerKWh, "step_size": 1},
			{"type": "TIME", "price": t.PricePerMinute * 60, "step_size": 60},
		}}},
		LastUpdated: time.Now().UTC(),
	})
	target := endpoint.JoinPath("DE", "VPK", fmt.Sprintf("T%d", t.ID))
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, target.String(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Token "+p.TokenB)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("OCPI-from-party-id", hubPartyID)
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("partner answered %s", resp.Status)
	}
	return nil
}

// HubHeaders returns the headers used when talking to the roaming hub.
func HubHeaders() http.Header {
	h := http.Header{}
	h.Set("Authorization", "Token "+hubAuthToken)
	h.Set("OCPI-from-party-id", hubPartyID)
	return h
}
