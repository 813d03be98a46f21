// Package httpapi is the operations console and internal REST API, built on
// the Go 1.22 net/http ServeMux.
package httpapi

import (
	"fmt"
	"html/template"
	"log"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/emberline/dispatch/internal/config"
	"github.com/emberline/dispatch/internal/service"
	"github.com/emberline/dispatch/internal/tokens"
)

// Deps are the collaborators the HTTP server needs.
type Deps struct {
	Config    *config.Config
	Incidents *service.IncidentService
	Crews     *service.CrewService
	Tiles     *service.TileService
	Weather   *service.WeatherService
	Alerts    *service.AlertService
	Auth      *service.AuthService
	Reports   *service.ReportService
	Tokens    *tokens.Verifier
	Logger    *log.Logger
}

// Server holds the handlers of the console and internal API.
type Server struct {
	cfg       *config.Config
	incidents *service.IncidentService
	crews     *service.CrewService
	tiles     *service.TileService
	weather   *service.WeatherService
	alerts    *service.AlertService
	auth      *service.AuthService
	reports   *service.ReportService
	tokens    *tokens.Verifier
	views     *template.Template
	log       *log.Logger
}

var viewFuncs = template.FuncMap{
	"since": func(t time.Time) string { return time.Since(t).Round(time.Minute).String() },
	"lower": strings.ToLower,
	"acres": func(a float64) string { return fmt.Sprintf("%.0f", a) },
}

// NewServer parses the console templates and builds the server.
func NewServer(d Deps) (*Server, error) {
	views, err := template.New("emberline").Funcs(viewFuncs).ParseGlob(filepath.Join(d.Config.TemplateDir, "*.html"))
	if err != nil {
		return nil, fmt.Errorf("parse templates: %w", err)
	}
	return &Server{
		cfg:       d.Config,
		incidents: d.Incidents,
		crews:     d.Crews,
		tiles:     d.Tiles,
		weather:   d.Weather,
		alerts:    d.Alerts,
		auth:      d.Auth,
		reports:   d.Reports,
		tokens:    d.Tokens,
		views:     views,
		log:       d.Logger,
	}, nil
}

// Handler returns the fully wired HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	op := s.requireOperator

	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })

	// Console pages.
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("GET /logout", s.logout)
	mux.HandleFunc("GET /console", op(s.console))
	mux.HandleFunc("GET /console/incidents/{code}", op(s.consoleIncident))
	mux.HandleFunc("GET /console/incidents/{code}/map-link", op(s.incidentMapLink))
	mux.HandleFunc("POST /console/prefs", op(s.savePrefs))

	// Incidents, zones and reports.
	mux.HandleFunc("GET /api/incidents", op(s.listIncidents))
	mux.HandleFunc("POST /api/incidents", op(s.createIncident))
	mux.HandleFunc("GET /api/incidents/{code}", op(s.getIncident))
	mux.HandleFunc("PATCH /api/incidents/{id}/status", op(s.updateIncidentStatus))
	mux.HandleFunc("POST /api/incidents/{id}/report", op(s.buildReport))
	mux.HandleFunc("GET /api/zones/{code}", op(s.getZone))
	mux.HandleFunc("GET /reports/{name}", op(s.downloadReport))
	mux.HandleFunc("GET /attachments/{name}", op(s.downloadAttachment))
	mux.HandleFunc("GET /exports", op(s.serveExport))

	// Crews and telemetry.
	mux.HandleFunc("GET /api/crews", op(s.listCrews))
	mux.HandleFunc("POST /api/crews/{id}/checkin-code", op(s.issueCheckinCode))
	mux.HandleFunc("GET /api/crews/{callsign}/roster", op(s.crewRoster))
	mux.HandleFunc("GET /api/telemetry/units/{unit}", op(s.unitTrack))
	mux.HandleFunc("GET /api/telemetry/agencies/{prefix}", op(s.agencyUnits))
	mux.HandleFunc("POST /api/telemetry/query", op(s.queryTelemetry))

	// Map tiles.
	mux.HandleFunc("GET /tiles/{layer}/{path...}", s.serveTile)
	mux.HandleFunc("GET /api/tiles/{layer}/info", op(s.describeLayer))
	mux.HandleFunc("POST /api/tiles/{layer}/bundle", op(s.uploadBundle))
	mux.HandleFunc("POST /api/tiles/{layer}/styles", op(s.uploadStyles))
	mux.HandleFunc("POST /api/tiles/render", op(s.renderTile))

	// Weather and alerts.
	mux.HandleFunc("GET /api/weather/stations/{provider}/{station}", op(s.stationWeather))
	mux.HandleFunc("GET /api/weather/feed", op(s.weatherFeed))
	mux.HandleFunc("GET /api/weather/radar/{product}", op(s.radar))
	mux.HandleFunc("POST /api/alerts/cap", op(s.ingestCAP))
	mux.HandleFunc("GET /api/alerts", op(s.searchAlerts))
	mux.HandleFunc("GET /api/alerts/area", op(s.alertsByArea))

	return CORS(requestLog(s.log, mux))
}
