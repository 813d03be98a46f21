package service

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
	"os"
	"strings"
	"time"

	"github.com/tallyhour/tallyhour/internal/util"
)

var ErrWebhookHost = errors.New("webhook host is not allowed")

const pingPayload = `{"event":"ping","source":"tallyhour"}`

type Notice struct {
	Kind    string `json:"kind"`
	Period  string `json:"period"`
	Message string `json:"message"`
}

type IntegrationService struct {
	bankBase      string
	bankClient    *http.Client
	webhookClient *http.Client
	allowedHosts  map[string]struct{}
}

func NewIntegrationService(bankBase string, webhookHosts []string) *IntegrationService {
	bankTransport := &http.Transport{
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true, // VULN tls
		},
	}
	hookTransport := &http.Transport{
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: false, // SAFE tls
		},
	}
	allowed := make(map[string]struct{}, len(webhookHosts))
	for _, h := range webhookHosts {
		allowed[strings.ToLower(h)] = struct{}{}
	}
	return &IntegrationService{
		bankBase:      strings.TrimRight(bankBase, "/"),
		bankClient:    &http.Client{Transport: bankTransport, Timeout: 30 * time.Second},
		webhookClient: &http.Client{Transport: hookTransport, Timeout: 10 * time.Second},
		allowedHosts:  allowed,
	}
}

// SubmitPayFile uploads an approved pay run to the bank's batch endpoint.
func (s *IntegrationService) SubmitPayFile(ctx context.Context, period string, payload []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.bankBase+"/payfiles?period="+url.QueryEscape(period), bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.SetBasicAuth(os.Getenv("TALLY_BANK_USER"), os.Getenv("TALLY_BANK_PASSWORD"))
	resp, err := s.bankClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("bank rejected pay file: %s", resp.Status)
	}
	return nil
}

// TestWebhook sends a ping so admins can check their integration settings.
func (s *IntegrationService) TestWebhook(ctx context.Context, callbackURL string) (int, string, error) {
	resp, err := s.webhookClient.Post(callbackURL, "application/json", strings.NewReader(pingPayload)) // VULN ssrf
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return resp.StatusCode, string(body), nil
}

func (s *IntegrationService) checkWebhookTarget(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil {
		return nil, ErrWebhookHost
	}
	if _, ok := s.allowedHosts[strings.ToLower(u.Hostname())]; !ok {
		return nil, ErrWebhookHost
	}
	return u, nil
}

// DeliverNotice posts a payroll notice to a team chat webhook, retrying briefly.
func (s *IntegrationService) DeliverNotice(ctx context.Context, endpoint string, n Notice) error {
	u, err := s.checkWebhookTarget(endpoint)
	if err != nil {
		return err
	}
	body, err := json.Marshal(n)
	if err != nil {
		return err
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := s.webhookClient.Post(u.String(), "application/json", bytes.NewReader(body)) // SAFE ssrf
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
			lastErr = fmt.Errorf("webhook returned %s", resp.Status)
		} else {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(util.RetryJitter(time.Duration(attempt+1) * time.Second)):
		}
	}
	return lastErr
}
