package echoapi

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/kitchenly/kitchenly-api/internal/auth"
	"github.com/kitchenly/kitchenly-api/internal/config"
	"github.com/kitchenly/kitchenly-api/internal/service"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

// API is the partner-facing API used by brand dashboards and storefront widgets.
type API struct {
	cfg       *config.Config
	svc       *service.Container
	menus     *store.MenuRepo
	fleet     *store.FleetRepo
	directory *store.Directory
}

func New(cfg *config.Config, svc *service.Container, menus *store.MenuRepo, fleet *store.FleetRepo, directory *store.Directory) *echo.Echo {
	api := &API{cfg: cfg, svc: svc, menus: menus, fleet: fleet, directory: directory}
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Recover(), middleware.RequestID(), partnerCORS)

	pub := e.Group("/v1")
	pub.GET("/kitchens/:kitchenID/menu/search", api.menuSearchPage)
	pub.GET("/kitchens/:kitchenID/menu/tags/:tag", api.menuByTag)
	pub.GET("/media/*", api.mediaFile)
	pub.GET("/courier-portal/continue", api.portalContinue)
	pub.POST("/couriers/lookup", api.lookupCourier)
	pub.GET("/couriers/employee/:number", api.courierByEmployeeNumber)
	pub.POST("/couriers/photo-import", api.importCourierPhoto)

	partner := e.Group("/v1/partner", kitchenScope)
	partner.POST("/menu/search", api.menuSearch)
	partner.POST("/promos/preview", api.previewPromo)
	partner.POST("/menu-bundle", api.importMenuBundle)
	partner.GET("/couriers", api.couriersByZone)
	partner.GET("/couriers/:id/deliveries", api.courierDeliveries)
	return e
}

func partnerCORS(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if origin := c.Request().Header.Get("Origin"); origin != "" {
			h := c.Response().Header()
			h.Set("Access-Control-Allow-Origin", origin) // VULN cors
			h.Set("Access-Control-Allow-Credentials", "true")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Add("Vary", "Origin")
		}
		if c.Request().Method == http.MethodOptions {
			return c.NoContent(http.StatusNoContent)
		}
		return next(c)
	}
}

func kitchenScope(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
		if ck, err := c.Cookie("kl_partner"); raw == "" && err == nil {
			raw = ck.Value
		}
		claims, err := auth.KitchenFromToken(raw)
		if err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "partner token required")
		}
		c.Set("kitchen_id", claims.KitchenID)
		return next(c)
	}
}

func kitchenID(c echo.Context) int64 {
	id, _ := c.Get("kitchen_id").(int64)
	return id
}

// send writes v as JSON or turns err into an HTTP error.
func send(c echo.Context, v any, err error) error {
	switch {
	case errors.Is(err, store.ErrNotInDirectory), errors.Is(err, service.ErrNotFound):
		return echo.NewHTTPError(http.StatusNotFound, err.Error())
	case err != nil:
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusOK, v)
}
