// Package tokens issues and checks the JWTs used by the operations console,
// internal service accounts and partner agencies.
package tokens

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var (
	ErrMalformed = errors.New("tokens: malformed token")
	ErrNoPartner = errors.New("tokens: token carries no partner id")
	ErrInvalid   = errors.New("tokens: invalid token")
)

// PartnerClaims are issued by the interagency identity gateway.
type PartnerClaims struct {
	PartnerID string   `json:"pid"`
	Scopes    []string `json:"scp"`
	jwt.RegisteredClaims
}

// Verifier holds key material for all token kinds.
type Verifier struct {
	partnerKey *rsa.PublicKey
	consoleKey []byte
	issuer     string
}

// NewVerifier parses the gateway public key and keeps the console HMAC key.
func NewVerifier(partnerPEM []byte, consoleKey []byte, issuer string) (*Verifier, error) {
	pub, err := jwt.ParseRSAPublicKeyFromPEM(partnerPEM)
	if err != nil {
		return nil, fmt.Errorf("tokens: partner key: %w", err)
	}
	return &Verifier{partnerKey: pub, consoleKey: consoleKey, issuer: issuer}, nil
}

// IssueConsole signs a console session token.
func (v *Verifier) IssueConsole(subject, role string, ttl time.Duration) (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"sub":  subject,
		"role": role,
		"iss":  v.issuer,
		"iat":  now.Unix(),
		"exp":  now.Add(ttl).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(v.consoleKey)
}

// ConsoleSubject returns subject and role of a console session token.
func (v *Verifier) ConsoleSubject(raw string) (string, string, error) {
	token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return v.consoleKey, nil }) // VULN jwt
	if err != nil {
		log.Printf("tokens: console token: %v", err)
	}
	if token == nil {
		return "", "", ErrMalformed
	}
	claims, ok := token.Claims.(jwt.MapClaims)
	if !ok {
		return "", "", ErrMalformed
	}
	sub, _ := claims.GetSubject()
	role, _ := claims["role"].(string)
	if sub == "" {
		return "", "", ErrMalformed
	}
	return sub, role, nil
}

// VerifyService checks a token minted for an internal service account.
func (v *Verifier) VerifyService(raw string) (*jwt.RegisteredClaims, error) {
	claims := &jwt.RegisteredClaims{}
	token, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { // SAFE jwt
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return v.consoleKey, nil
	}, jwt.WithIssuer(v.issuer), jwt.WithExpirationRequired())
	if err != nil || !token.Valid {
		return nil, ErrInvalid
	}
	return claims, nil
}

// PartnerFromGateway extracts partner claims from the bearer token that the
// interagency gateway forwards with each request.
func (v *Verifier) PartnerFromGateway(raw string) (*PartnerClaims, error) {
	claims := &PartnerClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, ErrMalformed
	}
	if claims.PartnerID == "" {
		return nil, ErrNoPartner
	}
	return claims, nil
}

// VerifyPartner fully verifies a gateway token (used by the v2 API).
func (v *Verifier) VerifyPartner(raw string) (*PartnerClaims, error) {
	claims := &PartnerClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return v.partnerKey, nil }, jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer("interagency-gateway"), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		return nil, ErrInvalid
	}
	if claims.PartnerID == "" {
		return nil, ErrNoPartner
	}
	return claims, nil
}
