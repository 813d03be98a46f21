package worker

import (
	"context"
	"log"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"

	"github.com/orchardgate/orchardgate/internal/clients"
	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/messaging"
	"github.com/orchardgate/orchardgate/internal/service"
)

// IntakeWorker reacts to graded deliveries: it notifies grower webhooks and
// prints bin labels.
type IntakeWorker struct {
	deliveries *service.DeliveryService
	growers    *service.GrowerService
	labels     *service.LabelService
	webhooks   *clients.WebhookClient
}

func NewIntakeWorker(d *service.DeliveryService, g *service.GrowerService, l *service.LabelService, w *clients.WebhookClient) *IntakeWorker {
	return &IntakeWorker{deliveries: d, growers: g, labels: l, webhooks: w}
}

// Register attaches the handlers to a Watermill router.
func (w *IntakeWorker) Register(r *message.Router, bus *messaging.Bus) {
	r.AddNoPublisherHandler("notify-graded", messaging.TopicDeliveryGraded, bus.Subscriber, w.handleGraded)
	r.AddNoPublisherHandler("print-labels", messaging.TopicLabels, bus.Subscriber, w.handleLabel)
}

func (w *IntakeWorker) handleGraded(msg *message.Message) error {
	var res dto.GradeResult
	if err := messaging.Decode(msg, &res); err != nil {
		log.Printf("graded: bad payload %s: %v", msg.UUID, err)
		return nil
	}
	ctx, cancel := context.WithTimeout(msg.Context(), 15*time.Second)
	defer cancel()
	d, err := w.deliveries.Get(ctx, res.DeliveryID)
	if err != nil {
		return err
	}
	g, err := w.growers.Get(ctx, d.GrowerID)
	if err != nil {
		return err
	}
	if g.WebhookURL == "" {
		return nil
	}
	ev := clients.Event{Type: "delivery.graded", GrowerID: g.ID, Payload: res, SentAt: time.Now()}
	if err := w.webhooks.Deliver(ctx, g.WebhookURL, ev); err != nil {
		log.Printf("webhook for grower %d failed: %v", g.ID, err)
	}
	return nil
}

func (w *IntakeWorker) handleLabel(msg *message.Message) error {
	var job dto.LabelJob
	if err := messaging.Decode(msg, &job); err != nil {
		log.Printf("labels: bad payload %s: %v", msg.UUID, err)
		return nil
	}
	ctx, cancel := context.WithTimeout(msg.Context(), 45*time.Second)
	defer cancel()
	return w.labels.Process(ctx, job)
}
