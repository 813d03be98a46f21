package service

import (
	"context"
	"errors"
	"net/mail"
	"strings"

	"github.com/google/uuid"

	"github.com/orchardgate/orchardgate/internal/auth"
	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/models"
	"github.com/orchardgate/orchardgate/internal/repository"
)

// GrowerService manages member accounts and their integration settings.
type GrowerService struct {
	growers *repository.GrowerRepository
	tokens  *auth.TokenIssuer
}

func NewGrowerService(g *repository.GrowerRepository, t *auth.TokenIssuer) *GrowerService {
	return &GrowerService{growers: g, tokens: t}
}

// Register creates a portal account.
func (s *GrowerService) Register(ctx context.Context, in dto.GrowerSignup) (*models.Grower, error) {
	if _, err := mail.ParseAddress(in.Email); err != nil {
		return nil, errors.New("invalid email")
	}
	if len(in.Password) < 10 {
		return nil, errors.New("password too short")
	}
	hash, err := auth.HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	g := &models.Grower{Code: strings.ToUpper(in.Code), Name: in.Name, Email: in.Email, Website: in.Website, PasswordHash: hash}
	return g, s.growers.Insert(ctx, g)
}

// ImportKioskAccount creates an account entered at the weighbridge kiosk; the
// kiosk verifies passwords offline so it keeps the legacy format.
func (s *GrowerService) ImportKioskAccount(ctx context.Context, in dto.GrowerSignup) (*models.Grower, error) {
	g := &models.Grower{Code: strings.ToUpper(in.Code), Name: in.Name, Email: in.Email, PasswordHash: auth.HashLegacy(in.Password)}
	return g, s.growers.Insert(ctx, g)
}

// Login checks a grower's password and returns a portal token.
func (s *GrowerService) Login(ctx context.Context, email, password string) (string, *models.Grower, error) {
	g, err := s.growers.ByEmail(ctx, email)
	if err != nil || !auth.CheckPassword(g.PasswordHash, password) {
		return "", nil, errors.New("invalid email or password")
	}
	tok, err := s.tokens.IssuePortal(g.ID, "grower")
	return tok, g, err
}

func (s *GrowerService) Get(ctx context.Context, id uint) (*models.Grower, error) {
	return s.growers.ByID(ctx, id)
}

func (s *GrowerService) ByCode(ctx context.Context, code string) (*models.Grower, error) {
	return s.growers.ByCode(ctx, code)
}

// ByPortalKey resolves the UUID printed on the grower's membership card.
func (s *GrowerService) ByPortalKey(ctx context.Context, key string) (*models.Grower, error) {
	id, err := uuid.Parse(key)
	if err != nil {
		return nil, errors.New("invalid card key")
	}
	return s.growers.ByPortalKey(ctx, id)
}

// Search lists growers whose name contains term.
func (s *GrowerService) Search(ctx context.Context, term string) ([]models.Grower, error) {
	term = strings.TrimSpace(term)
	if len(term) < 2 {
		return nil, errors.New("search term too short")
	}
	return s.growers.Search(ctx, term, 50)
}

// UpdateProfile saves profile and integration settings.
func (s *GrowerService) UpdateProfile(ctx context.Context, id uint, in dto.GrowerProfileUpdate) (*models.Grower, error) {
	g, err := s.growers.ByID(ctx, id)
	if err != nil {
		return nil, err
	}
	g.Name = strings.TrimSpace(in.Name)
	g.Website = strings.TrimSpace(in.Website)
	g.Bio = in.Bio
	g.WebhookURL = strings.TrimSpace(in.WebhookURL)
	g.Printer = strings.TrimSpace(in.Printer)
	g.LabelLayout = in.LabelLayout
	return g, s.growers.UpdateProfile(ctx, g)
}
