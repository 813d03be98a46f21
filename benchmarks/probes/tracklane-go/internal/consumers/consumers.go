// Package consumers contains the Kafka consumer groups run by the worker.
package consumers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/IBM/sarama"

	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/notify"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/service"
	"github.com/tracklane/tracklane/internal/tools"
)

// HandlerFunc processes one Kafka message.
type HandlerFunc func(ctx context.Context, msg *sarama.ConsumerMessage) error

// Router dispatches messages to a handler per topic and implements sarama.ConsumerGroupHandler.
type Router struct {
	handlers map[string]HandlerFunc
	log      *slog.Logger
}

// NewRouter creates an empty router.
func NewRouter(log *slog.Logger) *Router {
	return &Router{handlers: map[string]HandlerFunc{}, log: log}
}

// Handle registers h for topic.
func (r *Router) Handle(topic string, h HandlerFunc) {
	r.handlers[topic] = h
}

// Topics returns the registered topics.
func (r *Router) Topics() []string {
	topics := make([]string, 0, len(r.handlers))
	for t := range r.handlers {
		topics = append(topics, t)
	}
	return topics
}

// Setup is run at the beginning of a new session.
func (r *Router) Setup(sarama.ConsumerGroupSession) error { return nil }

// Cleanup is run at the end of a session.
func (r *Router) Cleanup(sarama.ConsumerGroupSession) error { return nil }

// ConsumeClaim processes the messages of one partition claim.
func (r *Router) ConsumeClaim(sess sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	h, ok := r.handlers[claim.Topic()]
	if !ok {
		return errors.New("no handler for topic " + claim.Topic())
	}
	for {
		select {
		case msg, ok := <-claim.Messages():
			if !ok {
				return nil
			}
			ctx, cancel := context.WithTimeout(sess.Context(), 2*time.Minute)
			if err := h(ctx, msg); err != nil {
				r.log.Error("message failed", "topic", msg.Topic, "partition", msg.Partition, "offset", msg.Offset, "err", err)
			}
			cancel()
			sess.MarkMessage(msg, "")
		case <-sess.Context().Done():
			return nil
		}
	}
}

// Run consumes until ctx is cancelled.
func Run(ctx context.Context, group sarama.ConsumerGroup, r *Router) error {
	go func() {
		for err := range group.Errors() {
			r.log.Error("consumer group error", "err", err)
		}
	}()
	for {
		if err := group.Consume(ctx, r.Topics(), r); err != nil {
			if errors.Is(err, sarama.ErrClosedConsumerGroup) {
				return nil
			}
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// EventHandlers consume wagon telemetry, detector alarms and status changes.
type EventHandlers struct {
	Telemetry   *service.TelemetryService
	Maintenance *service.MaintenanceService
	Webhooks    *service.WebhookService
	Wagons      *service.WagonService
	Accounts    *repository.AccountRepository
	Mailer      *notify.Mailer
	PortalURL   string
	Log         *slog.Logger
}

// TelemetryMessage handles position reports from on-board units.
func (h *EventHandlers) TelemetryMessage(ctx context.Context, msg *sarama.ConsumerMessage) error {
	var ev dto.TelemetryEvent
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		return fmt.Errorf("decode telemetry: %w", err)
	}
	return h.Telemetry.HandleEvent(ctx, ev)
}

// DefectMessage handles alarms from wayside detectors.
func (h *EventHandlers) DefectMessage(ctx context.Context, msg *sarama.ConsumerMessage) error {
	var ev dto.DefectEvent
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		return fmt.Errorf("decode defect: %w", err)
	}
	return h.Maintenance.HandleDefect(ctx, ev)
}

// StatusMessage fans out wagon status changes to partner webhooks and depot staff.
func (h *EventHandlers) StatusMessage(ctx context.Context, msg *sarama.ConsumerMessage) error {
	var ev dto.StatusChangedEvent
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		return fmt.Errorf("decode status change: %w", err)
	}
	if err := h.Webhooks.DispatchStatusChange(ctx, ev); err != nil {
		h.Log.Error("webhook fan-out", "wagon", ev.WagonNumber, "err", err)
	}
	w, err := h.Wagons.Get(ctx, ev.WagonID)
	if err != nil {
		return err
	}
	recipients, err := h.Accounts.OperatorsForDepot(ctx, w.HomeDepot)
	if err != nil {
		return err
	}
	data := notify.MessageData{
		Wagon: w,
		Link:  fmt.Sprintf("%s/wagons/%d", h.PortalURL, w.ID),
		Extra: map[string]string{"old_status": ev.OldStatus, "new_status": ev.NewStatus},
	}
	for _, op := range recipients {
		if err := h.Mailer.Notify(ctx, service.EventStatusChanged, op, data); err != nil {
			h.Log.Warn("status notification", "to", op.Username, "err", err)
		}
	}
	return nil
}

// JobHandlers run back-office jobs queued by the portal and the GraphQL API.
type JobHandlers struct {
	Exporter *tools.Exporter
	Log      *slog.Logger
}

// JobMessage dispatches a job by type.
func (h *JobHandlers) JobMessage(ctx context.Context, msg *sarama.ConsumerMessage) error {
	var job dto.JobMessage
	if err := json.Unmarshal(msg.Value, &job); err != nil {
		return fmt.Errorf("decode job: %w", err)
	}
	log := h.Log.With("job", job.ID, "type", job.Type, "requested_by", job.RequestedBy)

	switch job.Type {
	case dto.JobExportTable:
		out, err := h.Exporter.ExportTable(ctx, msg.Offset, job.Params["table"])
		if err != nil {
			return err
		}
		log.Info("export finished", "file", out)
	case dto.JobArchivePhotos:
		depotID, err := strconv.ParseInt(job.Params["depot_id"], 10, 64)
		if err != nil {
			return fmt.Errorf("archive job: bad depot id: %w", err)
		}
		out, err := h.Exporter.ArchivePhotos(ctx, depotID, job.Params["label"])
		if err != nil {
			return err
		}
		log.Info("archive finished", "file", out)
	default:
		log.Warn("unknown job type")
	}
	return nil
}
