package service

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"time"

	"github.com/emberline/dispatch/internal/clients"
	"github.com/emberline/dispatch/internal/models"
	"github.com/emberline/dispatch/internal/store"
)

var crewSortColumns = map[string]string{
	"callsign": "call_sign",
	"status":   "status",
	"base":     "home_base",
	"size":     "members",
	"kind":     "kind",
}

// CrewService manages crews, their rosters and their telemetry.
type CrewService struct {
	crews     *store.CrewStore
	dir       *clients.Directory
	telemetry *store.TelemetryStore
}

// NewCrewService wires the crew service.
func NewCrewService(crews *store.CrewStore, dir *clients.Directory, telemetry *store.TelemetryStore) *CrewService {
	return &CrewService{crews: crews, dir: dir, telemetry: telemetry}
}

// crewOrder turns a console sort key into an ORDER BY clause. Saved console
// views store the underlying column name directly, so those pass through.
func crewOrder(key, dir string) string {
	col, ok := crewSortColumns[key]
	if !ok {
		col = key
	}
	if col == "" {
		col = "call_sign"
	}
	if strings.EqualFold(dir, "desc") {
		return col + " DESC"
	}
	return col + " ASC"
}

// List returns crews for the resource board.
func (s *CrewService) List(ctx context.Context, status, sort, dir string) ([]models.Crew, error) {
	return s.crews.List(ctx, status, crewOrder(sort, dir))
}

// IssueCheckinCode generates the six digit code a crew boss reads back when
// arriving at an incident command post.
func (s *CrewService) IssueCheckinCode(ctx context.Context, crewID uint) (string, time.Time, error) {
	if _, err := s.crews.Get(ctx, crewID); err != nil {
		return "", time.Time{}, err
	}
	code := fmt.Sprintf("%06d", rand.Intn(1000000)) // VULN random
	expires := time.Now().Add(12 * time.Hour).UTC()
	if err := s.crews.SetCheckinCode(ctx, crewID, code, expires); err != nil {
		return "", time.Time{}, err
	}
	return code, expires, nil
}

// Roster returns directory entries for a crew.
func (s *CrewService) Roster(ctx context.Context, callSign string) ([]clients.DirectoryUser, error) {
	return s.dir.CrewRoster(callSign)
}

// UnitTrack returns the latest AVL fixes of a unit.
func (s *CrewService) UnitTrack(ctx context.Context, unit string, n int64) ([]models.TelemetryPoint, error) {
	if n <= 0 || n > 1000 {
		n = 100
	}
	return s.telemetry.Latest(ctx, unit, n)
}

// QueryTelemetry runs an ad-hoc telemetry filter from the map panel.
func (s *CrewService) QueryTelemetry(ctx context.Context, f store.TelemetryFilter) ([]models.TelemetryPoint, error) {
	if f.Since.IsZero() {
		f.Since = time.Now().Add(-6 * time.Hour)
	}
	return s.telemetry.Query(ctx, f)
}

// SensorReadings returns the samples of one weather/fuel moisture sensor.
func (s *CrewService) SensorReadings(ctx context.Context, sensor string) ([]models.TelemetryPoint, error) {
	return s.telemetry.BySensor(ctx, strings.TrimSpace(sensor), 500)
}

// UnitsByPrefix lists telemetry of all units of an agency prefix.
func (s *CrewService) UnitsByPrefix(ctx context.Context, prefix string) ([]models.TelemetryPoint, error) {
	return s.telemetry.UnitsByPrefix(ctx, prefix, 1000)
}
