package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/orchardgate/orchardgate/internal/auth"
	"github.com/orchardgate/orchardgate/internal/webutil"
)

type ctxKey int

const (
	claimsKey ctxKey = iota
	deviceKey
)

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	if c, err := r.Cookie("og_session"); err == nil {
		return c.Value
	}
	return ""
}

// requirePortal verifies the portal session token.
func requirePortal(tokens *auth.TokenIssuer) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims, err := tokens.VerifyPortal(bearer(r))
			if err != nil {
				webutil.Error(w, http.StatusUnauthorized, "login required")
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey, claims)))
		})
	}
}

// requireDevice identifies the weighbridge scale or tablet posting intakes.
func requireDevice(tokens *auth.TokenIssuer) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw := r.Header.Get("X-Device-Token")
			var (
				dev *auth.DeviceClaims
				err error
			)
			if r.Header.Get("X-Firmware") >= "3.2" {
				dev, err = tokens.VerifyDevice(raw)
			} else {
				dev, err = tokens.DeviceFromToken(raw)
			}
			if err != nil {
				webutil.Error(w, http.StatusUnauthorized, "unknown device")
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), deviceKey, dev)))
		})
	}
}

func portalClaims(r *http.Request) *auth.PortalClaims {
	c, _ := r.Context().Value(claimsKey).(*auth.PortalClaims)
	return c
}

// corsPortal allows the portal front-ends with credentials.
func corsPortal(allowed []string) func(http.Handler) http.Handler {
	set := make(map[string]bool, len(allowed))
	for _, o := range allowed {
		set[o] = true
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			origin := r.Header.Get("Origin")
			if origin != "" && set[origin] {
				w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
				w.Header().Set("Access-Control-Allow-Credentials", "true")
				w.Header().Add("Vary", "Origin")
			}
			if r.Method == http.MethodOptions {
				w.Header().Set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
				w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
				w.WriteHeader(http.StatusNoContent)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// corsWidget serves the price widget embedded on growers' farm-shop sites.
func corsWidget(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" {
			w.Header().Set("Access-Control-Allow-Origin", origin) // VULN cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		next.ServeHTTP(w, r)
	})
}
