package tasks

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hibiken/asynq"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/convert"
	"github.com/stillriver/stillriver/internal/repo"
)

// Worker holds the dependencies of the task handlers.
type Worker struct {
	Bookings  *repo.BookingRepo
	Reports   *repo.ReportRepo
	Webhooks  *clients.WebhookClient
	Converter *convert.Converter
	ExportDir string
	Log       *slog.Logger
}

// Register attaches the handlers to an asynq mux.
func (w *Worker) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeBookingConfirmed, w.HandleBookingConfirmed)
	mux.HandleFunc(TypeDocumentConvert, w.HandleDocumentConvert)
	mux.HandleFunc(TypeReportGenerate, w.HandleReportGenerate)
	mux.HandleFunc(TypePhotoThumbnail, w.HandlePhotoThumbnail)
}

type bookingEvent struct {
	Type             string    `json:"type"`
	BookingID        int64     `json:"bookingId"`
	LockID           int64     `json:"lockId"`
	ConfirmationCode string    `json:"confirmationCode"`
	SlotStart        time.Time `json:"slotStart"`
	SlotEnd          time.Time `json:"slotEnd"`
}

// HandleBookingConfirmed notifies the skipper's app about a confirmed booking.
func (w *Worker) HandleBookingConfirmed(ctx context.Context, t *asynq.Task) error {
	var p BookingConfirmedPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	b, err := w.Bookings.ByID(ctx, p.BookingID)
	if err != nil {
		return err
	}
	if b.CallbackURL == "" {
		return nil
	}
	ev := bookingEvent{
		Type:             "booking.confirmed",
		BookingID:        b.ID,
		LockID:           b.LockID,
		ConfirmationCode: b.ConfirmationCode,
		SlotStart:        b.SlotStart,
		SlotEnd:          b.SlotEnd,
	}
	return w.Webhooks.Notify(ctx, b.CallbackURL, ev)
}

// HandleDocumentConvert produces a PDF rendition of an uploaded certificate.
func (w *Worker) HandleDocumentConvert(ctx context.Context, t *asynq.Task) error {
	var p DocumentConvertPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	if strings.EqualFold(filepath.Ext(p.StoredPath), ".pdf") {
		return nil
	}
	pdf, err := w.Converter.ToPDF(ctx, p.StoredPath)
	if err != nil {
		return err
	}
	w.Log.Info("document converted", "document", p.DocumentID, "pdf", pdf)
	return nil
}

// HandleReportGenerate runs a stored report request and writes a CSV export.
func (w *Worker) HandleReportGenerate(ctx context.Context, t *asynq.Task) error {
	var p ReportGeneratePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	req, err := w.Reports.LoadRequest(ctx, p.RequestID)
	if err != nil {
		return err
	}
	rows, err := w.Reports.PassageAggregate(ctx, req)
	if err != nil {
		return err
	}
	name := fmt.Sprintf("passages-%d-%s.csv", req.ID, time.Now().UTC().Format("20060102T150405"))
	f, err := os.Create(filepath.Join(w.ExportDir, name))
	if err != nil {
		return err
	}
	defer f.Close()
	cw := csv.NewWriter(f)
	_ = cw.Write([]string{"bucket", "passages", "displacement_m3", "avg_wait_min"})
	for _, r := range rows {
		_ = cw.Write([]string{
			r.Bucket,
			strconv.Itoa(r.Passages),
			strconv.FormatFloat(r.Tonnage, 'f', 1, 64),
			strconv.FormatFloat(r.AvgWaitMin, 'f', 1, 64),
		})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return w.Reports.MarkRequestDone(ctx, req.ID, name)
}

// HandlePhotoThumbnail renders a thumbnail of an inspection photo.
func (w *Worker) HandlePhotoThumbnail(ctx context.Context, t *asynq.Task) error {
	var p PhotoThumbnailPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	dst := filepath.Join(filepath.Dir(p.Path), fmt.Sprintf("thumb-%d.jpg", p.PhotoID))
	return w.Converter.Thumbnail(ctx, p.Path, dst)
}
