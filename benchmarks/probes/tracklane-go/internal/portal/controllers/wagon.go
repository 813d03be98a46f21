package controllers

import (
	"errors"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/service"
)

var wagonStatuses = []string{
	domain.WagonInService, domain.WagonLoaded, domain.WagonEmpty,
	domain.WagonInWorkshop, domain.WagonQuarantined, domain.WagonRetired,
}

// WagonController shows fleet lists and wagon details.
type WagonController struct {
	AuthenticatedController
}

// List renders the searchable wagon list.
func (c *WagonController) List() {
	q := c.GetString("q")
	operator := c.GetString("operator")
	status := c.GetString("status")

	wagons, err := deps.Wagons.Search(c.Ctx.Request.Context(), q, operator, status)
	if err != nil {
		c.renderError(http.StatusInternalServerError, "The wagon search failed.")
		return
	}
	c.Data["Query"] = q
	c.Data["OperatorFilter"] = operator
	c.Data["StatusFilter"] = status
	c.Data["Statuses"] = wagonStatuses
	c.Data["Wagons"] = wagons
	c.Data["Now"] = time.Now()
	c.TplName = "wagons/list.tpl"
}

// QuickSearch returns the result fragment for the search-as-you-type box.
func (c *WagonController) QuickSearch() {
	q := strings.TrimSpace(c.GetString("q"))
	c.Ctx.Output.Header("Content-Type", "text/html; charset=utf-8")
	if len(q) < 3 {
		return
	}
	wagons, err := deps.Wagons.Search(c.Ctx.Request.Context(), q, "", "")
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusInternalServerError)
		return
	}
	if len(wagons) == 0 {
		c.Ctx.WriteString(`<li class="empty">No wagon matches <b>` + q + `</b></li>`) // VULN xss
		return
	}
	var b strings.Builder
	for _, w := range wagons {
		fmt.Fprintf(&b, `<li><a href="/wagons/%d">%s</a> <span class="muted">%s</span></li>`,
			w.ID, html.EscapeString(w.Number), html.EscapeString(w.Type))
	}
	c.Ctx.WriteString(b.String())
}

// Detail renders a single wagon with maintenance history and recent positions.
func (c *WagonController) Detail() {
	raw := c.Ctx.Input.Param(":id")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusBadRequest)
		c.Ctx.WriteString(`<p class="error">` + html.EscapeString(raw) + ` is not a valid wagon id.</p>`) // SAFE xss
		return
	}
	ctx := c.Ctx.Request.Context()
	w, err := deps.Wagons.Get(ctx, id)
	if errors.Is(err, service.ErrUnknownWagon) {
		c.renderError(http.StatusNotFound, "Wagon not found.")
		return
	}
	if err != nil {
		c.renderError(http.StatusInternalServerError, "Could not load the wagon.")
		return
	}
	orders, err := deps.Maintenance.History(ctx, id, time.Time{})
	if err != nil {
		orders = nil
	}
	positions, err := deps.Wagons.RecentPositions(ctx, id, 20)
	if err != nil {
		positions = nil
	}
	c.Data["Wagon"] = w
	c.Data["Orders"] = orders
	c.Data["Positions"] = positions
	c.Data["Overdue"] = w.Overdue(time.Now())
	c.TplName = "wagons/detail.tpl"
}

// UpdateRemarks stores the dispatcher's remarks on a wagon.
func (c *WagonController) UpdateRemarks() {
	id, err := strconv.ParseInt(c.Ctx.Input.Param(":id"), 10, 64)
	if err != nil {
		c.renderError(http.StatusBadRequest, "Invalid wagon id.")
		return
	}
	if !c.hasRole(domain.RoleDispatcher, domain.RoleDepotManager) {
		c.renderError(http.StatusForbidden, "Only dispatchers can edit remarks.")
		return
	}
	if err := deps.Wagons.UpdateRemarks(c.Ctx.Request.Context(), id, c.GetString("remarks")); err != nil {
		c.flash("error", "Remarks could not be saved: "+err.Error())
	} else {
		c.flash("notice", "Remarks saved.")
	}
	c.Redirect("/wagons/"+strconv.FormatInt(id, 10), http.StatusSeeOther)
}
