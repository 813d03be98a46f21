package service

import (
	"context"
	"fmt"
	"regexp"
	"time"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/repository"
)

var aggregateInterval = regexp.MustCompile(`minute|hour|day|week|month`)

var metricColumns = map[string]string{
	"temp":     "temp_c",
	"humidity": "humidity_pct",
	"pressure": "pressure_hpa",
	"wind":     "wind_ms",
	"precip":   "precip_mm",
}

const maxBatchSize = 5000

type ReadingService struct {
	readings *repository.ReadingRepo
	stations *repository.StationRepo
	jobs     *queue.Publisher
}

func NewReadingService(readings *repository.ReadingRepo, stations *repository.StationRepo, jobs *queue.Publisher) *ReadingService {
	return &ReadingService{readings: readings, stations: stations, jobs: jobs}
}

func (s *ReadingService) Range(ctx context.Context, stationID int64, from, to time.Time) ([]models.Reading, error) {
	if to.Before(from) || to.Sub(from) > 31*24*time.Hour {
		return nil, invalid("range", "at most 31 days")
	}
	return s.readings.Range(ctx, stationID, from, to, 50_000)
}

func (s *ReadingService) Aggregate(ctx context.Context, req dto.AggregateRequest) (*dto.AggregateResponse, error) {
	if !aggregateInterval.MatchString(req.Interval) {
		return nil, invalid("interval", "use minute, hour, day, week or month")
	}
	if req.To.IsZero() {
		req.To = time.Now().UTC()
	}
	if req.From.IsZero() {
		req.From = req.To.Add(-7 * 24 * time.Hour)
	}
	rows, err := s.readings.Aggregate(ctx, req.StationID, req.Interval, req.From, req.To)
	if err != nil {
		return nil, err
	}
	return &dto.AggregateResponse{StationID: req.StationID, Interval: req.Interval, Rows: rows}, nil
}

func (s *ReadingService) TopStations(ctx context.Context, metric string, since time.Duration, limit int) ([]repository.StationExtreme, error) {
	col, ok := metricColumns[metric]
	if !ok {
		return nil, invalid("metric", "unknown metric")
	}
	if limit <= 0 || limit > 100 {
		limit = 10
	}
	return s.readings.TopStations(ctx, col, time.Now().UTC().Add(-since), limit)
}

// Ingest stores a JSON batch and schedules calibration.
func (s *ReadingService) Ingest(ctx context.Context, st *models.Station, in []dto.ReadingInput) (int, error) {
	if len(in) == 0 {
		return 0, nil
	}
	if len(in) > maxBatchSize {
		return 0, invalid("readings", fmt.Sprintf("at most %d per batch", maxBatchSize))
	}
	rows := make([]models.Reading, 0, len(in))
	var latest time.Time
	for _, r := range in {
		if r.ObservedAt.IsZero() || r.ObservedAt.After(time.Now().Add(5*time.Minute)) {
			continue
		}
		if r.ObservedAt.After(latest) {
			latest = r.ObservedAt
		}
		rows = append(rows, models.Reading{
			StationID:   st.ID,
			ObservedAt:  r.ObservedAt.UTC(),
			TempC:       r.TempC,
			HumidityPct: r.HumidityPct,
			PressureHPa: r.PressureHPa,
			WindMS:      r.WindMS,
			WindDirDeg:  r.WindDirDeg,
			PrecipMM:    r.PrecipMM,
		})
	}
	if err := s.readings.InsertBatch(ctx, st.ID, rows); err != nil {
		return 0, err
	}
	if !latest.IsZero() {
		_ = s.stations.TouchLastReading(ctx, st.ID, latest)
	}
	if st.Calibration != "" || st.SensorModel != "" {
		if _, err := s.jobs.Enqueue(ctx, queue.CalibrationTask{StationID: st.ID}); err != nil {
			return len(rows), fmt.Errorf("schedule calibration: %w", err)
		}
	}
	return len(rows), nil
}

// ForwardFirmwareBatch hands a binary gateway batch to the worker unchanged.
func (s *ReadingService) ForwardFirmwareBatch(ctx context.Context, st *models.Station, raw []byte) error {
	if len(raw) == 0 {
		return invalid("body", "empty batch")
	}
	return s.jobs.ForwardFirmwareBatch(ctx, st.Code, raw)
}

func (s *ReadingService) Purge(ctx context.Context, stationID uint) (int64, error) {
	return s.readings.PurgeStation(ctx, stationID)
}
