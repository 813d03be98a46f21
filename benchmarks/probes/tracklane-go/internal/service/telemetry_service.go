package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/tracklane/tracklane/internal/clients"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/util"
)

// ErrUntrustedFeed is returned for feeds from providers without a contract.
var ErrUntrustedFeed = errors.New("feed provider is not contracted")

// ImportResult summarises a feed import.
type ImportResult struct {
	Received int `json:"received"`
	Stored   int `json:"stored"`
	Skipped  int `json:"skipped"`
}

// TelemetryService ingests positions from on-board units and provider feeds.
type TelemetryService struct {
	wagons    *repository.WagonRepository
	telemetry *repository.TelemetryRepository
	client    *clients.TelematicsClient
	feedHosts []string
	log       *slog.Logger
}

// NewTelemetryService creates the service.
func NewTelemetryService(w *repository.WagonRepository, t *repository.TelemetryRepository, c *clients.TelematicsClient, feedHosts []string, log *slog.Logger) *TelemetryService {
	return &TelemetryService{wagons: w, telemetry: t, client: c, feedHosts: feedHosts, log: log}
}

// HandleEvent stores one telemetry event consumed from Kafka.
func (s *TelemetryService) HandleEvent(ctx context.Context, ev dto.TelemetryEvent) error {
	w, err := s.wagons.GetByNumber(ctx, ev.WagonNumber)
	if errors.Is(err, repository.ErrNotFound) {
		s.log.Warn("telemetry for unregistered wagon", "wagon", ev.WagonNumber)
		return nil
	}
	if err != nil {
		return err
	}
	fix := domain.PositionFix{WagonID: w.ID, Lat: ev.Lat, Lon: ev.Lon, SpeedKmh: ev.SpeedKmh, RecordedAt: ev.RecordedAt}
	return s.telemetry.RecordPosition(ctx, w, fix, ev.AtDepot)
}

// ImportFeed pulls a provider feed on behalf of a partner and stores positions of its wagons.
func (s *TelemetryService) ImportFeed(ctx context.Context, operatorCode string, req dto.FeedImportRequest) (*ImportResult, error) {
	if !util.IsTrustedFeed(req.Source, s.feedHosts) {
		return nil, ErrUntrustedFeed
	}
	positions, err := s.client.FetchFeed(ctx, req.Source)
	if err != nil {
		return nil, err
	}
	return s.store(ctx, operatorCode, positions), nil
}

// PollProvider reads the live endpoint of a contracted provider.
func (s *TelemetryService) PollProvider(ctx context.Context, operatorCode, endpoint string) (*ImportResult, error) {
	positions, err := s.client.FetchPositions(ctx, endpoint)
	if err != nil {
		return nil, fmt.Errorf("poll provider: %w", err)
	}
	return s.store(ctx, operatorCode, positions), nil
}

func (s *TelemetryService) store(ctx context.Context, operatorCode string, positions []clients.FeedPosition) *ImportResult {
	res := &ImportResult{Received: len(positions)}
	for _, p := range positions {
		w, err := s.wagons.GetByNumber(ctx, p.WagonNumber)
		if err != nil || w.OperatorCode != operatorCode {
			res.Skipped++
			continue
		}
		fix := domain.PositionFix{WagonID: w.ID, Lat: p.Lat, Lon: p.Lon, SpeedKmh: p.SpeedKmh, RecordedAt: p.Timestamp}
		if err := s.telemetry.RecordPosition(ctx, w, fix, false); err != nil {
			s.log.Error("store feed position", "wagon", w.Number, "err", err)
			res.Skipped++
			continue
		}
		res.Stored++
	}
	return res
}
