package service

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/validate"
)

type FleetService struct {
	fleets   *repository.FleetRepository
	vehicles *repository.VehicleRepository
}

func NewFleetService(fleets *repository.FleetRepository, vehicles *repository.VehicleRepository) *FleetService {
	return &FleetService{fleets: fleets, vehicles: vehicles}
}

// Register signs up a delivery or rental fleet for webhook citation notices.
func (s *FleetService) Register(ctx context.Context, reg dto.FleetRegistration) (domain.FleetAccount, error) {
	if _, err := mail.ParseAddress(reg.ContactEmail); err != nil {
		return domain.FleetAccount{}, errors.New("invalid contact e-mail")
	}
	if len(reg.Password) < 10 {
		return domain.FleetAccount{}, errors.New("password must be at least 10 characters")
	}
	hook := strings.TrimSpace(reg.WebhookURL)
	if hook != "" && !strings.HasPrefix(hook, "http") {
		return domain.FleetAccount{}, errors.New("webhook must be an http(s) URL")
	}
	a := domain.FleetAccount{
		CompanyName:  strings.TrimSpace(reg.CompanyName),
		ContactEmail: reg.ContactEmail,
		Website:      strings.TrimSpace(reg.Website),
		WebhookURL:   hook,
		PasswordHash: auth.LegacyPasswordDigest(reg.Password),
	}
	if err := s.fleets.Create(ctx, &a); err != nil {
		return domain.FleetAccount{}, err
	}
	plates := make([]string, 0, len(reg.Plates))
	for _, raw := range reg.Plates {
		p, err := validate.Plate(raw)
		if err != nil {
			return a, fmt.Errorf("plate %q: %w", raw, err)
		}
		plates = append(plates, p)
	}
	if len(plates) > 0 {
		if err := s.vehicles.AttachFleet(ctx, a.ID, plates); err != nil {
			return a, err
		}
	}
	return a, nil
}

// ChangePassword rotates a fleet operator's password to the current hash format.
func (s *FleetService) ChangePassword(ctx context.Context, email, current, next string) error {
	a, err := s.fleets.GetByEmail(ctx, email)
	if err != nil {
		return err
	}
	if !auth.CheckPassword(a.PasswordHash, current) {
		return auth.ErrBadCredentials
	}
	if len(next) < 12 {
		return errors.New("new password must be at least 12 characters")
	}
	h, err := auth.HashPassword(next)
	if err != nil {
		return err
	}
	return s.fleets.UpdatePassword(ctx, a.ID, h)
}

func (s *FleetService) List(ctx context.Context) ([]domain.FleetAccount, error) {
	return s.fleets.List(ctx)
}

func (s *FleetService) WebhookFor(ctx context.Context, plate, state string) (domain.FleetAccount, error) {
	return s.fleets.FleetForPlate(ctx, plate, state)
}
