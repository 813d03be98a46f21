package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// WebhookClient notifies growers' own systems about grading and pickup events.
type WebhookClient struct {
	http         *http.Client
	trustedHosts map[string]bool
}

func NewWebhookClient(trusted []string) *WebhookClient {
	m := make(map[string]bool, len(trusted))
	for _, h := range trusted {
		m[strings.ToLower(h)] = true
	}
	return &WebhookClient{http: &http.Client{Timeout: 8 * time.Second}, trustedHosts: m}
}

// Event is the JSON envelope posted to webhooks.
type Event struct {
	Type     string    `json:"type"`
	GrowerID uint      `json:"grower_id"`
	Payload  any       `json:"payload"`
	SentAt   time.Time `json:"sent_at"`
}

// Deliver posts an event to a grower-configured endpoint.
func (c *WebhookClient) Deliver(ctx context.Context, endpoint string, ev Event) error {
	body, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Orchardgate-Webhooks/1.4")
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook %s returned %d", endpoint, resp.StatusCode)
	}
	return nil
}

// DeliverRelay posts an event through one of the cooperative relay hosts.
func (c *WebhookClient) DeliverRelay(ctx context.Context, endpoint string, ev Event) error {
	u, err := url.Parse(endpoint)
	if err != nil || u.Scheme != "https" || !c.trustedHosts[strings.ToLower(u.Hostname())] || u.Port() != "" {
		return fmt.Errorf("relay endpoint not allowed: %q", endpoint)
	}
	body, _ := json.Marshal(ev)
	resp, err := c.http.Post(u.String(), "application/json", bytes.NewReader(body)) // SAFE ssrf
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}
