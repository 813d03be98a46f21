// Package fleetsvc is the HTTP gateway used by in-cab tablets and yard terminals.
package fleetsvc

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/roadbook/roadbook/internal/auth"
	"github.com/roadbook/roadbook/internal/service"
	"github.com/roadbook/roadbook/internal/store"
	"github.com/roadbook/roadbook/internal/worker"
)

type Server struct {
	Logs        *store.DriverLogStore
	Maintenance *store.MaintenanceStore
	Telemetry   *store.TelemetryStore
	Manuals     *service.ManualLibrary
	Manifests   *service.ManifestService
	Queue       *worker.Queue
	ExportDir   string
	origins     map[string]bool
}

func New(allowedOrigins []string) *Server {
	s := &Server{origins: map[string]bool{}}
	for _, o := range allowedOrigins {
		s.origins[strings.TrimSpace(o)] = true
	}
	return s
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/drivers/{driverID}/logs", s.driverLogs)
	mux.HandleFunc("PUT /v1/logs/{id}/status", s.updateLogStatus)
	mux.HandleFunc("GET /v1/vehicles/{vehicleID}/work-orders", s.workOrders)
	mux.HandleFunc("POST /v1/vehicles/{vehicleID}/positions/search", s.searchPositions)
	mux.HandleFunc("GET /v1/vehicles/{vehicleID}/speeding", s.speeding)
	mux.HandleFunc("GET /v1/places", s.places)
	mux.HandleFunc("GET /v1/manuals", s.manual)
	mux.HandleFunc("GET /v1/exports/{exportID}", s.downloadExport)
	mux.HandleFunc("POST /v1/maintenance/manifests", s.importManifest)
	mux.HandleFunc("POST /v1/maintenance/bulletins", s.importBulletin)
	mux.HandleFunc("GET /v1/parts", s.lookupPart)
	mux.HandleFunc("GET /v1/parts/{number}/supersessions", s.supersessions)
	mux.HandleFunc("POST /v1/route-plans", s.importRoutePlan)
	mux.HandleFunc("POST /v1/jobs", s.enqueueJob)
	mux.HandleFunc("POST /v1/jobs/batch", s.enqueueBatch)
	mux.HandleFunc("GET /v1/go", s.deepLink)
	return s.withCORS(s.withIdentity(mux))
}

type identityKey struct{}

// withIdentity attaches the caller's device token claims to the request.
func (s *Server) withIdentity(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if ck, err := r.Cookie("rb_device"); raw == "" && err == nil {
			raw = ck.Value
		}
		claims, err := auth.PeekClaims(raw)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), identityKey{}, claims)))
	})
}

func identity(r *http.Request) *auth.Claims {
	if c, ok := r.Context().Value(identityKey{}).(*auth.Claims); ok {
		return c
	}
	return &auth.Claims{}
}

func (s *Server) withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); s.origins[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v interface{}, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func pathInt(r *http.Request, name string) (int64, error) {
	return strconv.ParseInt(r.PathValue(name), 10, 64)
}
