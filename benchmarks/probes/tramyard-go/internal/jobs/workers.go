// Package jobs runs Tramyard background work on River.
package jobs

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/riverqueue/river"
	"github.com/tramyard/depot/internal/notify"
	"github.com/tramyard/depot/internal/platform/messaging"
	"github.com/tramyard/depot/internal/rosters"
	"github.com/tramyard/depot/internal/workorders"
)

// JobCardExportWorker renders job cards.
type JobCardExportWorker struct {
	river.WorkerDefaults[JobCardExportArgs]
	Orders workorders.Service
}

// Work renders the PDF job card of one work order.
func (w *JobCardExportWorker) Work(ctx context.Context, job *river.Job[JobCardExportArgs]) error {
	path, err := w.Orders.ExportJobCard(ctx, job.Args.OrderID)
	if err != nil {
		return fmt.Errorf("export job card %d: %w", job.Args.OrderID, err)
	}
	log.Printf("jobs: job card %d for %s written to %s", job.Args.OrderID, job.Args.RequestedBy, path)
	return nil
}

// WebhookDeliveryWorker delivers webhook events.
type WebhookDeliveryWorker struct {
	river.WorkerDefaults[WebhookDeliveryArgs]
	Registry *notify.Registry
}

// Work posts the event.
func (w *WebhookDeliveryWorker) Work(ctx context.Context, job *river.Job[WebhookDeliveryArgs]) error {
	return w.Registry.Deliver(ctx, job.Args.SubscriptionID, job.Args.Payload)
}

// ShiftSuggestionWorker proposes open shifts to drivers.
type ShiftSuggestionWorker struct {
	river.WorkerDefaults[ShiftSuggestionArgs]
	Rosters   rosters.Service
	Publisher *messaging.Publisher
}

// Work looks up matching shifts and publishes them to the driver app.
func (w *ShiftSuggestionWorker) Work(ctx context.Context, job *river.Job[ShiftSuggestionArgs]) error {
	shifts, err := w.Rosters.SuggestShifts(ctx, job.Args.Badge)
	if err != nil {
		return err
	}
	if len(shifts) == 0 {
		return nil
	}
	return w.Publisher.PublishJSON(ctx, "driverapp.suggestions."+job.Args.Badge, shifts)
}

// ShiftNoticeWorker sends shift notices.
type ShiftNoticeWorker struct {
	river.WorkerDefaults[ShiftNoticeArgs]
	Rosters rosters.Service
}

// Work renders and sends the notice.
func (w *ShiftNoticeWorker) Work(ctx context.Context, job *river.Job[ShiftNoticeArgs]) error {
	return w.Rosters.SendNotice(ctx, job.Args.ShiftID, job.Args.Template)
}

// RosterExportWorker writes payroll exports.
type RosterExportWorker struct {
	river.WorkerDefaults[RosterExportArgs]
	Rosters rosters.Service
}

// Work writes the export file.
func (w *RosterExportWorker) Work(ctx context.Context, job *river.Job[RosterExportArgs]) error {
	path, err := w.Rosters.WriteExport(ctx, job.Args.Depot, job.Args.WeekStart, job.Args.FileName)
	if err != nil {
		return err
	}
	log.Printf("jobs: roster export for %s written to %s", job.Args.Depot, path)
	return nil
}

// JobCardExportArgs renders a work order job card to PDF.
type JobCardExportArgs struct {
	OrderID     int64  `json:"orderId"`
	RequestedBy string `json:"requestedBy"`
}

// Kind identifies the job.
func (JobCardExportArgs) Kind() string { return "jobcard_export" }

// WebhookDeliveryArgs posts one event to a webhook subscription.
type WebhookDeliveryArgs struct {
	SubscriptionID int64                  `json:"subscriptionId"`
	Payload        map[string]interface{} `json:"payload"`
}

// Kind identifies the job.
func (WebhookDeliveryArgs) Kind() string { return "webhook_delivery" }

// ShiftSuggestionArgs finds open shifts for a driver's preferred line.
type ShiftSuggestionArgs struct {
	Badge string `json:"badge"`
}

// Kind identifies the job.
func (ShiftSuggestionArgs) Kind() string { return "shift_suggestions" }

// ShiftNoticeArgs texts a shift notice to its driver.
type ShiftNoticeArgs struct {
	ShiftID  int64  `json:"shiftId"`
	Template string `json:"template"`
}

// Kind identifies the job.
func (ShiftNoticeArgs) Kind() string { return "shift_notice" }

// RosterExportArgs writes a payroll export.
type RosterExportArgs struct {
	Depot     string    `json:"depot"`
	WeekStart time.Time `json:"weekStart"`
	FileName  string    `json:"fileName"`
}

// Kind identifies the job.
func (RosterExportArgs) Kind() string { return "roster_export" }
