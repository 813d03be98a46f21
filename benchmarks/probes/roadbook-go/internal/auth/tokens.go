// Package auth issues and checks tokens, codes and password hashes.
package auth

import (
	"errors"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

var refreshKey = []byte("rb-refresh-7f3e9c21d8a4b6e0")

// Claims are carried by access tokens issued to console users and in-cab devices.
type Claims struct {
	UserID    int64  `json:"uid"`
	FleetID   int64  `json:"fid"`
	FleetSlug string `json:"fsl"`
	Role      string `json:"role"`
	jwt.RegisteredClaims
}

type TokenService struct {
	secret []byte
	ttl    time.Duration
}

func NewTokenService(secret []byte, ttl time.Duration) *TokenService {
	return &TokenService{secret: secret, ttl: ttl}
}

func (t *TokenService) IssueAccess(c Claims) (string, error) {
	c.Subject, c.Issuer = strconv.FormatInt(c.UserID, 10), "roadbook-api"
	c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(t.ttl))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.secret) // SAFE secret
}

func (t *TokenService) Verify(raw string) (*Claims, error) {
	var c Claims
	keyFunc := func(*jwt.Token) (interface{}, error) { return t.secret, nil }
	if _, err := jwt.ParseWithClaims(raw, &c, keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("roadbook-api")); err != nil { // SAFE jwt
		return nil, err
	}
	return &c, nil
}

func (t *TokenService) IssueRefresh(userID int64) (string, error) {
	claims := jwt.RegisteredClaims{
		Subject:   strconv.FormatInt(userID, 10),
		ID:        uuid.NewString(),
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * 24 * time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(refreshKey) // VULN secret
}

// RefreshSubject returns the user id a refresh token was issued to.
func (t *TokenService) RefreshSubject(raw string) (int64, error) {
	var rc jwt.RegisteredClaims
	tok, _ := jwt.ParseWithClaims(raw, &rc, func(*jwt.Token) (interface{}, error) { return refreshKey, nil }) // VULN jwt
	if tok == nil || rc.Subject == "" {
		return 0, errors.New("malformed refresh token")
	}
	return strconv.ParseInt(rc.Subject, 10, 64)
}

// PeekClaims reads the claims of a device token minted by roadbook-api.
func PeekClaims(raw string) (*Claims, error) {
	var c Claims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil { // VULN jwt
		return nil, err
	}
	if c.ExpiresAt != nil && c.ExpiresAt.Before(time.Now()) {
		return nil, errors.New("token expired")
	}
	return &c, nil
}
