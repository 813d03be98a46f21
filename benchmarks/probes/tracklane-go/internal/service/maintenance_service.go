package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/util"
)

var severityPriority = map[string]string{
	"info":    domain.PriorityRoutine,
	"warning": domain.PriorityUrgent,
	"alarm":   domain.PriorityImmobile,
}

var orderPriorities = map[string]bool{
	domain.PriorityRoutine:  true,
	domain.PriorityUrgent:   true,
	domain.PriorityImmobile: true,
}

// MaintenanceService handles workshop orders and detector alarms.
type MaintenanceService struct {
	repo   *repository.MaintenanceRepository
	wagons *WagonService
	log    *slog.Logger
}

// NewMaintenanceService creates the service.
func NewMaintenanceService(repo *repository.MaintenanceRepository, wagons *WagonService, log *slog.Logger) *MaintenanceService {
	return &MaintenanceService{repo: repo, wagons: wagons, log: log}
}

// CreateOrder validates and stores an order from the portal.
func (s *MaintenanceService) CreateOrder(ctx context.Context, form dto.CreateOrderForm) (*domain.MaintenanceOrder, error) {
	if form.WagonID <= 0 {
		return nil, &ValidationError{Field: "wagon_id", Message: "required"}
	}
	if !orderPriorities[form.Priority] {
		return nil, &ValidationError{Field: "priority", Message: "unknown priority"}
	}
	if strings.TrimSpace(form.Component) == "" {
		return nil, &ValidationError{Field: "component", Message: "required"}
	}
	if _, err := s.wagons.Get(ctx, form.WagonID); err != nil {
		return nil, err
	}
	o := &domain.MaintenanceOrder{
		WagonID:      form.WagonID,
		Component:    strings.TrimSpace(form.Component),
		Description:  strings.TrimSpace(form.Description),
		Priority:     form.Priority,
		ExternalLink: strings.TrimSpace(form.ExternalLink),
		CreatedBy:    form.CreatedBy,
	}
	if err := s.repo.CreateOrder(ctx, o); err != nil {
		return nil, fmt.Errorf("create order: %w", err)
	}
	return o, nil
}

// GetOrder loads an order.
func (s *MaintenanceService) GetOrder(ctx context.Context, id int64) (*domain.MaintenanceOrder, error) {
	return s.repo.GetOrder(ctx, id)
}

// History returns orders raised on a wagon since a given date.
func (s *MaintenanceService) History(ctx context.Context, wagonID int64, since time.Time) ([]domain.MaintenanceOrder, error) {
	if since.IsZero() {
		since = time.Now().AddDate(-2, 0, 0)
	}
	return s.repo.ListForWagon(ctx, wagonID, since)
}

// HandleDefect processes an alarm from a wayside detector.
func (s *MaintenanceService) HandleDefect(ctx context.Context, ev dto.DefectEvent) error {
	priority, ok := severityPriority[strings.ToLower(ev.Severity)]
	if !ok {
		return fmt.Errorf("unknown severity %q from detector %s", ev.Severity, ev.DetectorID)
	}
	if !util.ValidWagonNumber(ev.WagonNumber) {
		return fmt.Errorf("detector %s reported malformed wagon number", ev.DetectorID)
	}
	open, err := s.repo.OpenDefectsForComponent(ctx, ev.WagonNumber, ev.ComponentCode)
	if err != nil {
		return err
	}
	report := &domain.DefectReport{
		WagonNumber:   ev.WagonNumber,
		DetectorID:    ev.DetectorID,
		Severity:      strings.ToLower(ev.Severity),
		ComponentCode: ev.ComponentCode,
		Reading:       ev.Reading,
		ObservedAt:    ev.ObservedAt,
	}
	if err := s.repo.InsertDefect(ctx, report); err != nil {
		return err
	}
	if len(open) > 0 {
		s.log.Info("defect already open, not raising a new order", "wagon", ev.WagonNumber, "component", ev.ComponentCode)
		return nil
	}
	w, err := s.wagons.StatusByNumber(ctx, ev.WagonNumber)
	if errors.Is(err, ErrUnknownWagon) {
		return nil
	}
	if err != nil {
		return err
	}
	order := &domain.MaintenanceOrder{
		WagonID:     w.ID,
		Component:   ev.ComponentCode,
		Description: fmt.Sprintf("Detector %s reported %s (reading %.1f)", ev.DetectorID, ev.Severity, ev.Reading),
		Priority:    priority,
		CreatedBy:   "detector:" + ev.DetectorID,
	}
	if err := s.repo.CreateOrder(ctx, order); err != nil {
		return err
	}
	if priority == domain.PriorityImmobile {
		return s.wagons.ChangeStatus(ctx, w, domain.WagonQuarantined)
	}
	return nil
}
