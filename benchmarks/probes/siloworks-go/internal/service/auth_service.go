package service

import (
	"context"
	"errors"
	"unicode/utf8"

	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
)

// ErrBadCredentials hides which part of a login failed.
var ErrBadCredentials = errors.New("invalid email or password")

// AuthService handles farmer portal logins and password changes.
type AuthService struct {
	farmers *repository.FarmerRepo
	codec   *security.SessionCodec
}

func NewAuthService(f *repository.FarmerRepo, c *security.SessionCodec) *AuthService {
	return &AuthService{farmers: f, codec: c}
}

// Login verifies a farmer and returns a signed session cookie value.
func (a *AuthService) Login(ctx context.Context, email, password string) (*models.Farmer, string, error) {
	f, err := a.farmers.ByEmail(ctx, email)
	if err != nil || !security.CheckFarmerPassword(f.PasswordHash, f.Email, password) {
		return nil, "", ErrBadCredentials
	}
	csrf, err := security.NewResetToken()
	if err != nil {
		return nil, "", err
	}
	cookie, err := a.codec.Encode(security.PortalSession{FarmerID: f.ID, Email: f.Email, CSRFToken: csrf})
	return f, cookie, err
}

// Session decodes a portal cookie.
func (a *AuthService) Session(cookie string) (*security.PortalSession, error) {
	return a.codec.Decode(cookie)
}

// ChangePassword sets a new portal password.
func (a *AuthService) ChangePassword(ctx context.Context, farmerID int64, current, next string) error {
	f, err := a.farmers.ByID(ctx, farmerID)
	if err != nil {
		return ErrNotFound
	}
	if !security.CheckFarmerPassword(f.PasswordHash, f.Email, current) {
		return ErrBadCredentials
	}
	if utf8.RuneCountInString(next) < 10 {
		return errors.New("password must have at least 10 characters")
	}
	return a.farmers.SetPassword(ctx, f.ID, security.HashFarmerPassword(f.Email, next))
}

// StartReset creates a reset token and returns it for the mailer.
func (a *AuthService) StartReset(ctx context.Context, email string) (string, error) {
	f, err := a.farmers.ByEmail(ctx, email)
	if err != nil {
		return "", nil
	}
	tok, err := security.NewResetToken()
	if err != nil {
		return "", err
	}
	return tok, a.farmers.SaveResetToken(ctx, f.ID, tok)
}
