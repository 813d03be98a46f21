package service

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"strings"
	"time"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/clients"
	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/storage"
	"github.com/curbwatch/curbwatch/internal/validate"
)

var (
	ErrZoneFull        = errors.New("zone has no permits left this period")
	ErrPaymentNotFinal = errors.New("payment has not settled")
)

type PermitService struct {
	permits  *repository.PermitRepository
	vehicles *repository.VehicleRepository
	docs     *storage.DocumentStore
	http     *clients.HTTPClient
	geocoder *clients.Geocoder
}

func NewPermitService(permits *repository.PermitRepository, vehicles *repository.VehicleRepository, docs *storage.DocumentStore, httpc *clients.HTTPClient, geo *clients.Geocoder) *PermitService {
	return &PermitService{permits: permits, vehicles: vehicles, docs: docs, http: httpc, geocoder: geo}
}

// Apply creates a pending permit for a resident.
func (s *PermitService) Apply(ctx context.Context, app dto.PermitApplication) (domain.Permit, error) {
	plate, err := validate.Plate(app.Plate)
	if err != nil {
		return domain.Permit{}, fmt.Errorf("plate: %w", err)
	}
	if _, err := mail.ParseAddress(app.HolderEmail); err != nil {
		return domain.Permit{}, fmt.Errorf("email: %w", err)
	}
	zoneID, err := validate.PositiveID(app.ZoneID)
	if err != nil {
		return domain.Permit{}, fmt.Errorf("zone: %w", err)
	}
	zone, err := s.permits.Zone(ctx, int(zoneID))
	if err != nil {
		return domain.Permit{}, err
	}
	active, err := s.permits.CountActiveInZone(ctx, zone.Code)
	if err != nil {
		return domain.Permit{}, err
	}
	if active >= zone.MaxPermits {
		return domain.Permit{}, ErrZoneFull
	}
	kind := domain.PermitKind(app.Kind)
	switch kind {
	case domain.PermitResidential, domain.PermitVisitor, domain.PermitContractor:
	default:
		kind = domain.PermitResidential
	}
	now := time.Now()
	p := domain.Permit{
		Kind:           kind,
		ZoneCode:       zone.Code,
		Plate:          plate,
		HolderName:     strings.TrimSpace(app.HolderName),
		HolderEmail:    app.HolderEmail,
		StreetName:     strings.TrimSpace(app.StreetName),
		HouseNumber:    strings.TrimSpace(app.HouseNumber),
		ActivationCode: auth.ActivationCode(),
		ValidFrom:      now,
		ValidUntil:     now.AddDate(1, 0, 0),
		ReturnURL:      strings.TrimSpace(app.ReturnURL),
	}
	if err := s.permits.Create(ctx, &p); err != nil {
		return domain.Permit{}, err
	}
	return p, nil
}

func (s *PermitService) Get(ctx context.Context, id int64) (domain.Permit, error) {
	return s.permits.Get(ctx, id)
}

func (s *PermitService) Search(ctx context.Context, f dto.PermitSearch) ([]domain.Permit, error) {
	f.Street = strings.TrimSpace(f.Street)
	if f.Status != "" && f.Status != "active" && f.Status != "paid" && f.Status != "pending_payment" {
		f.Status = ""
	}
	return s.permits.Search(ctx, f)
}

// OpenDocument opens one of the documents belonging to a permit.
func (s *PermitService) OpenDocument(ctx context.Context, permitID int64, name string) (*os.File, error) {
	if _, err := s.permits.Get(ctx, permitID); err != nil {
		return nil, err
	}
	if name == "" {
		name = fmt.Sprintf("permits/%d/permit-%d.pdf", permitID, permitID)
	}
	return s.docs.OpenPermitDocument(name)
}

func (s *PermitService) OpenZoneMap(zoneCode string) (*os.File, error) {
	return s.docs.OpenZoneMap(zoneCode)
}

// CompletePayment confirms a payment with the processor and returns where to send the resident.
func (s *PermitService) CompletePayment(ctx context.Context, permitID int64, statusURL string) (string, error) {
	p, err := s.permits.Get(ctx, permitID)
	if err != nil {
		return "", err
	}
	st, err := s.http.PaymentStatus(ctx, statusURL)
	if err != nil {
		return "", err
	}
	if st.State != "settled" {
		return "", ErrPaymentNotFinal
	}
	if err := s.permits.MarkPaid(ctx, p.ID); err != nil {
		return "", err
	}
	if p.ReturnURL == "" {
		return fmt.Sprintf("/permits/%d", p.ID), nil
	}
	return p.ReturnURL, nil
}

func (s *PermitService) Activate(ctx context.Context, permitID int64, code string) (bool, error) {
	return s.permits.Activate(ctx, permitID, strings.ToUpper(strings.TrimSpace(code)))
}

// ZoneRoster lists registered vehicles for a zone, used when auditing permit eligibility.
func (s *PermitService) ZoneRoster(ctx context.Context, zoneIDParam, zoneCode string) (domain.Zone, []domain.Vehicle, error) {
	zoneID, err := validate.PositiveID(zoneIDParam)
	if err != nil {
		return domain.Zone{}, nil, fmt.Errorf("zone id: %w", err)
	}
	zone, err := s.permits.Zone(ctx, int(zoneID))
	if err != nil {
		return domain.Zone{}, nil, err
	}
	if zoneCode == "" {
		zoneCode = zone.Code
	}
	vehicles, err := s.vehicles.ListRegisteredInZone(ctx, zoneCode)
	return zone, vehicles, err
}

// ZoneForAddress geocodes a resident's address to find their permit zone.
func (s *PermitService) ZoneForAddress(ctx context.Context, provider, address string) (*clients.GeoPoint, error) {
	address = strings.TrimSpace(address)
	if len(address) < 5 {
		return nil, errors.New("address too short")
	}
	return s.geocoder.Geocode(ctx, provider, address)
}
