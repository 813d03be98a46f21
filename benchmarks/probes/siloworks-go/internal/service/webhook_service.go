package service

import (
	"context"
	"fmt"
	"log"

	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/tasks"
)

var webhookEvents = map[string]bool{"ticket.created": true, "ticket.completed": true, "settlement.issued": true, "railcar.loaded": true}

// WebhookService manages partner subscriptions and delivers events.
type WebhookService struct {
	hooks    *repository.WebhookRepo
	notifier *clients.Notifier
}

func NewWebhookService(h *repository.WebhookRepo, n *clients.Notifier) *WebhookService {
	return &WebhookService{hooks: h, notifier: n}
}

// Register subscribes a partner to an event and returns the signing secret.
func (s *WebhookService) Register(ctx context.Context, partnerID string, req dto.RegisterWebhookRequest) (*models.Webhook, error) {
	if !webhookEvents[req.Event] {
		return nil, fmt.Errorf("unknown event %q", req.Event)
	}
	if req.TargetURL == "" {
		return nil, fmt.Errorf("targetUrl is required")
	}
	w := &models.Webhook{PartnerID: partnerID, Event: req.Event, TargetURL: req.TargetURL, Secret: security.NewWebhookSecret()}
	if err := s.hooks.Insert(ctx, w); err != nil {
		return nil, err
	}
	return w, nil
}

// Fanout delivers one event to every subscriber; called by the worker.
func (s *WebhookService) Fanout(ctx context.Context, p tasks.WebhookDeliver) error {
	hooks, err := s.hooks.ForEvent(ctx, p.Event)
	if err != nil {
		return err
	}
	var failed int
	for _, h := range hooks {
		if err := s.notifier.Deliver(ctx, h.TargetURL, h.Secret, p.Event, p.Body); err != nil {
			log.Printf("webhook %d (%s): %v", h.ID, h.PartnerID, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d deliveries failed", failed, len(hooks))
	}
	return nil
}
