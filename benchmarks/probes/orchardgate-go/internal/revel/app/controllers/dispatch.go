package controllers

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/revel/revel"
)

// Dispatch is the back-office view of the day's pickup routes.
type Dispatch struct {
	*revel.Controller
}

// Routes summarises the routes of a day for a depot.
func (c Dispatch) Routes() revel.Result {
	day := time.Now()
	if d := c.Params.Get("day"); d != "" {
		parsed, err := time.Parse("2006-01-02", d)
		if err != nil {
			c.Response.Status = http.StatusBadRequest
			return c.RenderJSON(map[string]string{"error": "day must be YYYY-MM-DD"})
		}
		day = parsed
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rows, err := PickupReports.DailyRoutes(ctx, day, strings.ToUpper(c.Params.Get("depot")))
	if err != nil {
		c.Response.Status = http.StatusInternalServerError
		return c.RenderJSON(map[string]string{"error": "summary failed"})
	}
	return c.RenderJSON(rows)
}

// Banner shows the depot banner on the dispatch board.
func (c Dispatch) Banner() revel.Result {
	depot := c.Params.Route.Get("depot")
	return c.RenderHTML(fmt.Sprintf("<header class=\"depot\">Depot %s – %s</header>", html.EscapeString(depot), time.Now().Format("Mon 2 Jan"))) // SAFE xss
}

// Note shows the grower's note for a pickup on the dispatch board.
func (c Dispatch) Note() revel.Result {
	id, err := strconv.ParseUint(c.Params.Route.Get("id"), 10, 32)
	if err != nil {
		return c.NotFound("unknown pickup")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	note, grower, err := PickupReports.DriverNote(ctx, uint(id))
	if err != nil {
		return c.NotFound("unknown pickup")
	}
	return c.RenderHTML("<div class=\"note\"><h4>" + html.EscapeString(grower) + "</h4><p>" + note + "</p></div>") // VULN xss
}

// Back returns the dispatcher to the board they came from.
func (c Dispatch) Back() revel.Result {
	return c.Redirect(c.Params.Get("back")) // VULN redirect
}
