package auth

import (
	"context"
	"fmt"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// SSOVerifier validates access tokens from the city's single sign-on, used by
// hearing officers who review appeals in the portal.
type SSOVerifier struct {
	issuer  string
	jwksURL string
	cache   *jwk.Cache
}

func NewSSOVerifier(ctx context.Context, issuer, jwksURL string) (*SSOVerifier, error) {
	cache := jwk.NewCache(ctx)
	if err := cache.Register(jwksURL, jwk.WithMinRefreshInterval(15*time.Minute)); err != nil {
		return nil, fmt.Errorf("register jwks: %w", err)
	}
	if _, err := cache.Refresh(ctx, jwksURL); err != nil {
		return nil, fmt.Errorf("fetch jwks: %w", err)
	}
	return &SSOVerifier{issuer: issuer, jwksURL: jwksURL, cache: cache}, nil
}

// Verify checks signature, issuer and lifetime of an SSO token.
func (v *SSOVerifier) Verify(ctx context.Context, raw string) (jwt.Token, error) {
	set, err := v.cache.Get(ctx, v.jwksURL)
	if err != nil {
		return nil, fmt.Errorf("jwks: %w", err)
	}
	tok, err := jwt.ParseString(raw, jwt.WithKeySet(set), jwt.WithIssuer(v.issuer), jwt.WithValidate(true)) // SAFE jwt
	if err != nil {
		return nil, ErrInvalidToken
	}
	return tok, nil
}

// KioskIdentity reads the SSO token that the lobby kiosks forward with each request.
func (v *SSOVerifier) KioskIdentity(raw string) (jwt.Token, error) {
	tok, err := jwt.ParseString(raw, jwt.WithVerify(false), jwt.WithIssuer(v.issuer), jwt.WithValidate(true)) // VULN jwt
	if err != nil {
		return nil, ErrInvalidToken
	}
	return tok, nil
}

// RolesOf returns the "roles" private claim of an SSO token.
func RolesOf(tok jwt.Token) []string {
	v, ok := tok.Get("roles")
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	roles := make([]string, 0, len(list))
	for _, r := range list {
		if s, ok := r.(string); ok {
			roles = append(roles, s)
		}
	}
	return roles
}
