package admin

import (
	"errors"
	"net"
	"net/http"
	"net/netip"
	"regexp"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/util"
)

var hostnameRe = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$`)

type page struct {
	Title    string
	Page     string
	User     string
	Flash    string
	Stations []models.Station
	Models   []string
	Output   string
}

func (h *Handlers) page(c echo.Context, title, name string) page {
	p := page{Title: title, Page: name}
	if s := currentSession(c); s != nil {
		p.User = s.Username
	}
	return p
}

func (h *Handlers) loginPage(c echo.Context) error {
	return c.Render(http.StatusOK, "login.html", map[string]string{
		"Action": "/admin/login",
		"Next":   c.QueryParam("return_to"),
	})
}

func (h *Handlers) login(c echo.Context) error {
	username := c.FormValue("username")
	id, err := h.auth.Authenticate(c.Request().Context(), username, c.FormValue("password"))
	if err != nil {
		msg := "Sign-in failed."
		switch {
		case errors.Is(err, service.ErrUnknownUser):
			msg = "No staff account with that user name."
		case errors.Is(err, service.ErrUnauthorized):
			msg = "Wrong password."
		case errors.Is(err, service.ErrDirectoryUnavailable):
			msg = "Directory unavailable, try again shortly."
		}
		return c.Render(http.StatusUnauthorized, "login.html", map[string]string{
			"Action": "/admin/login",
			"Next":   c.FormValue("next"),
			"Error":  msg,
		})
	}
	token, err := h.auth.IssueSession(id)
	if err != nil {
		return err
	}
	h.setSession(c, token)

	returnTo := c.FormValue("next")
	if returnTo == "" {
		returnTo = "/admin/"
	}
	return c.Redirect(http.StatusFound, returnTo) // VULN redirect
}

func (h *Handlers) logout(c echo.Context) error {
	h.clearSession(c)
	return c.Redirect(http.StatusFound, util.LocalRedirect(c.QueryParam("next"), "/admin/login")) // SAFE redirect
}

func (h *Handlers) dashboard(c echo.Context) error {
	return c.Render(http.StatusOK, "admin_layout.html", h.page(c, "Dashboard", "home"))
}

func (h *Handlers) listStations(c echo.Context) error {
	stations, _, err := h.stations.Search(c.Request().Context(), dto.StationQuery{
		Query:   c.QueryParam("q"),
		Sort:    "code",
		PerPage: 200,
		Page:    1,
	})
	if err != nil {
		return err
	}
	p := h.page(c, "Stations", "stations")
	p.Stations = stations
	return c.Render(http.StatusOK, "admin_layout.html", p)
}

func stationID(c echo.Context) (uint, error) {
	id, err := strconv.ParseUint(c.Param("id"), 10, 32)
	if err != nil {
		return 0, echo.NewHTTPError(http.StatusNotFound)
	}
	return uint(id), nil
}

func (h *Handlers) updateStation(c echo.Context) error {
	id, err := stationID(c)
	if err != nil {
		return err
	}
	var req dto.UpdateStationRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := h.stations.UpdateFromAdmin(c.Request().Context(), id, req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.Redirect(http.StatusSeeOther, "/admin/stations")
}

// pingGateway pings the station gateway, or an override host typed by the
// technician (e.g. the site router).
func (h *Handlers) pingGateway(c echo.Context) error {
	id, err := stationID(c)
	if err != nil {
		return err
	}
	st, err := h.stations.GetByID(c.Request().Context(), id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	host := c.FormValue("host")
	if host == "" {
		host = st.GatewayHost
	}
	if net.ParseIP(st.GatewayHost) == nil && !hostnameRe.MatchString(st.GatewayHost) {
		return echo.NewHTTPError(http.StatusBadRequest, "gateway host is not a valid address")
	}
	out, err := h.ops.Ping(c.Request().Context(), host)
	p := h.page(c, "Diagnostics", "diagnostics")
	p.Output = out
	if err != nil {
		p.Flash = "ping failed: " + err.Error()
	}
	return c.Render(http.StatusOK, "admin_layout.html", p)
}

func (h *Handlers) tracerouteGateway(c echo.Context) error {
	addr, err := netip.ParseAddr(c.FormValue("addr"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "addr must be an IP address")
	}
	out, err := h.ops.Traceroute(c.Request().Context(), addr)
	p := h.page(c, "Diagnostics", "diagnostics")
	p.Output = out
	if err != nil {
		p.Flash = "traceroute failed: " + err.Error()
	}
	return c.Render(http.StatusOK, "admin_layout.html", p)
}

func (h *Handlers) uploadCalibrationBundle(c echo.Context) error {
	id, err := stationID(c)
	if err != nil {
		return err
	}
	st, err := h.stations.GetByID(c.Request().Context(), id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	fh, err := c.FormFile("bundle")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bundle file is required")
	}
	files, err := h.bundles.ImportCalibrationBundle(st.Code, fh)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]any{"station": st.Code, "files": files})
}

func (h *Handlers) uploadFirmware(c echo.Context) error {
	fh, err := c.FormFile("package")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "package file is required")
	}
	files, err := h.bundles.ImportFirmware(c.FormValue("version"), fh)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]any{"files": files})
}

func (h *Handlers) purgeStation(c echo.Context) error {
	id, err := stationID(c)
	if err != nil {
		return err
	}
	n, err := h.readings.Purge(c.Request().Context(), id)
	if err != nil {
		return err
	}
	h.log.Info("station purged", "station", id, "rows", n, "by", currentSession(c).Username)
	return c.JSON(http.StatusOK, map[string]int64{"deleted": n})
}

func (h *Handlers) forecastsPage(c echo.Context) error {
	ms, err := h.forecasts.Models(c.Request().Context())
	if err != nil {
		return err
	}
	p := h.page(c, "Forecasts", "forecasts")
	p.Models = ms
	return c.Render(http.StatusOK, "admin_layout.html", p)
}

func (h *Handlers) publishForecast(c echo.Context) error {
	sess := currentSession(c)
	n, err := h.forecasts.PublishRun(c.Request().Context(), sess.Username, c.FormValue("model"), c.FormValue("run_date"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	p := h.page(c, "Forecasts", "forecasts")
	p.Flash = strconv.FormatInt(n, 10) + " forecasts published."
	return c.Render(http.StatusOK, "admin_layout.html", p)
}
