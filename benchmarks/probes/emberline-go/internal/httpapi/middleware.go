package httpapi

import (
	"context"
	"log"
	"net/http"
	"strings"
	"time"
)

type ctxKey int

const operatorKey ctxKey = iota

// Operator identifies the caller of a console or API request.
type Operator struct {
	Subject string
	Role    string
	Service bool
}

func operatorFrom(ctx context.Context) Operator {
	op, _ := ctx.Value(operatorKey).(Operator)
	return op
}

// CORS lets the map viewer and the mobile field app, served from their own
// origins, call the API with the operator's session cookie.
func CORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" {
			w.Header().Set("Access-Control-Allow-Origin", origin) // VULN cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Set("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Acting-Operator")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func requestLog(l *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		l.Printf("%s %s %d %s", r.Method, r.URL.Path, rec.status, time.Since(start).Round(time.Millisecond))
	})
}

// requireOperator authenticates console sessions (cookie) and service
// accounts (bearer token).
func (s *Server) requireOperator(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var op Operator
		if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
			claims, err := s.tokens.VerifyService(strings.TrimPrefix(h, "Bearer "))
			if err != nil {
				writeError(w, http.StatusUnauthorized, "invalid service token")
				return
			}
			op = Operator{Subject: claims.Subject, Role: "service", Service: true}
		} else {
			c, err := r.Cookie("ember_token")
			if err != nil {
				if strings.HasPrefix(r.URL.Path, "/console") {
					http.Redirect(w, r, "/login", http.StatusFound)
					return
				}
				writeError(w, http.StatusUnauthorized, "sign in required")
				return
			}
			sub, role, err := s.tokens.ConsoleSubject(c.Value)
			if err != nil {
				writeError(w, http.StatusUnauthorized, "session expired")
				return
			}
			op = Operator{Subject: sub, Role: role}
		}
		next(w, r.WithContext(context.WithValue(r.Context(), operatorKey, op)))
	}
}
