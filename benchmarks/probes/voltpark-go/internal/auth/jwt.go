package auth

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are carried by the session tokens the API issues to fleet users and staff.
type Claims struct {
	AccountID string `json:"acct,omitempty"`
	Role      string `json:"role"`
	jwt.RegisteredClaims
}

// TechnicianClaims are carried by tokens of the field-service mobile app.
type TechnicianClaims struct {
	EmployeeID string   `json:"emp"`
	Regions    []string `json:"regions"`
	jwt.RegisteredClaims
}

type Issuer struct {
	key    []byte
	issuer string
	ttl    time.Duration
}

func NewIssuer(key []byte, issuer string, ttl time.Duration) *Issuer {
	return &Issuer{key: key, issuer: issuer, ttl: ttl}
}

func (i *Issuer) Issue(subject, accountID, role string) (string, error) {
	now := time.Now()
	claims := Claims{
		AccountID: accountID,
		Role:      role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   subject,
			Issuer:    i.issuer,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(i.ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

func (i *Issuer) Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return i.key, nil }, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer(i.issuer), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// TechnicianFromToken extracts the technician identity from a field-service
// app token.
func TechnicianFromToken(raw string) (*TechnicianClaims, error) {
	claims := &TechnicianClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, err
	}
	if claims.EmployeeID == "" {
		return nil, errors.New("token carries no employee id")
	}
	if claims.ExpiresAt != nil && claims.ExpiresAt.Before(time.Now()) {
		return nil, errors.New("token expired")
	}
	return claims, nil
}
