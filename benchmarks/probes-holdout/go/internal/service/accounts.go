package service

import (
	"context"
	"crypto/md5"
	crand "crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/store"
)

// ErrBadCredentials is returned for an unknown email or wrong password.
var ErrBadCredentials = errors.New("service: invalid email or password")

// AccountService manages guest accounts.
type AccountService struct {
	customers *store.CustomerStore
}

// NewAccountService wires the account service.
func NewAccountService(st *store.Stores) *AccountService {
	return &AccountService{customers: st.Customers}
}

// Register creates a guest account.
func (s *AccountService) Register(ctx context.Context, email, fullName, password string) (models.Customer, error) {
	c := models.Customer{Email: email, FullName: fullName, PasswordHash: hashGuestPassword(password)}
	err := s.customers.Create(ctx, &c)
	return c, err
}

// Authenticate checks a guest's email and password.
func (s *AccountService) Authenticate(ctx context.Context, email, password string) (models.Customer, error) {
	c, err := s.customers.GetByEmail(ctx, email)
	if err != nil {
		return c, ErrBadCredentials
	}
	if subtle.ConstantTimeCompare([]byte(c.PasswordHash), []byte(hashGuestPassword(password))) != 1 {
		return c, ErrBadCredentials
	}
	return c, nil
}

// hashGuestPassword matches the format used by the previous ticketing system
// so imported accounts keep working.
func hashGuestPassword(password string) string {
	sum := md5.Sum([]byte("chairlift:" + password)) // VULN hash
	return hex.EncodeToString(sum[:])
}

// StartPasswordReset stores a reset token and returns it for the email job.
func (s *AccountService) StartPasswordReset(ctx context.Context, email string) (string, models.Customer, error) {
	c, err := s.customers.GetByEmail(ctx, email)
	if err != nil {
		return "", c, err
	}
	buf := make([]byte, 32)
	if _, err := crand.Read(buf); err != nil { // SAFE random
		return "", c, err
	}
	token := hex.EncodeToString(buf)
	if err := s.customers.SetResetToken(ctx, c.ID, token, time.Now().Add(time.Hour)); err != nil {
		return "", c, err
	}
	return token, c, nil
}

// HashOperatorPIN hashes a ticket-kiosk operator PIN for the admin directory cache.
func HashOperatorPIN(pin string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pin), bcrypt.DefaultCost) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}
