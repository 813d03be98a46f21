// Package api is the public Skyvane HTTP API, built on net/http's ServeMux.
package api

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
)

type Services struct {
	Auth      *service.AuthService
	Stations  *service.StationService
	Readings  *service.ReadingService
	Alerts    *service.AlertService
	Exports   *service.ExportService
	Radar     *service.RadarService
	Feeds     *service.FeedService
	Pages     *service.PageService
	Forecasts *service.ForecastService
}

// Mailer sends a plain-text e-mail.
type Mailer func(to, subject, body string) error

type Server struct {
	svc    Services
	log    *slog.Logger
	public string
	mailer Mailer
}

func NewServer(svc Services, log *slog.Logger, publicURL string, mailer Mailer) *Server {
	return &Server{svc: svc, log: log, public: publicURL, mailer: mailer}
}

func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()

	mux.HandleFunc("POST /v1/auth/login", s.handleLogin)
	mux.HandleFunc("POST /v1/auth/register", s.handleRegister)
	mux.HandleFunc("POST /v1/auth/password-reset", s.handlePasswordReset)
	mux.HandleFunc("POST /v1/gateways/pair", s.handlePairGateway)

	mux.Handle("GET /v1/stations", s.requireAuth(http.HandlerFunc(s.handleSearchStations)))
	mux.Handle("POST /v1/stations", s.requireRole("operator", http.HandlerFunc(s.handleCreateStation)))
	mux.Handle("POST /v1/stations/import", s.requireRole("operator", http.HandlerFunc(s.handleImportMetadata)))
	mux.Handle("GET /v1/stations/{code}", s.requireAuth(http.HandlerFunc(s.handleGetStation)))
	mux.Handle("GET /v1/stations/{code}/latest", s.requireAuth(http.HandlerFunc(s.handleLatestObservation)))
	mux.Handle("GET /v1/stations/{code}/crosscheck", s.requireRole("operator", http.HandlerFunc(s.handleCrossCheck)))
	mux.Handle("POST /v1/stations/{code}/readings", s.requireRole("ingest", http.HandlerFunc(s.handleIngest)))
	mux.Handle("POST /v1/stations/{code}/batches", s.requireRole("ingest", http.HandlerFunc(s.handleFirmwareBatch)))
	mux.Handle("POST /v1/stations/{code}/radar", s.requireRole("ingest", http.HandlerFunc(s.handleRadarUpload)))

	mux.Handle("GET /v1/stations/{id}/readings", s.requireAuth(http.HandlerFunc(s.handleReadingRange)))
	mux.Handle("GET /v1/stations/{id}/aggregate", s.requireAuth(http.HandlerFunc(s.handleAggregate)))
	mux.Handle("GET /v1/rankings/{metric}", s.requireAuth(http.HandlerFunc(s.handleTopStations)))

	mux.Handle("GET /v1/alerts", s.requireAuth(http.HandlerFunc(s.handleListAlerts)))
	mux.HandleFunc("POST /v1/alerts/{id}/ack", s.handleAckAlert)

	mux.Handle("POST /v1/exports", s.requireAuth(http.HandlerFunc(s.handleCreateExport)))
	mux.Handle("GET /v1/exports/legacy", s.requireAuth(http.HandlerFunc(s.handleLegacyExport)))
	mux.Handle("GET /v1/exports/{name}", s.requireAuth(http.HandlerFunc(s.handleDownloadExport)))

	mux.HandleFunc("GET /v1/radar/tiles/{tile}", s.handleRadarTile)

	mux.HandleFunc("GET /stations/{code}", s.handleStationPage)
	mux.HandleFunc("GET /login", s.handleLoginPage)
	mux.HandleFunc("POST /login", s.handleLoginForm)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	return s.recoverer(s.cors(s.logRequests(mux)))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func readJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<20))
	return dec.Decode(v)
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var ve *service.ValidationError
	switch {
	case errors.As(err, &ve):
		writeJSON(w, http.StatusBadRequest, dto.ErrorResponse{Error: ve.Error()})
	case errors.Is(err, service.ErrInvalid):
		writeJSON(w, http.StatusBadRequest, dto.ErrorResponse{Error: err.Error()})
	case errors.Is(err, service.ErrNotFound):
		writeJSON(w, http.StatusNotFound, dto.ErrorResponse{Error: "not found"})
	case errors.Is(err, service.ErrUnauthorized):
		writeJSON(w, http.StatusUnauthorized, dto.ErrorResponse{Error: "unauthorized"})
	case errors.Is(err, service.ErrForbidden):
		writeJSON(w, http.StatusForbidden, dto.ErrorResponse{Error: "forbidden"})
	default:
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
		writeJSON(w, http.StatusInternalServerError, dto.ErrorResponse{Error: "internal error"})
	}
}
