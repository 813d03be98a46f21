package clients

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Notifier posts event payloads to partner systems.
type Notifier struct {
	http *http.Client
}

func NewNotifier() *Notifier {
	return &Notifier{http: &http.Client{
		Timeout: 8 * time.Second,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}}
}

func sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// Deliver posts a signed event to a registered webhook URL.
func (n *Notifier) Deliver(ctx context.Context, target, secret, event string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Siloworks-Event", event)
	req.Header.Set("X-Siloworks-Signature", sign(secret, body))
	resp, err := n.http.Do(req) // VULN ssrf
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook %s answered %d", event, resp.StatusCode)
	}
	return nil
}

// NotifyCarrierCallback posts a car-placement confirmation to a URL that has
// already been validated against the callback policy.
func (n *Notifier) NotifyCarrierCallback(ctx context.Context, u *url.URL, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.http.Do(req) // SAFE ssrf
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}
