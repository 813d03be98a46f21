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
	"strconv"
	"strings"
	"time"

	"github.com/tracklane/tracklane/internal/domain"
)

// Delivery is the outcome of a webhook call, kept for the partner's delivery log.
type Delivery struct {
	HookID     int64
	StatusCode int
	Response   string
	Duration   time.Duration
}

type envelope struct {
	Event     string    `json:"event"`
	Timestamp time.Time `json:"timestamp"`
	Data      any       `json:"data"`
}

// WebhookDispatcher posts signed event payloads to partner callbacks.
type WebhookDispatcher struct {
	http *http.Client
}

// NewWebhookDispatcher creates the dispatcher.
func NewWebhookDispatcher() *WebhookDispatcher {
	return &WebhookDispatcher{http: &http.Client{Timeout: 10 * time.Second}}
}

// Deliver sends one event to one hook.
func (d *WebhookDispatcher) Deliver(ctx context.Context, hook domain.Webhook, event string, data any) (*Delivery, error) {
	body, err := json.Marshal(envelope{Event: event, Timestamp: time.Now().UTC(), Data: data})
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, []byte(hook.Secret))
	mac.Write(body)

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook.CallbackURL, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("build webhook request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Tracklane-Event", event)
	req.Header.Set("X-Tracklane-Hook", strconv.FormatInt(hook.ID, 10))
	req.Header.Set("X-Tracklane-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))

	started := time.Now()
	resp, err := d.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
	return &Delivery{HookID: hook.ID, StatusCode: resp.StatusCode, Response: string(snippet), Duration: time.Since(started)}, nil
}

// ETA is the predicted arrival of a wagon at its next destination.
type ETA struct {
	WagonID     int64     `json:"wagon_id"`
	Destination string    `json:"destination"`
	ArrivesAt   time.Time `json:"arrives_at"`
	Confidence  float64   `json:"confidence"`
}

// ETAClient calls the internal arrival prediction service.
type ETAClient struct {
	http *http.Client
	base string
}

// NewETAClient creates the client.
func NewETAClient(base string) *ETAClient {
	return &ETAClient{http: &http.Client{Timeout: 5 * time.Second}, base: strings.TrimRight(base, "/")}
}

// Predict asks for a fresh ETA of wagonID.
func (c *ETAClient) Predict(ctx context.Context, wagonID int64) (*ETA, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/api/v1/wagons/%d/eta", c.base, wagonID), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("eta service: status %d", resp.StatusCode)
	}
	var eta ETA
	return &eta, json.NewDecoder(resp.Body).Decode(&eta)
}
