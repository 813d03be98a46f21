// Package admin is the Echo-based operations console used by Skyvane staff.
package admin

import (
	"html/template"
	"io"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/templates"
)

type renderer struct {
	t *template.Template
}

func (r *renderer) Render(w io.Writer, name string, data interface{}, c echo.Context) error {
	return r.t.ExecuteTemplate(w, name, data)
}

type Handlers struct {
	auth      *service.AdminAuthService
	stations  *service.StationService
	forecasts *service.ForecastService
	ops       *service.OpsService
	bundles   *service.BundleService
	readings  *service.ReadingService
	log       *slog.Logger
	secure    bool
}

func NewHandlers(auth *service.AdminAuthService, stations *service.StationService, forecasts *service.ForecastService,
	ops *service.OpsService, bundles *service.BundleService, readings *service.ReadingService, log *slog.Logger, secure bool) *Handlers {
	return &Handlers{auth: auth, stations: stations, forecasts: forecasts, ops: ops, bundles: bundles, readings: readings, log: log, secure: secure}
}

func NewRouter(h *Handlers, adminOrigin string) (*echo.Echo, error) {
	t, err := template.ParseFS(templates.FS, "admin_layout.html", "login.html")
	if err != nil {
		return nil, err
	}
	e := echo.New()
	e.HideBanner = true
	e.Renderer = &renderer{t: t}

	e.Use(middleware.Recover())
	e.Use(middleware.RequestID())
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{ // SAFE cors
		AllowOrigins:     []string{adminOrigin},
		AllowMethods:     []string{http.MethodGet, http.MethodPost},
		AllowCredentials: true,
	}))
	e.Use(middleware.SecureWithConfig(middleware.SecureConfig{
		XFrameOptions:         "DENY",
		ContentTypeNosniff:    "nosniff",
		ContentSecurityPolicy: "default-src 'self'",
	}))
	e.Use(middleware.BodyLimit("80M"))

	e.GET("/admin/login", h.loginPage)
	e.POST("/admin/login", h.login)
	e.POST("/admin/logout", h.logout)

	g := e.Group("/admin", h.requireSession)
	g.GET("/", h.dashboard)
	g.GET("/stations", h.listStations)
	g.POST("/stations/:id", h.updateStation)
	g.POST("/stations/:id/ping", h.pingGateway, h.requireGroup("skyvane-ops"))
	g.POST("/stations/:id/traceroute", h.tracerouteGateway, h.requireGroup("skyvane-ops"))
	g.POST("/stations/:id/calibration-bundle", h.uploadCalibrationBundle, h.requireGroup("skyvane-ops"))
	g.POST("/stations/:id/purge", h.purgeStation, h.requireGroup("skyvane-admins"))
	g.GET("/forecasts", h.forecastsPage)
	g.POST("/forecasts/publish", h.publishForecast, h.requireGroup("forecasters"))
	g.POST("/firmware", h.uploadFirmware, h.requireGroup("skyvane-ops"))

	return e, nil
}
