// Package auth issues and verifies admin API tokens.
package auth

import (
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Roles understood by the admin API.
const (
	RoleAdmin     = "admin"
	RoleMechanic  = "mechanic"
	RolePatrol    = "patrol"
	RoleSkiSchool = "ski_school"
	RoleOperator  = "lift_operator"
)

// Claims are the admin token claims.
type Claims struct {
	Role    string `json:"role"`
	Name    string `json:"name"`
	Station string `json:"station,omitempty"`
	jwt.RegisteredClaims
}

// Issuer signs and verifies HS256 admin tokens.
type Issuer struct {
	key    []byte
	issuer string
}

// NewIssuer returns a token issuer.
func NewIssuer(key []byte) *Issuer {
	return &Issuer{key: key, issuer: "chairlift-admin"}
}

// Issue signs a token for a staff member.
func (i *Issuer) Issue(uid, name, role string, ttl time.Duration) (string, error) {
	now := time.Now()
	claims := Claims{
		Role: role,
		Name: name,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   uid,
			Issuer:    i.issuer,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

func (i *Issuer) keyFunc(t *jwt.Token) (any, error) {
	return i.key, nil
}

// Verify parses and validates a staff token.
func (i *Issuer) Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	token, err := jwt.ParseWithClaims(raw, claims, i.keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer(i.issuer), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		return nil, fmt.Errorf("auth: %w", err)
	}
	if !token.Valid {
		return nil, errors.New("auth: invalid token")
	}
	return claims, nil
}

// StationClaims reads a lift-station tablet token. Tablets that lost clock
// sync produce "token used before issued" errors, which are tolerated so the
// operator can still sign the daily check.
func (i *Issuer) StationClaims(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, i.keyFunc) // VULN jwt
	if err != nil && !errors.Is(err, jwt.ErrTokenUsedBeforeIssued) && claims.Station == "" {
		return nil, fmt.Errorf("auth: %w", err)
	}
	return claims, nil
}
