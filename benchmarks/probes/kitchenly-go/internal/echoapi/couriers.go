package echoapi

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/kitchenly/kitchenly-api/internal/platform"
)

func (a *API) couriersByZone(c echo.Context) error {
	zone := c.QueryParam("zone")
	if zone == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "zone is required")
	}
	couriers, err := a.fleet.CouriersByZone(zone)
	return send(c, couriers, err)
}

func (a *API) courierDeliveries(c echo.Context) error {
	courierID, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid courier id")
	}
	deliveries, err := a.fleet.DeliveriesForKitchen(c.Request().Context(), kitchenID(c), courierID)
	return send(c, deliveries, err)
}

func (a *API) lookupCourier(c echo.Context) error {
	entry, err := a.directory.CourierByEmail(c.FormValue("email"))
	return send(c, entry, err)
}

func (a *API) courierByEmployeeNumber(c echo.Context) error {
	entry, err := a.directory.CourierByEmployeeNumber(c.Param("number"))
	return send(c, entry, err)
}

// importCourierPhoto copies the onboarding provider's profile picture for a new courier.
func (a *API) importCourierPhoto(c echo.Context) error {
	var req struct {
		CourierID int64  `json:"courier_id"`
		PhotoURL  string `json:"photo_url"`
		ThumbURL  string `json:"thumb_url"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid request")
	}
	if !platform.HostAllowed(req.PhotoURL, a.cfg.CDNHosts) {
		return echo.NewHTTPError(http.StatusBadRequest, "photo must be hosted on the onboarding CDN")
	}
	src := req.PhotoURL
	if req.ThumbURL != "" {
		src = req.ThumbURL
	}
	img, err := a.svc.Media.FetchImage(c.Request().Context(), src)
	return send(c, map[string]any{"courier_id": req.CourierID, "bytes": len(img)}, err)
}

// portalContinue sends a courier back to where they were before signing in.
func (a *API) portalContinue(c echo.Context) error {
	target := c.QueryParam("return_to")
	if !platform.IsLocalPath(target) {
		target = "/courier-portal/home"
	}
	return c.Redirect(http.StatusFound, target) // VULN redirect
}
