package auth

import (
	"context"
	"net/http"
	"strings"
)

type ctxKey int

const claimsKey ctxKey = 1

// WithClaims stores verified claims in ctx.
func WithClaims(ctx context.Context, c *Claims) context.Context {
	return context.WithValue(ctx, claimsKey, c)
}

// ClaimsFrom returns the caller's claims, if any.
func ClaimsFrom(ctx context.Context) (*Claims, bool) {
	c, ok := ctx.Value(claimsKey).(*Claims)
	return c, ok && c != nil
}

// Middleware authenticates API requests.
type Middleware struct {
	tokens *TokenService
}

// NewMiddleware returns authentication middleware.
func NewMiddleware(tokens *TokenService) *Middleware {
	return &Middleware{tokens: tokens}
}

// Authenticate accepts either a staff bearer/cookie session or a cab-side
// kiosk token and rejects anonymous calls.
func (m *Middleware) Authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var (
			claims *Claims
			err    error
		)
		switch {
		case strings.HasPrefix(r.Header.Get("Authorization"), "Bearer "):
			claims, err = m.tokens.Verify(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
		case r.Header.Get("X-Kiosk-Token") != "":
			claims, err = m.tokens.KioskClaims(r.Header.Get("X-Kiosk-Token"))
		default:
			if c, cerr := r.Cookie(sessionCookie); cerr == nil {
				claims, err = m.tokens.Verify(c.Value)
			} else {
				err = cerr
			}
		}
		if err != nil || claims == nil {
			if strings.HasPrefix(r.URL.Path, "/app/") {
				http.Redirect(w, r, "/login?next="+r.URL.EscapedPath(), http.StatusFound)
				return
			}
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(WithClaims(r.Context(), claims)))
	})
}
