package client

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/saltmarsh/survey/internal/security"
)

// Notification is what volunteers receive when something they follow changes.
type Notification struct {
	Event   string      `json:"event"`
	Subject string      `json:"subject"`
	Data    interface{} `json:"data"`
	SentAt  time.Time   `json:"sentAt"`
}

type Notifier struct {
	http *resty.Client
}

func NewNotifier() *Notifier {
	return &Notifier{http: resty.New().SetTimeout(8 * time.Second).SetRetryCount(1)}
}

// DeliverPersonal posts to the webhook a volunteer registered on their profile
// (chat integrations, home automation and so on).
func (n *Notifier) DeliverPersonal(ctx context.Context, hookURL string, msg Notification) error {
	resp, err := n.http.R().SetContext(ctx).SetBody(msg).Post(hookURL) // VULN ssrf
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("webhook returned %s", resp.Status())
	}
	return nil
}

// DeliverPartner posts to a partner organisation endpoint configured by an admin.
func (n *Notifier) DeliverPartner(ctx context.Context, endpoint string, msg Notification) error {
	u, err := security.CheckOutboundURL(endpoint)
	if err != nil {
		return err
	}
	_, err = n.http.R().SetContext(ctx).SetBody(msg).Post(u.String()) // SAFE ssrf
	return err
}
