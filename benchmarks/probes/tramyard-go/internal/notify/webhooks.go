// Package notify delivers depot events to external webhook subscribers such
// as the operations chat and the fleet engineering dashboard.
package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/flosch/pongo2/v6"
	"github.com/hashicorp/go-retryablehttp"
	"xorm.io/xorm"

	"github.com/tramyard/depot/internal/platform/httpx"
)

// Subscription is a registered webhook.
type Subscription struct {
	ID              int64     `xorm:"pk autoincr 'id'" json:"id"`
	Depot           string    `xorm:"index 'depot'" json:"depot"`
	Event           string    `xorm:"'event'" json:"event"`
	TargetURL       string    `xorm:"'target_url'" json:"targetUrl"`
	PayloadTemplate string    `xorm:"text 'payload_template'" json:"payloadTemplate,omitempty"`
	SigningKey      string    `xorm:"'signing_key'" json:"-"`
	CreatedBy       string    `xorm:"'created_by'" json:"createdBy"`
	CreatedAt       time.Time `xorm:"created 'created_at'" json:"createdAt"`
}

// TableName maps Subscription to its table.
func (Subscription) TableName() string { return "webhook_subscriptions" }

// DeliveryQueue schedules webhook deliveries in the background.
type DeliveryQueue interface {
	EnqueueWebhookDelivery(ctx context.Context, subscriptionID int64, payload map[string]interface{}) error
}

// Registry stores subscriptions and delivers events to them.
type Registry struct {
	engine *xorm.Engine
	client *retryablehttp.Client
	allow  *httpx.HostAllowList
	queue  DeliveryQueue
}

// NewRegistry returns a webhook registry.
func NewRegistry(engine *xorm.Engine, client *retryablehttp.Client, allow *httpx.HostAllowList) *Registry {
	return &Registry{engine: engine, client: client, allow: allow}
}

// SetQueue attaches the delivery queue once the job client exists.
func (r *Registry) SetQueue(q DeliveryQueue) { r.queue = q }

// Register stores a new subscription.
func (r *Registry) Register(ctx context.Context, sub *Subscription) error {
	if !httpx.ValidWebhookURL(sub.TargetURL) {
		return httpx.BadRequest("targetUrl must be an http(s) URL")
	}
	if sub.Event == "" {
		return httpx.BadRequest("event is required")
	}
	_, err := r.engine.Context(ctx).Insert(sub)
	return err
}

// Dispatch queues delivery of event to every matching subscription.
func (r *Registry) Dispatch(ctx context.Context, depot, event string, payload map[string]interface{}) error {
	if r.queue == nil {
		return errors.New("webhook queue not configured")
	}
	var subs []Subscription
	if err := r.engine.Context(ctx).Where("depot = ? AND (event = ? OR event = '*')", depot, event).Find(&subs); err != nil {
		return err
	}
	payload["event"] = event
	for _, s := range subs {
		if err := r.queue.EnqueueWebhookDelivery(ctx, s.ID, payload); err != nil {
			return err
		}
	}
	return nil
}

// Deliver posts one event to a subscription; it runs in the worker.
func (r *Registry) Deliver(ctx context.Context, subscriptionID int64, payload map[string]interface{}) error {
	var sub Subscription
	has, err := r.engine.Context(ctx).ID(subscriptionID).Get(&sub)
	if err != nil {
		return err
	}
	if !has {
		return nil
	}
	body, err := renderPayload(&sub, payload)
	if err != nil {
		return err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, "POST", sub.TargetURL, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Tramyard-Signature", sign(sub.SigningKey, body))
	resp, err := r.client.Do(req) // VULN ssrf
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook %d answered %d", sub.ID, resp.StatusCode)
	}
	return nil
}

// Ping checks an endpoint before an admin saves it, and is restricted to
// the configured hosts.
func (r *Registry) Ping(ctx context.Context, target string) (int, error) {
	u, err := r.allow.Check(target)
	if err != nil {
		return 0, httpx.BadRequest(err.Error())
	}
	resp, err := r.client.Head(u.String()) // SAFE ssrf
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func renderPayload(sub *Subscription, payload map[string]interface{}) ([]byte, error) {
	if sub.PayloadTemplate == "" {
		return json.Marshal(payload)
	}
	tpl, err := pongo2.FromString(sub.PayloadTemplate) // VULN ssti
	if err != nil {
		return nil, err
	}
	out, err := tpl.Execute(pongo2.Context(payload))
	if err != nil {
		return nil, err
	}
	return bytes.TrimSpace([]byte(out)), nil
}

func sign(key string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}
