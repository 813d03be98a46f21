package service

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/tracklane/tracklane/internal/clients"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/util"
)

// EventStatusChanged is the webhook event name for status changes.
const EventStatusChanged = "wagon.status_changed"

var webhookEvents = map[string]bool{
	EventStatusChanged:    true,
	"wagon.arrived":       true,
	"wagon.defect_raised": true,
	"maintenance.closed":  true,
}

// WebhookService manages partner webhooks and fans out events.
type WebhookService struct {
	repo       *repository.WebhookRepository
	dispatcher *clients.WebhookDispatcher
	eta        *clients.ETAClient
	log        *slog.Logger
}

// NewWebhookService creates the service.
func NewWebhookService(repo *repository.WebhookRepository, d *clients.WebhookDispatcher, eta *clients.ETAClient, log *slog.Logger) *WebhookService {
	return &WebhookService{repo: repo, dispatcher: d, eta: eta, log: log}
}

// Register stores a new webhook subscription for a partner.
func (s *WebhookService) Register(ctx context.Context, partnerID int64, req dto.WebhookRequest) (*domain.Webhook, error) {
	u, err := url.Parse(strings.TrimSpace(req.CallbackURL))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, &ValidationError{Field: "callback_url", Message: "must be an absolute http(s) URL"}
	}
	if len(req.Events) == 0 {
		return nil, &ValidationError{Field: "events", Message: "at least one event is required"}
	}
	for _, e := range req.Events {
		if !webhookEvents[e] {
			return nil, &ValidationError{Field: "events", Message: "unknown event " + e}
		}
	}
	secret, err := util.RandomToken(24)
	if err != nil {
		return nil, err
	}
	h := &domain.Webhook{PartnerID: partnerID, CallbackURL: u.String(), Events: req.Events, Secret: secret}
	if err := s.repo.Create(ctx, h); err != nil {
		return nil, fmt.Errorf("store webhook: %w", err)
	}
	return h, nil
}

type statusPayload struct {
	dto.StatusChangedEvent
	ETA *clients.ETA `json:"eta,omitempty"`
}

// DispatchStatusChange notifies subscribed partners of a status change.
func (s *WebhookService) DispatchStatusChange(ctx context.Context, ev dto.StatusChangedEvent) error {
	hooks, err := s.repo.ActiveForOperator(ctx, ev.Operator, EventStatusChanged)
	if err != nil {
		return err
	}
	if len(hooks) == 0 {
		return nil
	}
	payload := statusPayload{StatusChangedEvent: ev}
	if eta, err := s.eta.Predict(ctx, ev.WagonID); err == nil {
		payload.ETA = eta
	}
	for _, h := range hooks {
		d, err := s.dispatcher.Deliver(ctx, h, EventStatusChanged, payload)
		if err != nil {
			s.log.Warn("webhook delivery failed", "hook", h.ID, "err", err)
			continue
		}
		if d.StatusCode == 410 {
			_ = s.repo.Deactivate(ctx, h.ID)
		}
		s.log.Info("webhook delivered", "hook", h.ID, "status", d.StatusCode, "duration", d.Duration)
	}
	return nil
}
