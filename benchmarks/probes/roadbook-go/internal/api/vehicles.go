package api

import (
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/roadbook/roadbook/internal/auth"
	"github.com/roadbook/roadbook/internal/service"
	"github.com/roadbook/roadbook/internal/store"
)

var sortDirections = map[string]bool{"asc": true, "desc": true}

func (h *handler) listVehicles(c echo.Context) error {
	f := store.VehicleFilter{
		FleetID: claimsFrom(c).FleetID,
		Status:  c.QueryParam("status"),
		SortBy:  c.QueryParam("sort"),
		SortDir: strings.ToLower(c.QueryParam("dir")),
	}
	if f.SortBy == "" {
		f.SortBy = "plate"
	}
	if !sortDirections[f.SortDir] {
		f.SortDir = "asc"
	}
	vehicles, err := h.d.Vehicles.List(c.Request().Context(), f)
	return respond(c, http.StatusOK, vehicles, err)
}

// pairVehicle issues the short code a driver types into the in-cab tablet.
func (h *handler) pairVehicle(c echo.Context, id int64) error {
	ctx := c.Request().Context()
	if _, err := h.d.Vehicles.Get(ctx, claimsFrom(c).FleetID, id); err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "vehicle not found")
	}
	code := auth.PairingCode()
	err := h.d.Cache.Set(ctx, "pair:"+code, id, 10*time.Minute).Err()
	return respond(c, http.StatusCreated, map[string]interface{}{"code": code, "expires_in": 600}, err)
}

func (h *handler) listTrips(c echo.Context, id int64) error {
	ctx := c.Request().Context()
	if _, err := h.d.Vehicles.Get(ctx, claimsFrom(c).FleetID, id); err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "vehicle not found")
	}
	trips, err := h.d.Trips.ForVehicle(ctx, id, store.TimeRange{From: c.QueryParam("from"), To: c.QueryParam("to")})
	return respond(c, http.StatusOK, trips, err)
}

func (h *handler) exportTrips(c echo.Context, id int64) error {
	req := struct {
		Format string `json:"format"`
		Layer  string `json:"layer"`
	}{Format: "GPX", Layer: "trips"}
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid export request")
	}
	out, err := h.d.Exporter.Export(c.Request().Context(), service.ExportRequest{VehicleID: id, Format: req.Format, Layer: req.Layer})
	return respond(c, http.StatusAccepted, map[string]string{"file": filepath.Base(out)}, err)
}
