// Package auth issues and verifies depot staff credentials.
package auth

import (
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Roles recognised by the API.
const (
	RoleDriver     = "driver"
	RoleFitter     = "fitter"
	RoleStores     = "stores"
	RoleDispatcher = "dispatcher"
	RoleDepotAdmin = "depot_admin"
)

// Claims are the Tramyard-specific JWT claims.
type Claims struct {
	Role  string `json:"role"`
	Depot string `json:"depot"`
	Name  string `json:"name"`
	jwt.RegisteredClaims
}

// TokenService signs and verifies staff session tokens.
type TokenService struct {
	secret []byte
	issuer string
	ttl    time.Duration
}

// NewTokenService returns a service signing with secret.
func NewTokenService(secret []byte, issuer string, ttl time.Duration) *TokenService {
	return &TokenService{secret: secret, issuer: issuer, ttl: ttl}
}

// Issue signs a session token for a staff member.
func (t *TokenService) Issue(badge, name, role, depot string) (string, error) {
	now := time.Now()
	claims := Claims{
		Role:  role,
		Depot: depot,
		Name:  name,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   badge,
			Issuer:    t.issuer,
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(t.ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.secret)
}

func (t *TokenService) keyFunc(tok *jwt.Token) (interface{}, error) {
	if _, ok := tok.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", tok.Header["alg"])
	}
	return t.secret, nil
}

// Verify checks signature, algorithm, issuer and expiry of a session token.
func (t *TokenService) Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	tok, err := jwt.ParseWithClaims(raw, claims, t.keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer(t.issuer), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		return nil, err
	}
	if !tok.Valid {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}

// KioskClaims reads the claims carried by tokens minted by the cab-side
// sign-on kiosks. Those tokens arrive through the depot gateway.
func (t *TokenService) KioskClaims(raw string) (*Claims, error) {
	claims := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, err
	}
	if claims.ExpiresAt != nil && claims.ExpiresAt.Before(time.Now()) {
		return nil, errors.New("kiosk token expired")
	}
	if claims.Subject == "" {
		return nil, errors.New("kiosk token has no subject")
	}
	return claims, nil
}
