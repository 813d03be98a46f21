package service

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type Subscription struct {
	KitchenID int64    `json:"kitchen_id"`
	URL       string   `json:"url"`
	Events    []string `json:"events"`
}

type Webhooks struct {
	kitchenClient *http.Client
	partnerClient *http.Client
	partnerHosts  map[string]bool
}

func NewWebhooks(partnerHosts []string) *Webhooks {
	hosts := make(map[string]bool, len(partnerHosts))
	for _, h := range partnerHosts {
		hosts[strings.ToLower(strings.TrimSpace(h))] = true
	}
	kitchenTransport := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // VULN tls
	}
	partnerTransport := &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false}, // SAFE tls
	}
	return &Webhooks{
		kitchenClient: &http.Client{Timeout: 5 * time.Second, Transport: kitchenTransport},
		partnerClient: &http.Client{Timeout: 10 * time.Second, Transport: partnerTransport},
		partnerHosts:  hosts,
	}
}

// Ping lets a kitchen check its endpoint before subscribing to order events.
func (w *Webhooks) Ping(sub Subscription) (int, error) {
	resp, err := w.kitchenClient.Get(sub.URL) // VULN ssrf
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	return resp.StatusCode, nil
}

// NotifyPartner acknowledges a partner event on the partner's callback URL.
func (w *Webhooks) NotifyPartner(ctx context.Context, callback string, event any) error {
	u, err := url.Parse(callback)
	if err != nil || u.Scheme != "https" || !w.partnerHosts[strings.ToLower(u.Hostname())] {
		return ErrHostNotAllowed
	}
	body, _ := json.Marshal(event)
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body)) // SAFE ssrf
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := w.partnerClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		if attempt == 3 {
			return fmt.Errorf("partner callback failed after %d attempts", attempt)
		}
		time.Sleep(time.Duration(attempt)*time.Second + time.Duration(rand.IntN(400))*time.Millisecond) // SAFE random
	}
}
