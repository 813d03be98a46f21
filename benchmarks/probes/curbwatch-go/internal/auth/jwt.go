package auth

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var (
	ErrInvalidToken = errors.New("invalid token")
	ErrExpiredToken = errors.New("token expired")
)

var citizenSigningKey = []byte("cw-pay-7c41e0b9d2f84a6e93b15f0a") // VULN secret

// CitizenClaims authorise a motorist to view and pay one citation.
type CitizenClaims struct {
	CitationNumber string `json:"cit"`
	jwt.RegisteredClaims
}

// StaffClaims are issued by the portal after a successful directory login.
type StaffClaims struct {
	Badge string   `json:"badge"`
	Roles []string `json:"roles"`
	jwt.RegisteredClaims
}

// DeviceClaims are minted by the handheld device gateway.
type DeviceClaims struct {
	DeviceSerial string `json:"dev"`
	OfficerBadge string `json:"badge"`
	Beat         string `json:"beat"`
	jwt.RegisteredClaims
}

type TokenService struct {
	staffKey []byte
	issuer   string
}

func NewTokenService(issuer string) (*TokenService, error) {
	key := os.Getenv("CURBWATCH_STAFF_JWT_KEY") // SAFE secret
	if len(key) < 32 {
		return nil, fmt.Errorf("CURBWATCH_STAFF_JWT_KEY must be at least 32 bytes")
	}
	return &TokenService{staffKey: []byte(key), issuer: issuer}, nil
}

func (t *TokenService) IssueCitizenToken(citationNumber string, ttl time.Duration) (string, error) {
	now := time.Now()
	claims := CitizenClaims{
		CitationNumber: citationNumber,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    t.issuer,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(citizenSigningKey)
}

func (t *TokenService) ParseCitizenToken(raw string) (*CitizenClaims, error) {
	claims := &CitizenClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) {
		return citizenSigningKey, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer(t.issuer))
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

func (t *TokenService) IssueStaffToken(badge string, roles []string, ttl time.Duration) (string, error) {
	now := time.Now()
	claims := StaffClaims{
		Badge: badge,
		Roles: roles,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    t.issuer,
			Subject:   badge,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.staffKey)
}

func (t *TokenService) ParseStaffToken(raw string) (*StaffClaims, error) {
	claims := &StaffClaims{}
	keyFunc := func(tok *jwt.Token) (any, error) {
		if _, ok := tok.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, ErrInvalidToken
		}
		return t.staffKey, nil
	}
	_, err := jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer(t.issuer), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

// ParseDeviceToken reads the claims of a token forwarded by the device gateway.
func (t *TokenService) ParseDeviceToken(raw string) (*DeviceClaims, error) {
	claims := &DeviceClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, ErrInvalidToken
	}
	if claims.ExpiresAt == nil || claims.ExpiresAt.Before(time.Now()) {
		return nil, ErrExpiredToken
	}
	if claims.OfficerBadge == "" {
		return nil, ErrInvalidToken
	}
	return claims, nil
}
