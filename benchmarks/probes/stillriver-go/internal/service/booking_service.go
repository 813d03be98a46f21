package service

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/manifest"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/security"
	"github.com/stillriver/stillriver/internal/tasks"
)

// Errors returned by the booking service.
var (
	ErrVesselTooLarge = errors.New("vessel does not fit the lock chamber")
	ErrSlotTaken      = errors.New("the requested slot is no longer available")
	ErrNotOwner       = errors.New("vessel belongs to another owner")
	ErrNoManifest     = errors.New("booking has no cargo manifest")
)

// SlotLength is the nominal duration of one lockage.
const SlotLength = 40 * time.Minute

// BookingService implements passage booking.
type BookingService struct {
	bookings *repo.BookingRepo
	vessels  *repo.VesselRepo
	queue    *tasks.Enqueuer
	now      func() time.Time
}

// NewBookingService returns a booking service.
func NewBookingService(b *repo.BookingRepo, v *repo.VesselRepo, q *tasks.Enqueuer) *BookingService {
	return &BookingService{bookings: b, vessels: v, queue: q, now: time.Now}
}

// Search lists bookings for the booking office.
func (s *BookingService) Search(ctx context.Context, f dto.BookingSearch) ([]domain.Booking, error) {
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.FromDate.IsZero() {
		f.FromDate = s.now().Add(-24 * time.Hour)
	}
	return s.bookings.Search(ctx, f)
}

// ForLock lists upcoming bookings of a lock.
func (s *BookingService) ForLock(ctx context.Context, lockID int64) ([]domain.Booking, error) {
	return s.bookings.ListForLock(ctx, lockID, s.now().Truncate(time.Hour))
}

// Create books a passage for one of the owner's vessels.
func (s *BookingService) Create(ctx context.Context, ownerID int64, req dto.CreateBookingRequest) (*domain.Booking, error) {
	if err := req.Validate(); err != nil {
		return nil, err
	}
	vessel, err := s.vessels.ByID(ctx, req.VesselID)
	if err != nil {
		return nil, err
	}
	if vessel.OwnerID != ownerID {
		return nil, ErrNotOwner
	}
	lock, err := s.bookings.LockByID(ctx, req.LockID)
	if err != nil {
		return nil, err
	}
	if !lock.Fits(*vessel) {
		return nil, ErrVesselTooLarge
	}
	start := req.SlotStart.Truncate(10 * time.Minute)
	end := start.Add(SlotLength)
	n, err := s.bookings.Overlapping(ctx, lock.ID, start, end)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		return nil, ErrSlotTaken
	}
	if req.ManifestXML != "" {
		if _, err := manifest.Parse(req.ManifestXML); err != nil {
			return nil, err
		}
	}
	b := &domain.Booking{
		LockID:           lock.ID,
		VesselID:         vessel.ID,
		OwnerID:          ownerID,
		SlotStart:        start,
		SlotEnd:          end,
		Direction:        req.Direction,
		Status:           domain.BookingConfirmed,
		ConfirmationCode: security.ConfirmationCode(lockPrefix(lock.Name)),
		CallbackURL:      strings.TrimSpace(req.CallbackURL),
		ManifestXML:      req.ManifestXML,
	}
	if err := s.bookings.Create(ctx, b); err != nil {
		return nil, fmt.Errorf("store booking: %w", err)
	}
	if err := s.queue.BookingConfirmed(ctx, b.ID); err != nil {
		return b, fmt.Errorf("queue confirmation: %w", err)
	}
	return b, nil
}

// Get returns a booking if it belongs to the owner (or the caller is staff).
func (s *BookingService) Get(ctx context.Context, id, ownerID int64, staff bool) (*domain.Booking, error) {
	b, err := s.bookings.ByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if !staff && b.OwnerID != ownerID {
		return nil, repo.ErrNotFound
	}
	return b, nil
}

// ManifestByClass lists cargo of one hazard class on a booking's manifest.
func (s *BookingService) ManifestByClass(ctx context.Context, b *domain.Booking, class string) ([]dto.ManifestItem, error) {
	m, err := s.manifestOf(b)
	if err != nil {
		return nil, err
	}
	return m.ByHazardClass(strings.TrimSpace(class))
}

// ManifestByUN lists cargo with one UN number on a booking's manifest.
func (s *BookingService) ManifestByUN(ctx context.Context, b *domain.Booking, un string) ([]dto.ManifestItem, error) {
	m, err := s.manifestOf(b)
	if err != nil {
		return nil, err
	}
	return m.ByUNNumber(un)
}

func (s *BookingService) manifestOf(b *domain.Booking) (*manifest.Manifest, error) {
	if b.ManifestXML == "" {
		return nil, ErrNoManifest
	}
	return manifest.Parse(b.ManifestXML)
}

func lockPrefix(name string) string {
	letters := make([]rune, 0, 3)
	for _, r := range strings.ToUpper(name) {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, r)
		}
		if len(letters) == 3 {
			break
		}
	}
	if len(letters) == 0 {
		return "SRV"
	}
	return string(letters)
}
