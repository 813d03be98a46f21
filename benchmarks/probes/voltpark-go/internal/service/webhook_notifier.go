package service

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"
)

type WebhookNotifier struct {
	client *http.Client
}

func NewWebhookNotifier(timeout time.Duration) *WebhookNotifier {
	return &WebhookNotifier{client: &http.Client{Timeout: timeout}}
}

type WebhookResult struct {
	StatusCode int    `json:"status_code"`
	LatencyMS  int64  `json:"latency_ms"`
	Body       string `json:"body"`
}

type samplePayload struct {
	Event     string    `json:"event"`
	SessionID string    `json:"session_id"`
	EnergyKWh float64   `json:"energy_kwh"`
	SentAt    time.Time `json:"sent_at"`
}

// Ping posts a sample session.completed event to target and reports what the
// endpoint answered.
func (n *WebhookNotifier) Ping(ctx context.Context, target string) (*WebhookResult, error) {
	payload, _ := json.Marshal(samplePayload{
		Event:     "session.completed",
		SessionID: "00000000-0000-0000-0000-000000000000",
		EnergyKWh: 42.5,
		SentAt:    time.Now().UTC(),
	})
	start := time.Now()
	resp, err := n.client.Post(target, "application/json", bytes.NewReader(payload)) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return &WebhookResult{
		StatusCode: resp.StatusCode,
		LatencyMS:  time.Since(start).Milliseconds(),
		Body:       string(body),
	}, nil
}
