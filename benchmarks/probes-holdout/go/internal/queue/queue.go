// Package queue is a small Redis list-backed job queue (LPUSH / BRPOP).
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Envelope wraps a job payload with its kind and bookkeeping fields.
type Envelope struct {
	ID         string          `json:"id"`
	Kind       string          `json:"kind"`
	Payload    json.RawMessage `json:"payload"`
	EnqueuedAt time.Time       `json:"enqueued_at"`
}

// Queue pushes and pops jobs on one Redis list.
type Queue struct {
	rdb  *redis.Client
	name string
}

// New returns a queue bound to the named Redis list.
func New(rdb *redis.Client, name string) *Queue {
	return &Queue{rdb: rdb, name: name}
}

// Enqueue serialises payload and pushes it on the left of the list.
func (q *Queue) Enqueue(ctx context.Context, kind string, payload any) error {
	raw, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("queue: marshal %s: %w", kind, err)
	}
	env := Envelope{
		ID:         fmt.Sprintf("%s-%d", kind, time.Now().UnixNano()),
		Kind:       kind,
		Payload:    raw,
		EnqueuedAt: time.Now().UTC(),
	}
	body, err := json.Marshal(env)
	if err != nil {
		return err
	}
	return q.rdb.LPush(ctx, q.name, body).Err()
}

// Next blocks up to timeout for the next job. It returns nil, nil on timeout.
func (q *Queue) Next(ctx context.Context, timeout time.Duration) (*Envelope, error) {
	res, err := q.rdb.BRPop(ctx, timeout, q.name).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if len(res) != 2 {
		return nil, fmt.Errorf("queue: unexpected BRPOP reply %v", res)
	}
	var env Envelope
	if err := json.Unmarshal([]byte(res[1]), &env); err != nil {
		return nil, fmt.Errorf("queue: decode envelope: %w", err)
	}
	return &env, nil
}

// Job kinds understood by the worker.
const (
	KindMaintenanceReport = "maintenance.report"
	KindLessonRoster      = "lesson.roster"
	KindLessonClip        = "lesson.clip"
	KindLessonMaterial    = "lesson.material"
	KindBulletinArchive   = "bulletin.archive"
	KindFeedImport        = "bulletin.feed_import"
	KindPartnerWebhook    = "partner.webhook"
	KindGiftEmail         = "order.gift_email"
)

// MaintenanceReportJob renders a PDF maintenance report for one lift.
type MaintenanceReportJob struct {
	LiftID      int64  `json:"lift_id"`
	Title       string `json:"title"`
	From        string `json:"from"`
	To          string `json:"to"`
	RequestedBy string `json:"requested_by"`
}

// LessonRosterJob builds the instructor roster for a lesson.
type LessonRosterJob struct {
	LessonID int64 `json:"lesson_id"`
}

// LessonClipJob makes a thumbnail for a lesson video clip.
type LessonClipJob struct {
	LessonID  int64  `json:"lesson_id"`
	SourceURL string `json:"source_url"`
}

// LessonMaterialJob stores an instructor handout.
type LessonMaterialJob struct {
	LessonID    int64  `json:"lesson_id"`
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Data        []byte `json:"data"`
}

// BulletinArchiveJob unpacks an uploaded bulletin archive.
type BulletinArchiveJob struct {
	Region      string `json:"region"`
	ArchivePath string `json:"archive_path"`
	UploadedBy  string `json:"uploaded_by"`
}

// FeedImportJob pulls bulletins from a provider feed.
type FeedImportJob struct {
	FeedURL string `json:"feed_url"`
}

// PartnerWebhookJob fans an event out to subscribed partners.
type PartnerWebhookJob struct {
	Event string         `json:"event"`
	Data  map[string]any `json:"data"`
}

// OrderEmailJob sends a gift notification or a receipt for an order.
type OrderEmailJob struct {
	OrderID int64 `json:"order_id"`
}
