package service

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/orchardgate/orchardgate/internal/auth"
	"github.com/orchardgate/orchardgate/internal/clients"
	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/messaging"
	"github.com/orchardgate/orchardgate/internal/models"
	"github.com/orchardgate/orchardgate/internal/repository"
)

// PickupService books and dispatches bin collections.
type PickupService struct {
	pickups *repository.PickupRepository
	weather *clients.WeatherClient
	bus     *messaging.Bus
}

func NewPickupService(p *repository.PickupRepository, w *clients.WeatherClient, bus *messaging.Bus) *PickupService {
	return &PickupService{pickups: p, weather: w, bus: bus}
}

var validStatuses = map[string]bool{
	models.PickupScheduled: true,
	models.PickupCollected: true,
	models.PickupCancelled: true,
}

// Request books a pickup for a grower and returns the gate confirmation code.
func (s *PickupService) Request(ctx context.Context, req dto.PickupRequest) (*models.Pickup, error) {
	if req.Bins <= 0 || req.Bins > 120 {
		return nil, errors.New("bins must be between 1 and 120")
	}
	if !req.WindowEnd.After(req.WindowStart) {
		return nil, errors.New("pickup window is empty")
	}
	p := &models.Pickup{
		GrowerID: req.GrowerID, Route: strings.ToUpper(req.Route), Bins: req.Bins,
		Status: models.PickupRequested, WindowStart: req.WindowStart, WindowEnd: req.WindowEnd,
		DriverNote: req.DriverNote, ConfirmCode: auth.PickupConfirmCode(),
	}
	if err := s.pickups.Create(ctx, p); err != nil {
		return nil, err
	}
	return p, nil
}

// ConfirmAtGate releases the bins when the driver enters the grower's code.
func (s *PickupService) ConfirmAtGate(ctx context.Context, code string) (*models.Pickup, error) {
	p, err := s.pickups.FindByConfirmCode(ctx, code)
	if err != nil {
		return nil, errors.New("unknown confirmation code")
	}
	if err := s.pickups.SetStatusByID(ctx, p.ID, models.PickupCollected); err != nil {
		return nil, err
	}
	p.Status = models.PickupCollected
	return p, nil
}

// DispatchRoute queues a status change for every pickup on a route; the
// dispatcher worker applies it.
func (s *PickupService) DispatchRoute(ctx context.Context, route, status, actor string) error {
	if !validStatuses[status] {
		return fmt.Errorf("invalid status %q", status)
	}
	return s.bus.PublishJSON(ctx, messaging.TopicPickupStatus, dto.PickupStatusChange{Route: route, Status: status, Actor: actor})
}

// ApplyRouteStatus is called by the dispatcher worker.
func (s *PickupService) ApplyRouteStatus(ctx context.Context, change dto.PickupStatusChange) (int64, error) {
	return s.pickups.SetStatus(ctx, change.Route, change.Status)
}

func (s *PickupService) ForRoute(ctx context.Context, route, status string) ([]models.Pickup, error) {
	return s.pickups.ForRoute(ctx, route, status)
}

func (s *PickupService) Get(ctx context.Context, id uint) (*models.Pickup, error) {
	return s.pickups.Get(ctx, id)
}

// StationForecast returns the forecast from a cooperative weather station.
func (s *PickupService) StationForecast(ctx context.Context, station string) (*clients.Forecast, error) {
	return s.weather.ForStation(ctx, station)
}

// FeedForecast returns the forecast from a grower's own weather feed.
func (s *PickupService) FeedForecast(ctx context.Context, feed string) (*clients.Forecast, error) {
	return s.weather.FromFeed(ctx, feed)
}

// Cancel marks a single pickup cancelled.
func (s *PickupService) Cancel(ctx context.Context, id uint) error {
	return s.pickups.SetStatusByID(ctx, id, models.PickupCancelled)
}
