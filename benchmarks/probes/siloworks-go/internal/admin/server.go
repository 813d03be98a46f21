// Package admin is the internal chi-based console used by the elevator
// office: directory look-ups, rail yard tools, exports and audit history.
package admin

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/rs/cors"

	"github.com/siloworks/elevator/internal/devices"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
)

// Server holds the admin console dependencies.
type Server struct {
	Directory   *security.Directory
	Issuer      *security.TokenIssuer
	Rail        *service.RailService
	Docs        *service.DocumentService
	Settlements *service.SettlementService
	Spooler     *devices.Spooler
	Events      *repository.EventsRepo
}

// Handler builds the chi router.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Logger, middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://office.siloworks.local", "https://admin.siloworks.local"}, // SAFE cors
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodDelete},
		AllowedHeaders:   []string{"Authorization", "Content-Type"},
		AllowCredentials: true,
	})
	r.Use(c.Handler)

	r.Post("/login", s.login)
	r.Get("/logout", s.logout)
	r.Group(func(r chi.Router) {
		r.Use(s.requireStaff)
		r.Get("/operators", s.searchOperators)
		r.Get("/rail/trains/{train}", s.train)
		r.Get("/rail/trains/{train}/cars", s.findCars)
		r.Post("/rail/cars/{id}/load", s.recordLoad)
		r.Delete("/exports/{id}", s.deleteExport)
		r.Post("/contracts/bundles/{batch}", s.importContracts)
		r.Post("/settlements/{id}/print", s.printSettlement)
		r.Get("/audit/{entity}/{id}", s.audit)
	})
	return r
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
