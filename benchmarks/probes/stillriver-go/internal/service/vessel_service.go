package service

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/repo"
)

// ErrNotesTooLong is returned for oversized notes.
var ErrNotesTooLong = errors.New("notes are limited to 2000 characters")

// VesselService implements vessel profile operations.
type VesselService struct {
	vessels  *repo.VesselRepo
	bookings *repo.BookingRepo
	gauges   *clients.GaugeClient
}

// NewVesselService returns a vessel service.
func NewVesselService(v *repo.VesselRepo, b *repo.BookingRepo, g *clients.GaugeClient) *VesselService {
	return &VesselService{vessels: v, bookings: b, gauges: g}
}

// Get returns a vessel.
func (s *VesselService) Get(ctx context.Context, id int64) (*domain.Vessel, error) {
	return s.vessels.ByID(ctx, id)
}

// Search finds the owner's vessels by name fragment.
func (s *VesselService) Search(ctx context.Context, ownerID int64, name string) ([]domain.Vessel, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return []domain.Vessel{}, nil
	}
	return s.vessels.SearchByName(ctx, ownerID, name)
}

// UpdateNotes stores the owner's notes shown on the public profile.
func (s *VesselService) UpdateNotes(ctx context.Context, id, ownerID int64, notes string) error {
	if utf8.RuneCountInString(notes) > 2000 {
		return ErrNotesTooLong
	}
	return s.vessels.UpdateNotes(ctx, id, ownerID, strings.TrimSpace(notes))
}

// LockLevel returns the water level at the lock's own gauge station.
func (s *VesselService) LockLevel(ctx context.Context, lockID int64) (*clients.GaugeReading, error) {
	lock, err := s.bookings.LockByID(ctx, lockID)
	if err != nil {
		return nil, err
	}
	return s.gauges.LatestForStation(ctx, lock.GaugeStationID)
}

// TemporaryGaugeLevel follows a station link for temporary gauges placed
// during maintenance works.
func (s *VesselService) TemporaryGaugeLevel(ctx context.Context, stationURL string) (*clients.GaugeReading, error) {
	return s.gauges.LatestFromURL(ctx, strings.TrimSpace(stationURL))
}
