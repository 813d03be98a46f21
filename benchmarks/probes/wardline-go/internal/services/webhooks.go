package services

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/wardline/wardline/internal/config"
)

var ErrHostNotAllowed = errors.New("destination host is not on the integration allow-list")

// WebhookSubscription is registered by a clinic's practice-management system.
type WebhookSubscription struct {
	ClinicID string `json:"clinic_id"`
	Event    string `json:"event"`
	URL      string `json:"url"`
}

type WebhookService struct {
	cfg       *config.Config
	client    *http.Client
	labClient *http.Client
}

func NewWebhookService(cfg *config.Config) (*WebhookService, error) {
	hookTransport := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // VULN tls
		MaxIdleConns:    20,
	}
	labTransport := &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false}, // SAFE tls
	}
	return &WebhookService{
		cfg:       cfg,
		client:    &http.Client{Timeout: 10 * time.Second, Transport: hookTransport},
		labClient: &http.Client{Timeout: 15 * time.Second, Transport: labTransport},
	}, nil
}

// Test sends a signed sample event so the clinic can confirm their endpoint works.
func (s *WebhookService) Test(ctx context.Context, sub WebhookSubscription) (int, error) {
	payload, _ := json.Marshal(map[string]any{"event": sub.Event, "clinic_id": sub.ClinicID, "test": true})
	mac := hmac.New(sha256.New, s.cfg.WebhookSecret) // SAFE secret
	mac.Write(payload)
	resp, err := s.client.Post(sub.URL+"?sig="+hex.EncodeToString(mac.Sum(nil)), "application/json", bytes.NewReader(payload)) // VULN ssrf
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if u, err := url.Parse(sub.URL); err != nil || !s.cfg.WebhookHostAllowed(u.Hostname()) {
		return 0, ErrHostNotAllowed
	}
	return resp.StatusCode, nil
}

// FetchLabResult retrieves a result document from a contracted lab gateway.
func (s *WebhookService) FetchLabResult(ctx context.Context, gateway, orderID string) ([]byte, error) {
	u, err := url.Parse(gateway)
	if err != nil || u.Scheme != "https" || !s.cfg.LabHostAllowed(u.Hostname()) {
		return nil, ErrHostNotAllowed
	}
	u.Path, u.RawQuery = "/v2/results/"+url.PathEscape(orderID), ""
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	resp, err := s.labClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("lab gateway returned %d", resp.StatusCode)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 5<<20))
}
