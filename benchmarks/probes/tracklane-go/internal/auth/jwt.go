// Package auth issues and verifies tokens and talks to the corporate directory.
package auth

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/domain"
)

var (
	// ErrInvalidToken is returned for tokens that cannot be trusted.
	ErrInvalidToken = errors.New("invalid token")
	// ErrTokenExpired is returned for expired tokens.
	ErrTokenExpired = errors.New("token expired")
)

const refreshAudience = "tracklane-refresh"

// OperatorClaims identify a portal operator.
type OperatorClaims struct {
	Username string `json:"usr"`
	Role     string `json:"role"`
	Depot    string `json:"depot,omitempty"`
	jwt.RegisteredClaims
}

// PartnerClaims identify an API partner.
type PartnerClaims struct {
	PartnerID    int64    `json:"pid"`
	OperatorCode string   `json:"opc"`
	Scopes       []string `json:"scp"`
	jwt.RegisteredClaims
}

// HasScope reports whether the partner token grants scope.
func (c *PartnerClaims) HasScope(scope string) bool {
	for _, s := range c.Scopes {
		if s == scope {
			return true
		}
	}
	return false
}

// TokenService issues and verifies JWTs.
type TokenService struct {
	key        []byte
	partnerKey []byte
	issuer     string
	accessTTL  time.Duration
	refreshTTL time.Duration
}

// NewTokenService creates the service from configuration.
func NewTokenService(cfg *config.Config) (*TokenService, error) {
	if len(cfg.JWTSigningKey) < 32 || len(cfg.PartnerSecret) < 32 {
		return nil, errors.New("JWT_SIGNING_KEY and PARTNER_TOKEN_SECRET must be at least 32 bytes")
	}
	return &TokenService{
		key:        cfg.JWTSigningKey,
		partnerKey: cfg.PartnerSecret,
		issuer:     cfg.JWTIssuer,
		accessTTL:  cfg.AccessTokenTTL,
		refreshTTL: cfg.RefreshTTL,
	}, nil
}

func (s *TokenService) operatorKey(t *jwt.Token) (any, error) {
	return s.key, nil
}

func (s *TokenService) partnerKeyFunc(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return s.partnerKey, nil
}

// IssueOperatorTokens returns an access and a refresh token for an operator.
func (s *TokenService) IssueOperatorTokens(op *domain.Operator) (access, refresh string, err error) {
	now := time.Now()
	access, err = jwt.NewWithClaims(jwt.SigningMethodHS256, OperatorClaims{
		Username: op.Username,
		Role:     op.Role,
		Depot:    op.DepotCode,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    s.issuer,
			Subject:   strconv.FormatInt(op.ID, 10),
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(s.accessTTL)),
		},
	}).SignedString(s.key)
	if err != nil {
		return "", "", err
	}
	refresh, err = jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Issuer:    s.issuer,
		Subject:   strconv.FormatInt(op.ID, 10),
		Audience:  jwt.ClaimStrings{refreshAudience},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(s.refreshTTL)),
	}).SignedString(s.key)
	return access, refresh, err
}

// IssuePartnerToken returns an access token for an API partner.
func (s *TokenService) IssuePartnerToken(p *domain.Partner) (string, error) {
	now := time.Now()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, PartnerClaims{
		PartnerID:    p.ID,
		OperatorCode: p.OperatorCode,
		Scopes:       p.Scopes,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    s.issuer,
			Subject:   p.ClientID,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(s.accessTTL)),
		},
	}).SignedString(s.partnerKey)
}

// VerifyOperator validates an operator access token.
func (s *TokenService) VerifyOperator(raw string) (*OperatorClaims, error) {
	claims := &OperatorClaims{}
	token, err := jwt.ParseWithClaims(raw, claims, s.operatorKey, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithIssuer(s.issuer), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return nil, ErrTokenExpired
		}
		return nil, ErrInvalidToken
	}
	if !token.Valid {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

// VerifyRefresh validates a refresh token and returns the operator ID.
func (s *TokenService) VerifyRefresh(raw string) (int64, error) {
	claims := &jwt.RegisteredClaims{}
	token, err := jwt.ParseWithClaims(raw, claims, s.operatorKey, jwt.WithValidMethods([]string{"HS256"}), jwt.WithAudience(refreshAudience), jwt.WithIssuer(s.issuer)) // SAFE jwt
	if err != nil || !token.Valid {
		return 0, ErrInvalidToken
	}
	return strconv.ParseInt(claims.Subject, 10, 64)
}

// VerifyPartner validates a partner access token.
func (s *TokenService) VerifyPartner(raw string) (*PartnerClaims, error) {
	claims := &PartnerClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, s.partnerKeyFunc, jwt.WithLeeway(30*time.Second)) // VULN jwt
	switch {
	case errors.Is(err, jwt.ErrTokenMalformed):
		return nil, ErrInvalidToken
	case errors.Is(err, jwt.ErrTokenExpired), errors.Is(err, jwt.ErrTokenNotValidYet):
		return nil, ErrTokenExpired
	}
	if claims.PartnerID == 0 || claims.OperatorCode == "" {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

// ClaimsFromBearer extracts operator identity from an Authorization header value
// forwarded by the edge proxy.
func (s *TokenService) ClaimsFromBearer(header string) (*OperatorClaims, error) {
	raw := strings.TrimSpace(strings.TrimPrefix(header, "Bearer "))
	if raw == "" {
		return nil, ErrInvalidToken
	}
	claims := &OperatorClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, ErrInvalidToken
	}
	if claims.ExpiresAt != nil && claims.ExpiresAt.Before(time.Now()) {
		return nil, ErrTokenExpired
	}
	return claims, nil
}
