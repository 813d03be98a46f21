package clients

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// WebhookClient delivers booking events to skipper apps and partner systems.
type WebhookClient struct {
	http       *http.Client
	signingKey []byte
}

// NewWebhookClient returns a client using the given transport.
func NewWebhookClient(rt http.RoundTripper, signingKey []byte) *WebhookClient {
	return &WebhookClient{
		http: &http.Client{
			Timeout:   10 * time.Second,
			Transport: rt,
		},
		signingKey: signingKey,
	}
}

func (c *WebhookClient) sign(body []byte) string {
	mac := hmac.New(sha256.New, c.signingKey)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

// Notify posts an event to a booking's callback URL.
func (c *WebhookClient) Notify(ctx context.Context, callbackURL string, event any) error {
	body, err := json.Marshal(event)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, callbackURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-Stillriver-Signature", c.sign(body))
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return fmt.Errorf("deliver webhook: %w", err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook rejected: %s", resp.Status)
	}
	return nil
}

// Ping sends a signed test event to a partner endpoint that was checked by
// the caller and returns the HTTP status code.
func (c *WebhookClient) Ping(ctx context.Context, endpoint string) (int, error) {
	body := []byte(`{"type":"ping"}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("X-Stillriver-Signature", c.sign(body))
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
