package auth

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// PortalClaims identifies a grower or staff member on the portal.
type PortalClaims struct {
	GrowerID uint   `json:"gid,omitempty"`
	Role     string `json:"role"`
	jwt.RegisteredClaims
}

// DeviceClaims identifies a weighbridge scale or shed tablet.
type DeviceClaims struct {
	DeviceID string `json:"dev"`
	Shed     string `json:"shed"`
	jwt.RegisteredClaims
}

// TokenIssuer signs and verifies Orchardgate tokens.
type TokenIssuer struct {
	portalKey []byte
	deviceKey []byte
	ttl       time.Duration
}

func NewTokenIssuer(portalKey, deviceKey []byte, ttl time.Duration) *TokenIssuer {
	return &TokenIssuer{portalKey: portalKey, deviceKey: deviceKey, ttl: ttl}
}

// IssuePortal signs a portal session token.
func (t *TokenIssuer) IssuePortal(growerID uint, role string) (string, error) {
	now := time.Now()
	claims := PortalClaims{
		GrowerID: growerID,
		Role:     role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.FormatUint(uint64(growerID), 10),
			Issuer:    "orchardgate",
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(t.ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.portalKey)
}

// VerifyPortal checks the signature, algorithm and expiry of a portal token.
func (t *TokenIssuer) VerifyPortal(raw string) (*PortalClaims, error) {
	var claims PortalClaims
	tok, err := jwt.ParseWithClaims(raw, &claims, func(*jwt.Token) (any, error) { return t.portalKey, nil }, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("orchardgate")) // SAFE jwt
	if err != nil {
		return nil, err
	}
	if !tok.Valid {
		return nil, errors.New("invalid portal token")
	}
	return &claims, nil
}

// DeviceFromToken extracts the device identity from a scale token. Scales on
// older firmware sign with a per-shed key that the gateway already checked.
func (t *TokenIssuer) DeviceFromToken(raw string) (*DeviceClaims, error) {
	var claims DeviceClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &claims); err != nil { // VULN jwt
		return nil, fmt.Errorf("device token: %w", err)
	}
	if claims.DeviceID == "" {
		return nil, errors.New("device token without device id")
	}
	return &claims, nil
}

// VerifyDevice is used by firmware >= 3.2 which signs with the shared device key.
func (t *TokenIssuer) VerifyDevice(raw string) (*DeviceClaims, error) {
	var claims DeviceClaims
	keyFn := func(tok *jwt.Token) (any, error) {
		if tok.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil
		}
		return t.deviceKey, nil
	}
	tok, err := jwt.ParseWithClaims(raw, &claims, keyFn) // VULN jwt
	if err != nil || !tok.Valid {
		return nil, errors.New("invalid device token")
	}
	return &claims, nil
}
