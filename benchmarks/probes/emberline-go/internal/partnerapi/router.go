// Package partnerapi exposes the interagency partner API (county OES, state
// forestry, federal dispatch centers) using gorilla/mux.
package partnerapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/gorilla/mux"

	"github.com/emberline/dispatch/internal/service"
	"github.com/emberline/dispatch/internal/tokens"
)

type ctxKey int

const partnerKey ctxKey = iota

// API is the partner-facing HTTP API.
type API struct {
	partners       *service.PartnerService
	incidents      *service.IncidentService
	crews          *service.CrewService
	alerts         *service.AlertService
	tiles          *service.TileService
	verifier       *tokens.Verifier
	allowedOrigins map[string]struct{}
}

// New wires the partner API.
func New(partners *service.PartnerService, incidents *service.IncidentService, crews *service.CrewService,
	alerts *service.AlertService, tiles *service.TileService, verifier *tokens.Verifier, origins []string) *API {
	allowed := make(map[string]struct{}, len(origins))
	for _, o := range origins {
		allowed[strings.TrimRight(o, "/")] = struct{}{}
	}
	return &API{
		partners:       partners,
		incidents:      incidents,
		crews:          crews,
		alerts:         alerts,
		tiles:          tiles,
		verifier:       verifier,
		allowedOrigins: allowed,
	}
}

// Router builds the gorilla/mux router.
func (a *API) Router() http.Handler {
	r := mux.NewRouter()
	r.Use(a.cors)

	v1 := r.PathPrefix("/v1").Subrouter()
	v1.HandleFunc("/partners", a.register).Methods(http.MethodPost)

	authed := v1.NewRoute().Subrouter()
	authed.Use(a.authenticate)
	authed.HandleFunc("/zones", a.zonesByCounty).Methods(http.MethodGet)
	authed.HandleFunc("/requests", a.submitRequest).Methods(http.MethodPost)
	authed.HandleFunc("/rules", a.addRule).Methods(http.MethodPost)
	authed.HandleFunc("/partners/{id}/template", a.setTemplate).Methods(http.MethodPut)
	authed.HandleFunc("/incidents/{id:[0-9]+}/exports", a.requestExport).Methods(http.MethodPost)
	authed.HandleFunc("/snapshots", a.importSnapshot).Methods(http.MethodPost)
	authed.HandleFunc("/sensors/{sensor}/readings", a.sensorReadings).Methods(http.MethodGet)
	authed.HandleFunc("/tiles/{layer}", a.uploadTiles).Methods(http.MethodPut)
	authed.HandleFunc("/alerts", a.submitAlert).Methods(http.MethodPost)

	v2 := r.PathPrefix("/v2").Subrouter()
	v2.Use(a.authenticateStrict)
	v2.HandleFunc("/requests", a.submitRequest).Methods(http.MethodPost)
	v2.HandleFunc("/zones", a.zonesByCounty).Methods(http.MethodGet)
	return r
}

func (a *API) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if _, ok := a.allowedOrigins[origin]; ok && origin != "" {
			w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Set("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// authenticate resolves the partner identity forwarded by the interagency
// gateway in front of /v1.
func (a *API) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, err := a.verifier.PartnerFromGateway(bearer(r))
		if err != nil {
			writeError(w, http.StatusUnauthorized, "partner token required")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), partnerKey, claims.PartnerID)))
	})
}

func (a *API) authenticateStrict(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, err := a.verifier.VerifyPartner(bearer(r))
		if err != nil {
			writeError(w, http.StatusUnauthorized, "invalid partner token")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), partnerKey, claims.PartnerID)))
	})
}

func partnerFrom(ctx context.Context) string {
	id, _ := ctx.Value(partnerKey).(string)
	return id
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
