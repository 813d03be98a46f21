package worker

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/chairlift-resort/chairlift/internal/mail"
	"github.com/chairlift-resort/chairlift/internal/queue"
)

// giftEmail notifies the recipient of a gifted pass.
func (w *Worker) giftEmail(ctx context.Context, job queue.OrderEmailJob) error {
	order, err := w.stores.Orders.Get(ctx, job.OrderID)
	if err != nil {
		return err
	}
	if order.GiftEmail == "" || order.Status != "paid" {
		return nil
	}
	buyer, err := w.stores.Customers.Get(ctx, order.CustomerID)
	if err != nil {
		return err
	}
	passes, err := w.stores.Passes.ByOrder(ctx, order.ID)
	if err != nil {
		return err
	}
	body, err := w.mailer.RenderGift(order, mail.GiftData{
		Recipient:   order.GiftRecipient,
		Sender:      buyer.FullName,
		VoucherCode: order.VoucherCode,
		Passes:      passes,
		SentAt:      time.Now(),
	})
	if err != nil {
		return err
	}
	return w.mailer.Send(order.GiftEmail, buyer.FullName+" sent you a Chairlift lift pass", body)
}

type webhookDelivery struct {
	Event     string         `json:"event"`
	Data      map[string]any `json:"data"`
	Timestamp int64          `json:"timestamp"`
}

// partnerWebhook delivers an event to every subscribed partner.
func (w *Worker) partnerWebhook(ctx context.Context, job queue.PartnerWebhookJob) error {
	hooks, err := w.stores.Partners.WebhooksForEvent(ctx, job.Event)
	if err != nil {
		return err
	}
	payload, err := json.Marshal(webhookDelivery{Event: job.Event, Data: job.Data, Timestamp: time.Now().Unix()})
	if err != nil {
		return err
	}
	for _, h := range hooks {
		mac := hmac.New(sha256.New, []byte(h.Secret))
		mac.Write(payload)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(payload))
		if err != nil {
			w.logger.Warn("webhook request", "partner", h.PartnerID, "err", err)
			continue
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Chairlift-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))
		resp, err := w.client.Do(req) // VULN ssrf
		if err != nil {
			w.logger.Warn("webhook delivery failed", "partner", h.PartnerID, "err", err)
			continue
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		w.logger.Info("webhook delivered", "partner", h.PartnerID, "status", resp.StatusCode)
	}
	return nil
}
