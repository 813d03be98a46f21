// Package service implements Emberline's dispatch business rules on top of
// the store and client packages.
package service

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/emberline/dispatch/internal/events"
	"github.com/emberline/dispatch/internal/models"
	"github.com/emberline/dispatch/internal/store"
)

var (
	ErrInvalidSort   = errors.New("invalid sort key")
	ErrInvalidStatus = errors.New("invalid incident status")
	ErrQueryTooShort = errors.New("search term too short")
	ErrValidation    = errors.New("validation failed")
)

const incidentPageSize = 50

var incidentOrder = map[string]string{
	"reported":    "reported_at DESC",
	"updated":     "updated_at DESC",
	"acres":       "acres DESC",
	"containment": "containment ASC",
	"name":        "name ASC",
}

var incidentStatuses = map[string]bool{
	"new":        true,
	"responding": true,
	"active":     true,
	"contained":  true,
	"controlled": true,
	"out":        true,
}

// NewIncident is the payload used to open an incident.
type NewIncident struct {
	Name   string  `json:"name"`
	Region string  `json:"region"`
	Acres  float64 `json:"acres"`
	Notes  string  `json:"notes"`
	MapURL string  `json:"map_url"`
}

// IncidentService coordinates incidents, zones and the audit trail.
type IncidentService struct {
	incidents *store.IncidentStore
	zones     *store.ZoneStore
	pub       *events.Publisher
}

// NewIncidentService wires the incident service.
func NewIncidentService(incidents *store.IncidentStore, zones *store.ZoneStore, pub *events.Publisher) *IncidentService {
	return &IncidentService{incidents: incidents, zones: zones, pub: pub}
}

// List returns a page of incidents in one of the supported orders.
func (s *IncidentService) List(ctx context.Context, status, sort string, page int) ([]models.Incident, error) {
	order, ok := incidentOrder[sort]
	if !ok {
		if sort != "" {
			return nil, ErrInvalidSort
		}
		order = incidentOrder["reported"]
	}
	if status != "" && !incidentStatuses[status] {
		return nil, ErrInvalidStatus
	}
	if page < 1 {
		page = 1
	}
	return s.incidents.List(ctx, status, order, incidentPageSize, (page-1)*incidentPageSize)
}

// Search performs a free-text incident search.
func (s *IncidentService) Search(ctx context.Context, region, term string) ([]models.Incident, error) {
	term = strings.TrimSpace(term)
	if len(term) < 2 {
		return nil, ErrQueryTooShort
	}
	return s.incidents.Search(ctx, strings.TrimSpace(region), term, incidentPageSize)
}

// ByCode loads an incident by public code.
func (s *IncidentService) ByCode(ctx context.Context, code string) (*models.Incident, error) {
	return s.incidents.GetByCode(ctx, strings.ToUpper(code))
}

// ByID loads an incident by id.
func (s *IncidentService) ByID(ctx context.Context, id uint) (*models.Incident, error) {
	return s.incidents.Get(ctx, id)
}

// Create opens a new incident.
func (s *IncidentService) Create(ctx context.Context, in NewIncident, actor string) (*models.Incident, error) {
	if strings.TrimSpace(in.Name) == "" || in.Region == "" {
		return nil, fmt.Errorf("%w: name and region are required", ErrValidation)
	}
	now := time.Now().UTC()
	inc := &models.Incident{
		Code:       incidentCode(in.Region, now),
		Name:       strings.TrimSpace(in.Name),
		Status:     "new",
		Region:     in.Region,
		Acres:      in.Acres,
		Notes:      in.Notes,
		MapURL:     strings.TrimSpace(in.MapURL),
		ReportedAt: now,
		UpdatedAt:  now,
	}
	if err := s.incidents.Create(ctx, inc); err != nil {
		return nil, err
	}
	_ = s.pub.Publish(events.SubjectIncidentStatus, events.IncidentStatusChanged{
		IncidentID: int(inc.ID), Status: inc.Status, Actor: actor, Note: "incident opened", At: now,
	})
	return inc, nil
}

// ChangeStatus moves an incident and records the change asynchronously.
func (s *IncidentService) ChangeStatus(ctx context.Context, id int, status, note, actor string) error {
	if !incidentStatuses[status] {
		return ErrInvalidStatus
	}
	if id <= 0 {
		return fmt.Errorf("%w: bad incident id", ErrValidation)
	}
	if err := s.incidents.UpdateStatus(ctx, uint(id), status); err != nil {
		return err
	}
	return s.pub.Publish(events.SubjectIncidentStatus, events.IncidentStatusChanged{
		IncidentID: id,
		Status:     status,
		Actor:      actor,
		Note:       note,
		At:         time.Now().UTC(),
	})
}

// Zone returns one evacuation zone.
func (s *IncidentService) Zone(ctx context.Context, code string) (*models.EvacZone, error) {
	return s.zones.ByCode(ctx, strings.ToUpper(code))
}

// ZonesByCounty returns the zones of a county for partner OES systems.
func (s *IncidentService) ZonesByCounty(ctx context.Context, county, level string) ([]models.EvacZone, error) {
	switch level {
	case "", "ready", "set", "go":
	default:
		return nil, fmt.Errorf("%w: unknown level", ErrValidation)
	}
	return s.zones.ByCounty(ctx, strings.TrimSpace(county), level)
}

func incidentCode(region string, t time.Time) string {
	prefix := strings.ToUpper(region)
	if len(prefix) > 3 {
		prefix = prefix[:3]
	}
	return fmt.Sprintf("%s-%s-%04d", prefix, t.Format("060102"), t.Nanosecond()%10000)
}
