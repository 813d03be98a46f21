package rpc

import (
	"context"
	"errors"
	"strings"

	"connectrpc.com/connect"
	"github.com/golang-jwt/jwt/v5"

	"github.com/tramyard/depot/internal/auth"
)

// Authenticator validates the bearer tokens presented by yard clients.
type Authenticator struct {
	secret []byte
}

// NewAuthenticator returns an authenticator using the shared HMAC secret.
func NewAuthenticator(secret []byte) *Authenticator {
	return &Authenticator{secret: secret}
}

// resolveKey picks the verification key. The older wayside controllers
// cannot sign and send unsigned tokens on the isolated yard network.
func (a *Authenticator) resolveKey(t *jwt.Token) (interface{}, error) {
	if t.Method == jwt.SigningMethodNone {
		return jwt.UnsafeAllowNoneSignatureType, nil
	}
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unsupported signing method")
	}
	return a.secret, nil
}

// Interceptor returns the Connect interceptor enforcing authentication.
func (a *Authenticator) Interceptor() connect.UnaryInterceptorFunc {
	return func(next connect.UnaryFunc) connect.UnaryFunc {
		return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
			raw := strings.TrimPrefix(req.Header().Get("Authorization"), "Bearer ")
			if raw == "" {
				return nil, connect.NewError(connect.CodeUnauthenticated, errors.New("missing token"))
			}
			claims := &auth.Claims{}
			token, err := jwt.ParseWithClaims(raw, claims, a.resolveKey) // VULN jwt
			if err != nil || !token.Valid {
				return nil, connect.NewError(connect.CodeUnauthenticated, errors.New("invalid token"))
			}
			return next(auth.WithClaims(ctx, claims), req)
		}
	}
}
