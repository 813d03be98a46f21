package tasks

import (
	"context"
	"encoding/json"
	"time"

	"github.com/hibiken/asynq"
)

// Task type names.
const (
	TypeBookingConfirmed = "booking:confirmed"
	TypeDocumentConvert  = "document:convert"
	TypeReportGenerate   = "report:generate"
	TypePhotoThumbnail   = "photo:thumbnail"
)

// BookingConfirmedPayload announces a confirmed booking.
type BookingConfirmedPayload struct {
	BookingID int64 `json:"booking_id"`
}

// DocumentConvertPayload asks the worker to produce a PDF rendition.
type DocumentConvertPayload struct {
	DocumentID int64  `json:"document_id"`
	StoredPath string `json:"stored_path"`
}

// ReportGeneratePayload references a stored report request.
type ReportGeneratePayload struct {
	RequestID int64 `json:"request_id"`
}

// PhotoThumbnailPayload asks for a thumbnail of an inspection photo.
type PhotoThumbnailPayload struct {
	PhotoID int64  `json:"photo_id"`
	Path    string `json:"path"`
}

// Enqueuer puts tasks on the asynq queues.
type Enqueuer struct {
	client *asynq.Client
}

// NewEnqueuer connects to Redis.
func NewEnqueuer(redisAddr string) *Enqueuer {
	return &Enqueuer{client: asynq.NewClient(asynq.RedisClientOpt{Addr: redisAddr})}
}

// Close releases the Redis connection.
func (e *Enqueuer) Close() error { return e.client.Close() }

func (e *Enqueuer) enqueue(ctx context.Context, typ string, payload any, opts ...asynq.Option) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	_, err = e.client.EnqueueContext(ctx, asynq.NewTask(typ, body), opts...)
	return err
}

// BookingConfirmed enqueues the booking notification.
func (e *Enqueuer) BookingConfirmed(ctx context.Context, bookingID int64) error {
	return e.enqueue(ctx, TypeBookingConfirmed, BookingConfirmedPayload{BookingID: bookingID},
		asynq.Queue("notifications"), asynq.MaxRetry(8), asynq.Timeout(30*time.Second))
}

// DocumentConvert enqueues a PDF conversion.
func (e *Enqueuer) DocumentConvert(ctx context.Context, documentID int64, storedPath string) error {
	return e.enqueue(ctx, TypeDocumentConvert, DocumentConvertPayload{DocumentID: documentID, StoredPath: storedPath},
		asynq.Queue("documents"), asynq.MaxRetry(3), asynq.Timeout(3*time.Minute))
}

// ReportGenerate enqueues a report run.
func (e *Enqueuer) ReportGenerate(ctx context.Context, requestID int64) error {
	return e.enqueue(ctx, TypeReportGenerate, ReportGeneratePayload{RequestID: requestID},
		asynq.Queue("reports"), asynq.MaxRetry(2), asynq.Timeout(10*time.Minute))
}

// PhotoThumbnail enqueues a thumbnail render.
func (e *Enqueuer) PhotoThumbnail(ctx context.Context, photoID int64, path string) error {
	return e.enqueue(ctx, TypePhotoThumbnail, PhotoThumbnailPayload{PhotoID: photoID, Path: path},
		asynq.Queue("documents"), asynq.MaxRetry(3))
}
