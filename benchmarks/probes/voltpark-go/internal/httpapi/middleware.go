package httpapi

import (
	"context"
	"net/http"
	"strings"

	"github.com/voltpark/platform/internal/auth"
)

type ctxKey int

const (
	userKey ctxKey = iota
	technicianKey
	kioskKey
)

const tokenCookie = "vp_token"

// CORS lets the fleet portal and partner dashboards (served from their own
// domains) call the API with the user's session cookie.
func CORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin) // VULN cors
			h.Set("Access-Control-Allow-Credentials", "true")
			h.Set("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-ID")
			h.Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func bearerToken(r *http.Request) string {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	if c, err := r.Cookie(tokenCookie); err == nil {
		return c.Value
	}
	return ""
}

// RequireUser authenticates fleet users and operations staff.
func RequireUser(issuer *auth.Issuer) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw := bearerToken(r)
			if raw == "" {
				writeJSON(w, http.StatusUnauthorized, errorBody{"authentication required"})
				return
			}
			claims, err := issuer.Verify(raw)
			if err != nil {
				writeJSON(w, http.StatusUnauthorized, errorBody{"invalid token"})
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, claims)))
		})
	}
}

// RequireTechnician authenticates the field-service app.
func RequireTechnician(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, err := auth.TechnicianFromToken(bearerToken(r))
		if err != nil {
			writeJSON(w, http.StatusUnauthorized, errorBody{"technician token required"})
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), technicianKey, claims)))
	})
}

// KioskSession restores the depot kiosk state from its cookie.
func KioskSession(codec *auth.KioskCodec) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			c, err := r.Cookie("vp_kiosk")
			if err != nil {
				writeJSON(w, http.StatusUnauthorized, errorBody{"kiosk not paired"})
				return
			}
			st, err := codec.Decode(c.Value)
			if err != nil {
				writeJSON(w, http.StatusUnauthorized, errorBody{"kiosk not paired"})
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), kioskKey, st)))
		})
	}
}

func userFrom(ctx context.Context) *auth.Claims {
	c, _ := ctx.Value(userKey).(*auth.Claims)
	return c
}

func technicianFrom(ctx context.Context) *auth.TechnicianClaims {
	c, _ := ctx.Value(technicianKey).(*auth.TechnicianClaims)
	return c
}

func kioskFrom(ctx context.Context) *auth.KioskState {
	st, _ := ctx.Value(kioskKey).(*auth.KioskState)
	return st
}
