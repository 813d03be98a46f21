package api

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

const sessionCookie = "vw_session"

type ctxKey int

const (
	operatorIDKey ctxKey = iota
	chargePointKey
)

// apiError carries an HTTP status and a message that is safe to show clients.
type apiError struct {
	status int
	msg    string
}

func (e apiError) Error() string { return e.msg }

func fail(status int, msg string) error { return apiError{status, msg} }

// wrap adapts an error-returning handler to net/http.
func wrap(fn func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			var ae apiError
			if !errors.As(err, &ae) {
				slog.Error("request failed", "path", r.URL.Path, "err", err)
				ae = apiError{http.StatusInternalServerError, "internal error"}
			}
			writeJSON(w, ae.status, map[string]string{"error": ae.msg})
		}
	}
}

// reply writes v as JSON unless err is set.
func reply(w http.ResponseWriter, status int, v any, err error) error {
	if err != nil {
		return err
	}
	writeJSON(w, status, v)
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// gatewayAuth reads the charge-point identity from the bearer token minted by
// the OCPP edge proxy.
func gatewayAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "malformed token"})
			return
		}
		cp, _ := claims.GetSubject()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), chargePointKey, cp)))
	})
}

func (s *Server) requireOperator(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		if err != nil {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "not signed in"})
			return
		}
		claims, err := s.Operators.VerifyToken(c.Value)
		if err != nil {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "session expired"})
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), operatorIDKey, claims.Subject)))
	})
}

func operatorID(ctx context.Context) string {
	id, _ := ctx.Value(operatorIDKey).(string)
	return id
}
