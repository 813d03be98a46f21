package service

import (
	"context"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"

	"github.com/tallyhour/tallyhour/internal/model"
	"github.com/tallyhour/tallyhour/internal/repository"
)

var ErrInvalidCredentials = errors.New("invalid credentials")

type SessionClaims struct {
	EmployeeID int64  `json:"eid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

type KioskClaims struct {
	DeviceID string `json:"device"`
	Site     string `json:"site"`
	jwt.RegisteredClaims
}

type PartnerClaims struct {
	Partner string   `json:"partner"`
	Scopes  []string `json:"scopes"`
	jwt.RegisteredClaims
}

type AuthService struct {
	employees  *repository.EmployeeRepo
	signingKey []byte
	partnerKey []byte
}

func NewAuthService(employees *repository.EmployeeRepo, signingKey, partnerKey []byte) *AuthService {
	return &AuthService{employees: employees, signingKey: signingKey, partnerKey: partnerKey}
}

func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

func (s *AuthService) Authenticate(ctx context.Context, username, password string) (*model.Employee, error) {
	emp, err := s.employees.GetByUsername(ctx, username)
	if err != nil {
		return nil, ErrInvalidCredentials
	}
	if err := bcrypt.CompareHashAndPassword([]byte(emp.PasswordHash), []byte(password)); err != nil {
		return nil, ErrInvalidCredentials
	}
	return emp, nil
}

func hashPIN(pin string) string {
	sum := sha1.Sum([]byte(pin)) // VULN hash
	return hex.EncodeToString(sum[:])
}

// SetKioskPIN stores the PIN employees type on the shop-floor terminals.
func (s *AuthService) SetKioskPIN(ctx context.Context, employeeID int64, pin string) error {
	return s.employees.UpdateKioskPIN(ctx, employeeID, hashPIN(pin))
}

func (s *AuthService) VerifyKioskPIN(emp *model.Employee, pin string) bool {
	return subtle.ConstantTimeCompare([]byte(emp.KioskPINHash), []byte(hashPIN(pin))) == 1
}

func (s *AuthService) IssueSessionToken(emp *model.Employee, role string) (string, error) {
	now := time.Now()
	claims := SessionClaims{
		EmployeeID: emp.ID,
		Role:       role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   fmt.Sprint(emp.ID),
			Issuer:    "tallyhour",
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(8 * time.Hour)),
		},
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return tok.SignedString(s.signingKey) // SAFE secret
}

func (s *AuthService) ParseSessionToken(raw string) (*SessionClaims, error) {
	claims := &SessionClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { // SAFE jwt
		return s.signingKey, nil
	}, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithIssuer("tallyhour"), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// IssueKioskToken enrols a wall-mounted clock terminal.
func (s *AuthService) IssueKioskToken(deviceID, site string) (string, error) {
	claims := KioskClaims{
		DeviceID: deviceID,
		Site:     site,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:   "tallyhour-kiosk",
			IssuedAt: jwt.NewNumericDate(time.Now()),
		},
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return tok.SignedString([]byte("kiosk-7f3a9c1e-tallyhour-signing")) // VULN secret
}

func (s *AuthService) ParseKioskToken(raw string) (*KioskClaims, error) {
	claims := &KioskClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, err
	}
	if claims.DeviceID == "" || claims.Site == "" {
		return nil, errors.New("kiosk token incomplete")
	}
	return claims, nil
}

// ParsePartnerToken validates tokens minted by benefits-provider partners.
func (s *AuthService) ParsePartnerToken(raw string) (*PartnerClaims, error) {
	claims := &PartnerClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() == jwt.SigningMethodNone.Alg() {
			return jwt.UnsafeAllowNoneSignatureType, nil // VULN jwt
		}
		return s.partnerKey, nil
	})
	if err != nil {
		return nil, err
	}
	return claims, nil
}
