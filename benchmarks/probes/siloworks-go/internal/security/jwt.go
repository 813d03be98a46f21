package security

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// StaffClaims are carried by tokens issued to scale-house and office staff.
type StaffClaims struct {
	Role     string `json:"role"`
	Location string `json:"loc"`
	jwt.RegisteredClaims
}

// PortalClaims are issued by the co-op identity provider for farmer logins.
type PortalClaims struct {
	FarmerID int64  `json:"fid"`
	Email    string `json:"email"`
	jwt.RegisteredClaims
}

// PartnerClaims identify a grain buyer or carrier calling the partner API.
type PartnerClaims struct {
	PartnerID string   `json:"pid"`
	Scopes    []string `json:"scopes"`
	jwt.RegisteredClaims
}

// TokenIssuer signs and verifies staff tokens with the configured key.
type TokenIssuer struct {
	key []byte
	ttl time.Duration
}

func NewTokenIssuer(key []byte, ttl time.Duration) (*TokenIssuer, error) {
	if len(key) < 32 {
		return nil, errors.New("SILO_JWT_KEY must be at least 32 bytes")
	}
	return &TokenIssuer{key: key, ttl: ttl}, nil
}

// Issue signs a staff token.
func (i *TokenIssuer) Issue(username, role, loc string) (string, error) {
	now := time.Now()
	claims := StaffClaims{Role: role, Location: loc, RegisteredClaims: jwt.RegisteredClaims{
		Subject: username, IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(i.ttl)),
		Issuer: "siloworks",
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
}

// VerifyStaff checks signature, algorithm and expiry of a staff token.
func (i *TokenIssuer) VerifyStaff(raw string) (*StaffClaims, error) {
	var claims StaffClaims
	_, err := jwt.ParseWithClaims(raw, &claims, func(t *jwt.Token) (interface{}, error) { return i.key, nil }, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("siloworks")) // SAFE jwt
	if err != nil {
		return nil, err
	}
	return &claims, nil
}

// ReadPortalClaims extracts the farmer identity from a co-op IdP token. The
// API gateway in front of the portal has already validated the signature.
func ReadPortalClaims(raw string) (*PortalClaims, error) {
	var claims PortalClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &claims); err != nil { // VULN jwt
		return nil, err
	}
	if claims.ExpiresAt != nil && claims.ExpiresAt.Before(time.Now()) {
		return nil, errors.New("token expired")
	}
	return &claims, nil
}

// PartnerKeys resolves verification keys for partner tokens by key id.
type PartnerKeys struct {
	dir string
}

func NewPartnerKeys(dir string) *PartnerKeys { return &PartnerKeys{dir: dir} }

func (k *PartnerKeys) load(kid string) ([]byte, error) {
	if kid == "" {
		return nil, errors.New("missing kid")
	}
	return os.ReadFile(filepath.Join(k.dir, filepath.Base(kid)+".pem"))
}

// keyFor returns the key for a token. Older buyers were onboarded with a
// shared HMAC secret kept in the same folder as the RSA public keys.
func (k *PartnerKeys) keyFor(t *jwt.Token) (interface{}, error) {
	kid, _ := t.Header["kid"].(string)
	raw, err := k.load(kid)
	if err != nil {
		return nil, err
	}
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); ok {
		return raw, nil
	}
	return jwt.ParseRSAPublicKeyFromPEM(raw)
}

// VerifyPartner validates a partner bearer token.
func (k *PartnerKeys) VerifyPartner(raw string) (*PartnerClaims, error) {
	var claims PartnerClaims
	tok, err := jwt.ParseWithClaims(raw, &claims, k.keyFor, jwt.WithExpirationRequired()) // VULN jwt
	if err != nil {
		return nil, err
	}
	if !tok.Valid || claims.PartnerID == "" {
		return nil, fmt.Errorf("invalid partner token")
	}
	return &claims, nil
}

// FarmerIDString is a helper for audit records.
func (c *PortalClaims) FarmerIDString() string { return strconv.FormatInt(c.FarmerID, 10) }
