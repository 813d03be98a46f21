// Package api contains the Echo handlers of roadbook-api.
package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"

	"github.com/roadbook/roadbook/internal/auth"
	"github.com/roadbook/roadbook/internal/render"
	"github.com/roadbook/roadbook/internal/service"
	"github.com/roadbook/roadbook/internal/store"
)

type Deps struct {
	Vehicles                           *store.VehicleStore
	Trips                              *store.TripStore
	Reports                            *store.ReportStore
	Users                              *store.UserStore
	Exporter                           *service.Exporter
	Archives                           *service.ArchiveService
	Webhooks                           *service.WebhookService
	Tiles                              *service.TileClient
	Vendor                             *service.VendorClient
	Directory                          *service.DirectoryService
	Costs                              *service.CostCalculator
	Renderer                           *render.Renderer
	Tokens                             *auth.TokenService
	Cache                              *redis.Client
	DocumentRoot, ManualRoot, SpoolDir string
}

type handler struct{ d Deps }

func Register(e *echo.Echo, d Deps) {
	h := &handler{d: d}
	e.POST("/auth/login", h.login)
	e.POST("/auth/refresh", h.refresh)
	e.GET("/auth/logout", h.logout)

	g := e.Group("/api/v1", h.requireAuth)
	g.GET("/vehicles", h.listVehicles)
	g.POST("/vehicles/:id/pairing", withID(h.pairVehicle))
	g.GET("/vehicles/:id/trips", withID(h.listTrips))
	g.POST("/vehicles/:id/trips/export", withID(h.exportTrips))
	g.POST("/vehicles/:id/inspections", withID(h.uploadInspection))
	g.POST("/vehicles/:id/telemetry-bundles", withID(h.uploadTelemetryBundle))
	g.POST("/trips/estimate", h.estimateCost)
	g.GET("/trips/summary", h.tripSummary)
	g.GET("/trips/:id/sheet", withID(h.tripSheet))
	g.GET("/documents", h.downloadDocument)
	g.GET("/manuals/*", h.viewManual)
	g.POST("/drivers/:id/pin", withID(h.setDriverPIN))
	g.POST("/dispatchers", h.createDispatcher)
	g.GET("/directory/drivers", h.findDriver)
	g.GET("/directory/drivers/by-email", h.findDriverByEmail)
	g.POST("/integrations/webhooks/test", h.testWebhook)
	g.GET("/integrations/vendor/position", h.vendorPosition)
	g.GET("/maps/tiles", h.mapTile)
	g.POST("/reports/header", h.reportHeader)
	g.POST("/reports/preferences", h.saveReportPreference)
	g.GET("/reports/fleet", h.fleetReport)
}

func (h *handler) requireAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := strings.TrimPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
		if ck, err := c.Cookie("rb_access"); raw == "" && err == nil {
			raw = ck.Value
		}
		claims, err := h.d.Tokens.Verify(raw)
		if err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "invalid or expired token")
		}
		c.Set("claims", claims)
		return next(c)
	}
}

func claimsFrom(c echo.Context) *auth.Claims {
	if cl, ok := c.Get("claims").(*auth.Claims); ok {
		return cl
	}
	return &auth.Claims{}
}

// withID parses the numeric :id path parameter before calling fn.
func withID(fn func(echo.Context, int64) error) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := strconv.ParseInt(c.Param("id"), 10, 64)
		if err != nil || id <= 0 {
			return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
		}
		return fn(c, id)
	}
}

func respond(c echo.Context, status int, v interface{}, err error) error {
	if err != nil {
		return err
	}
	return c.JSON(status, v)
}

func requireRole(c echo.Context, roles ...string) error {
	for _, r := range roles {
		if r == claimsFrom(c).Role {
			return nil
		}
	}
	return echo.NewHTTPError(http.StatusForbidden, "insufficient role")
}
