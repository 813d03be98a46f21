package notify

import (
	"bytes"
	"context"
	"net/http"
)

type Webhook struct {
	TargetURL string
	Secret    string
}

type Notifier struct {
	http       *http.Client
	cfg        Config
	webhookURL string
}

func (n *Notifier) Fanout(ctx context.Context, hooks []Webhook, body []byte) error {
	for _, h := range hooks {
		// a URL a partner registered, read back from its record
		// ruleid: trace.go.ssrf.stored-url
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.TargetURL, bytes.NewReader(body))
		if err != nil {
			return err
		}
		if _, err := n.http.Do(req); err != nil {
			return err
		}
	}
	return nil
}

func (n *Notifier) PingConfigured(ctx context.Context) error {
	// ok: trace.go.ssrf.stored-url
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, n.cfg.WebhookURL, nil)
	if err != nil {
		return err
	}
	_, err = n.http.Do(req)
	return err
}

func (n *Notifier) PingOwn(ctx context.Context) error {
	// ok: trace.go.ssrf.stored-url
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, n.webhookURL, nil)
	if err != nil {
		return err
	}
	_, err = n.http.Do(req)
	return err
}
