package service

import (
	"context"
	"fmt"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/models"
)

type threshold struct {
	kind     string
	severity models.Severity
	tags     []string
	test     func(dto.ReadingInput) (float64, bool)
	message  string
}

var thresholds = []threshold{
	{
		kind: "wind", severity: models.SeverityWarning, tags: []string{"Wind", "Storm"},
		test:    func(r dto.ReadingInput) (float64, bool) { return r.WindMS, r.WindMS >= 24.5 },
		message: "Sustained wind of %.1f m/s (storm force)",
	},
	{
		kind: "precip", severity: models.SeverityAdvisory, tags: []string{"Rain", "Flood"},
		test:    func(r dto.ReadingInput) (float64, bool) { return r.PrecipMM, r.PrecipMM >= 25 },
		message: "Heavy precipitation: %.1f mm in the last interval",
	},
	{
		kind: "frost", severity: models.SeverityInfo, tags: []string{"Frost"},
		test:    func(r dto.ReadingInput) (float64, bool) { return r.TempC, r.TempC <= 0 },
		message: "Air temperature at or below freezing (%.1f °C)",
	},
}

// Evaluate raises at most one alert per threshold kind for a batch.
func (s *AlertService) Evaluate(ctx context.Context, st *models.Station, in []dto.ReadingInput) ([]*models.Alert, error) {
	open, err := s.alerts.OpenForStation(ctx, st.Code)
	if err != nil {
		return nil, err
	}
	active := map[string]bool{}
	for _, a := range open {
		active[a.Kind] = true
	}

	var raised []*models.Alert
	for _, th := range thresholds {
		if active[th.kind] {
			continue
		}
		worst, hit := 0.0, false
		for _, r := range in {
			if v, ok := th.test(r); ok && (!hit || v > worst) {
				worst, hit = v, true
			}
		}
		if !hit {
			continue
		}
		a, err := s.Raise(ctx, st, th.kind, th.severity, fmt.Sprintf(th.message, worst), th.tags)
		if err != nil {
			return raised, err
		}
		raised = append(raised, a)
	}
	return raised, nil
}
