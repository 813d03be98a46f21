package service

import (
	"context"
	"strings"
	"time"

	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/repository"
)

type ForecastService struct {
	forecasts *repository.ForecastRepo
	audit     *repository.Queries
}

func NewForecastService(forecasts *repository.ForecastRepo, audit *repository.Queries) *ForecastService {
	return &ForecastService{forecasts: forecasts, audit: audit}
}

func (s *ForecastService) ForStation(ctx context.Context, stationID uint) ([]models.Forecast, error) {
	return s.forecasts.ForStation(ctx, stationID, time.Now().UTC().Add(-3*time.Hour))
}

func (s *ForecastService) Models(ctx context.Context) ([]string, error) {
	return s.forecasts.Models(ctx)
}

func (s *ForecastService) Pending(ctx context.Context) ([]models.Forecast, error) {
	return s.forecasts.Unpublished(ctx, 200)
}

// PublishRun publishes a model run on behalf of a forecaster.
func (s *ForecastService) PublishRun(ctx context.Context, actor, model, runDate string) (int64, error) {
	model = strings.TrimSpace(model)
	if model == "" {
		return 0, invalid("model", "required")
	}
	day, err := time.Parse("2006-01-02", runDate)
	if err != nil {
		return 0, invalid("run_date", "expected YYYY-MM-DD")
	}
	n, err := s.forecasts.PublishModelRun(ctx, model, day)
	if err != nil {
		return 0, err
	}
	_ = s.audit.InsertAuditEvent(ctx, repository.InsertAuditEventParams{
		Actor:  actor,
		Action: "forecast.publish",
		Target: model + "@" + runDate,
	})
	return n, nil
}
