package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/validate"
)

// HTTPClient delivers fleet webhooks and talks to the card processor.
type HTTPClient struct {
	http           *http.Client
	processorHosts []string
}

func NewHTTPClient(processorHosts []string) *HTTPClient {
	return &HTTPClient{
		http:           &http.Client{Timeout: 10 * time.Second},
		processorHosts: processorHosts,
	}
}

type citationWebhook struct {
	Event      string    `json:"event"`
	Citation   string    `json:"citation_number"`
	Plate      string    `json:"plate"`
	PlateState string    `json:"plate_state"`
	IssuedAt   time.Time `json:"issued_at"`
	PayURL     string    `json:"pay_url"`
}

// DeliveryResult is stored in the fleet delivery log shown on the portal.
type DeliveryResult struct {
	StatusCode int
	Body       string
}

// DeliverCitation notifies a fleet operator that one of its vehicles was cited.
func (c *HTTPClient) DeliverCitation(ctx context.Context, target, payBase string, ev dto.CitationIssued) (*DeliveryResult, error) {
	body, err := json.Marshal(citationWebhook{
		Event:      "citation.issued",
		Citation:   ev.Number,
		Plate:      ev.Plate,
		PlateState: ev.PlateState,
		IssuedAt:   ev.IssuedAt,
		PayURL:     payBase + "/pay/" + ev.Number,
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Curbwatch-Webhooks/2.3")
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("deliver webhook: %w", err)
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return &DeliveryResult{StatusCode: resp.StatusCode, Body: string(snippet)}, nil
}

// ProcessorStatus is the card processor's view of a payment.
type ProcessorStatus struct {
	Reference string `json:"reference"`
	State     string `json:"state"`
	Amount    int64  `json:"amount_cents"`
}

// PaymentStatus confirms a payment by calling the status URL the processor handed back.
func (c *HTTPClient) PaymentStatus(ctx context.Context, statusURL string) (*ProcessorStatus, error) {
	u, err := validate.HTTPSHostIn(statusURL, c.processorHosts)
	if err != nil {
		return nil, fmt.Errorf("status url rejected: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var st ProcessorStatus
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&st); err != nil {
		return nil, err
	}
	return &st, nil
}
