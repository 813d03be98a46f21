// Package tasks defines the background jobs exchanged between the HTTP
// services and the worker through Redis (Asynq).
package tasks

import (
	"context"
	"encoding/json"
	"time"

	"github.com/hibiken/asynq"
)

const (
	TypeSettlementBuild = "settlement:build"
	TypeWebhookDeliver  = "webhook:deliver"
	TypeRailManifest    = "rail:manifest"
	TypeRailCallback    = "rail:callback"
)

// SettlementBuild computes a statement and renders its PDF.
type SettlementBuild struct {
	FarmerID    int64     `json:"farmerId"`
	PeriodFrom  time.Time `json:"periodFrom"`
	PeriodTo    time.Time `json:"periodTo"`
	Memo        string    `json:"memo"`
	Layout      string    `json:"layout"`
	FileName    string    `json:"fileName"`
	RequestedBy string    `json:"requestedBy"`
}

// WebhookDeliver fans an event out to all registered partner webhooks.
type WebhookDeliver struct {
	Event string          `json:"event"`
	Body  json.RawMessage `json:"body"`
}

// RailManifest unpacks a waybill bundle uploaded for a train.
type RailManifest struct {
	TrainID    string `json:"trainId"`
	BundlePath string `json:"bundlePath"`
}

// RailCallback confirms car placement to the shipper's system.
type RailCallback struct {
	CallbackURL string          `json:"callbackUrl"`
	Body        json.RawMessage `json:"body"`
}

func newTask(typ string, v interface{}, opts ...asynq.Option) (*asynq.Task, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return asynq.NewTask(typ, b, opts...), nil
}

// Queue is the producer side used by the HTTP services.
type Queue struct {
	client *asynq.Client
}

// NewQueue connects to Redis.
func NewQueue(redisAddr string) *Queue {
	return &Queue{client: asynq.NewClient(asynq.RedisClientOpt{Addr: redisAddr})}
}

// Close releases the Redis connection.
func (q *Queue) Close() error { return q.client.Close() }

func (q *Queue) enqueue(ctx context.Context, typ string, v interface{}, opts ...asynq.Option) (string, error) {
	t, err := newTask(typ, v, opts...)
	if err != nil {
		return "", err
	}
	info, err := q.client.EnqueueContext(ctx, t)
	if err != nil {
		return "", err
	}
	return info.ID, nil
}

// BuildSettlement schedules statement computation.
func (q *Queue) BuildSettlement(ctx context.Context, p SettlementBuild) (string, error) {
	return q.enqueue(ctx, TypeSettlementBuild, p, asynq.MaxRetry(3), asynq.Timeout(5*time.Minute), asynq.Queue("settlements"))
}

// PublishEvent schedules webhook delivery for an event.
func (q *Queue) PublishEvent(ctx context.Context, event string, payload interface{}) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	_, err = q.enqueue(ctx, TypeWebhookDeliver, WebhookDeliver{Event: event, Body: body}, asynq.MaxRetry(8))
	return err
}

// UnpackManifest schedules extraction of a waybill bundle.
func (q *Queue) UnpackManifest(ctx context.Context, trainID, bundlePath string) error {
	_, err := q.enqueue(ctx, TypeRailManifest, RailManifest{TrainID: trainID, BundlePath: bundlePath})
	return err
}

// ConfirmPlacement schedules the placement callback.
func (q *Queue) ConfirmPlacement(ctx context.Context, callbackURL string, body interface{}) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	_, err = q.enqueue(ctx, TypeRailCallback, RailCallback{CallbackURL: callbackURL, Body: b}, asynq.MaxRetry(5))
	return err
}
