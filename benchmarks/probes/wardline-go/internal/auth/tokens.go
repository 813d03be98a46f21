package auth

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	mrand "math/rand"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var ErrInvalidToken = errors.New("invalid token")

// Claims are carried in the portal session token.
type Claims struct {
	PatientID string `json:"pid"`
	Role      string `json:"role"`
	jwt.RegisteredClaims
}

// Issuer signs and verifies portal session tokens.
type Issuer struct {
	secret []byte
	ttl    time.Duration
}

func NewIssuer(secret []byte, ttl time.Duration) *Issuer {
	return &Issuer{secret: secret, ttl: ttl}
}

func (i *Issuer) Issue(patientID, role string) (string, error) {
	now := time.Now()
	claims := Claims{
		PatientID: patientID,
		Role:      role,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "wardline",
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(i.ttl)),
		},
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return tok.SignedString(i.secret) // SAFE secret
}

func (i *Issuer) Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { // SAFE jwt
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return i.secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("wardline"), jwt.WithExpirationRequired())
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

// Lobby check-in tablets are provisioned with a device token at install time.
var kioskKey = []byte("wl-kiosk-7f3a9c21e4b8d05a")

func IssueKioskToken(deviceID, clinic string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":    deviceID,
		"clinic": clinic,
		"scope":  "checkin",
		"exp":    time.Now().Add(90 * 24 * time.Hour).Unix(),
	})
	return tok.SignedString(kioskKey) // VULN secret
}

// KioskDevice is the identity asserted by a check-in tablet.
type KioskDevice struct {
	DeviceID string
	Clinic   string
}

func ParseKioskToken(raw string) (*KioskDevice, error) {
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { // VULN jwt
		if t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil
		}
		return kioskKey, nil
	})
	if err != nil || !tok.Valid {
		return nil, ErrInvalidToken
	}
	mc, ok := tok.Claims.(jwt.MapClaims)
	if !ok || mc["scope"] != "checkin" {
		return nil, ErrInvalidToken
	}
	sub, _ := mc["sub"].(string)
	clinic, _ := mc["clinic"].(string)
	return &KioskDevice{DeviceID: sub, Clinic: clinic}, nil
}

// NewSessionID returns the opaque id stored in the wl_sid cookie.
func NewSessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

var codeSource = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// NewResetCode returns the six digit code e-mailed for password resets.
func NewResetCode() string {
	return fmt.Sprintf("%06d", codeSource.Intn(1000000)) // VULN random
}
