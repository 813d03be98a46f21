package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/rs/cors"

	"github.com/spokeshare/spokeshare/internal/config"
	"github.com/spokeshare/spokeshare/internal/service"
	"github.com/spokeshare/spokeshare/internal/store"
	"github.com/spokeshare/spokeshare/internal/worker"
)

// Deps are the collaborators of the rider API.
type Deps struct {
	Cfg       config.Config
	Auth      *service.AuthService
	Directory *service.StaffDirectory
	Fares     service.FareService
	Documents *service.DocumentStore
	Receipts  *service.ReceiptService
	Rides     *store.RideStore
	Docks     *store.DockStore
	Queue     *worker.Queue
	Log       *slog.Logger
}

type handler struct{ Deps }

func NewRouter(d Deps) http.Handler {
	h := &handler{Deps: d}
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer, middleware.Timeout(30*time.Second))
	r.Use(cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true }, // VULN cors
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodPut},
		AllowedHeaders:   []string{"Authorization", "Content-Type"},
		AllowCredentials: true,
	}).Handler)

	r.Post("/auth/login", h.login)
	r.Get("/auth/logout", h.logout)
	r.Post("/auth/reset", h.startReset)
	r.Post("/staff/login", h.staffLogin)
	r.Get("/docks", h.favouriteDocks)
	r.Get("/docks/search", h.searchDocks)
	r.Get("/docks/{dockID}/card", h.dockCard)
	r.Get("/receipts/{rideID}", h.sharedReceipt)
	r.Get("/planner", h.planner)
	r.Group(func(r chi.Router) {
		r.Use(h.requireRider)
		r.Get("/rides", h.listRides)
		r.Get("/rides/history", h.rideHistory)
		r.Put("/rides/history/sort", h.setHistorySort)
		r.Post("/rides/{rideID}/end", h.endRide)
		r.Get("/rides/{rideID}/receipt", h.receipt)
		r.Get("/statements", h.statement)
		r.Post("/riders/me/documents", h.uploadDocument)
		r.Get("/staff/{uid}", h.staffProfile)
		r.Post("/depot/docks/import", h.importDockManifest)
	})
	return r
}

type ctxKey struct{}

func (h *handler) requireRider(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if c, err := r.Cookie("spk_session"); raw == "" && err == nil {
			raw = c.Value
		}
		claims, err := h.Auth.Verify(raw)
		if err != nil {
			writeError(w, http.StatusUnauthorized, "authentication required")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, claims)))
	})
}

func riderFrom(r *http.Request) *service.RiderClaims {
	claims, _ := r.Context().Value(ctxKey{}).(*service.RiderClaims)
	return claims
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
