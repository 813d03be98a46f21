package api

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/roadbook/roadbook/internal/service"
)

func (h *handler) findDriver(c echo.Context) error {
	entries, err := h.d.Directory.FindByLogin(c.QueryParam("login"))
	return respond(c, http.StatusOK, entries, err)
}

func (h *handler) findDriverByEmail(c echo.Context) error {
	entries, err := h.d.Directory.FindByEmail(c.QueryParam("email"))
	return respond(c, http.StatusOK, entries, err)
}

// testWebhook lets a fleet admin check that their TMS endpoint is reachable.
func (h *handler) testWebhook(c echo.Context) error {
	var req struct {
		URL string `json:"url"`
	}
	if err := requireRole(c, "admin"); err != nil {
		return err
	}
	if err := c.Bind(&req); err != nil || req.URL == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "url is required")
	}
	status, err := h.d.Webhooks.Test(req.URL)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]int{"status": status})
}

func (h *handler) vendorPosition(c echo.Context) error {
	pos, err := h.d.Vendor.LatestPosition(c.Request().Context(), c.QueryParam("unit"))
	return respond(c, http.StatusOK, pos, err)
}

// mapTile proxies basemap tiles so the console works behind a strict CSP.
func (h *handler) mapTile(c echo.Context) error {
	data, contentType, err := h.d.Tiles.Fetch(c.Request().Context(), c.QueryParam("src"))
	if errors.Is(err, service.ErrTileHost) {
		return echo.NewHTTPError(http.StatusBadRequest, "tile host not allowed")
	} else if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "tile fetch failed")
	}
	return c.Blob(http.StatusOK, contentType, data)
}
