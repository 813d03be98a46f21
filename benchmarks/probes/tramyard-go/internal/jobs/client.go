package jobs

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
)

const (
	QueueExports  = "exports"
	QueueOutbound = "outbound"
)

// Queue wraps the River client and implements the enqueue interfaces of the
// domain services.
type Queue struct {
	client *river.Client[pgx.Tx]
}

// NewQueue returns a queue whose River client is attached later with Init,
// once the services the workers depend on have been built.
func NewQueue() *Queue { return &Queue{} }

// Init builds the River client with the registered workers.
func (q *Queue) Init(pool *pgxpool.Pool, workers *river.Workers) error {
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues: map[string]river.QueueConfig{
			river.QueueDefault: {MaxWorkers: 8},
			QueueExports:       {MaxWorkers: 2},
			QueueOutbound:      {MaxWorkers: 16},
		},
		Workers: workers,
	})
	if err != nil {
		return err
	}
	q.client = client
	return nil
}

func NewWorkers() *river.Workers { return river.NewWorkers() }

func (q *Queue) Start(ctx context.Context) error { return q.client.Start(ctx) }

func (q *Queue) Stop(ctx context.Context) error { return q.client.Stop(ctx) }

// EnqueueJobCardExport implements workorders.ExportQueue.
func (q *Queue) EnqueueJobCardExport(ctx context.Context, orderID int64, requestedBy string) error {
	_, err := q.client.Insert(ctx, JobCardExportArgs{OrderID: orderID, RequestedBy: requestedBy}, &river.InsertOpts{Queue: QueueExports})
	return err
}

// EnqueueWebhookDelivery implements notify.DeliveryQueue.
func (q *Queue) EnqueueWebhookDelivery(ctx context.Context, subscriptionID int64, payload map[string]interface{}) error {
	_, err := q.client.Insert(ctx, WebhookDeliveryArgs{SubscriptionID: subscriptionID, Payload: payload}, &river.InsertOpts{Queue: QueueOutbound, MaxAttempts: 8})
	return err
}

// EnqueueShiftSuggestions implements rosters.JobQueue.
func (q *Queue) EnqueueShiftSuggestions(ctx context.Context, badge string) error {
	_, err := q.client.Insert(ctx, ShiftSuggestionArgs{Badge: badge}, nil)
	return err
}

// EnqueueShiftNotice implements rosters.JobQueue.
func (q *Queue) EnqueueShiftNotice(ctx context.Context, shiftID int64, template string) error {
	_, err := q.client.Insert(ctx, ShiftNoticeArgs{ShiftID: shiftID, Template: template}, &river.InsertOpts{Queue: QueueOutbound})
	return err
}

// EnqueueRosterExport implements rosters.JobQueue.
func (q *Queue) EnqueueRosterExport(ctx context.Context, depot string, weekStart time.Time, fileName string) error {
	_, err := q.client.Insert(ctx, RosterExportArgs{Depot: depot, WeekStart: weekStart, FileName: fileName}, &river.InsertOpts{Queue: QueueExports})
	return err
}
