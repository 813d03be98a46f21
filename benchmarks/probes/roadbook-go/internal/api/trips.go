package api

import (
	"fmt"
	"html"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/roadbook/roadbook/internal/render"
	"github.com/roadbook/roadbook/internal/service"
	"github.com/roadbook/roadbook/internal/store"
)

func (h *handler) estimateCost(c echo.Context) error {
	var in service.CostInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid estimate request")
	}
	total, err := h.d.Costs.Estimate(in)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]float64{"estimate": total})
}

// tripSummary returns an HTML fragment for the console's side panel.
func (h *handler) tripSummary(c echo.Context) error {
	plate := strings.TrimSpace(c.QueryParam("plate"))
	rows, err := h.d.Trips.SummaryByPlate(c.Request().Context(), claimsFrom(c).FleetID, plate)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return c.HTML(http.StatusNotFound, `<p class="empty">No trips recorded for `+plate+`</p>`) // VULN xss
	}
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%d</td><td>%.1f</td></tr>", r.Month.Format("Jan 2006"), r.Trips, r.TotalKm)
	}
	return c.HTML(http.StatusOK, "<h3>Trips for "+html.EscapeString(plate)+"</h3><table>"+b.String()+"</table>") // SAFE xss
}

// tripSheet renders the printable end-of-trip sheet with the dispatcher's notes.
func (h *handler) tripSheet(c echo.Context, id int64) error {
	ctx := c.Request().Context()
	trip, err := h.d.Trips.Get(ctx, id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "trip not found")
	}
	points, err := h.d.Trips.RoutePoints(ctx, id)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	return h.d.Renderer.TripSheet(c.Response(), render.TripSheet{Trip: *trip, Route: points, DriverNotes: c.QueryParam("notes")})
}

// reportHeader previews the letterhead printed on monthly fleet reports.
func (h *handler) reportHeader(c echo.Context) error {
	var req struct {
		Layout   string `json:"layout"`
		Template string `json:"template"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid header request")
	}
	cl := claimsFrom(c)
	data := render.HeaderData{Fleet: cl.FleetSlug, Period: time.Now().Format("January 2006"), GeneratedBy: cl.Subject}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	if req.Template != "" {
		return h.d.Renderer.CustomHeader(c.Response(), req.Template, data)
	}
	return h.d.Renderer.BuiltinHeader(c.Response(), req.Layout, data)
}

func (h *handler) saveReportPreference(c echo.Context) error {
	column, ok := store.ReportSortColumn(c.FormValue("sort_by"))
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "unsupported sort_by")
	}
	err := h.d.Reports.SavePreference(c.Request().Context(), claimsFrom(c).UserID, column)
	return respond(c, http.StatusOK, map[string]string{"sort_by": column}, err)
}

func (h *handler) fleetReport(c echo.Context) error {
	cl := claimsFrom(c)
	rows, err := h.d.Reports.FleetReport(c.Request().Context(), cl.FleetID, cl.UserID)
	return respond(c, http.StatusOK, rows, err)
}
