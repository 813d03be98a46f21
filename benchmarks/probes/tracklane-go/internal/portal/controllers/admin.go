package controllers

import (
	"net/http"
	"strings"

	"github.com/tracklane/tracklane/internal/domain"
)

var editableEvents = map[string]bool{
	"wagon.status_changed": true,
	"wagon.defect_raised":  true,
	"wagon.arrived":        true,
}

// AdminController manages notification templates, partners and contractor accounts.
type AdminController struct {
	AuthenticatedController
}

// Prepare restricts the admin area to depot managers and administrators.
func (c *AdminController) Prepare() {
	c.AuthenticatedController.Prepare()
	if !c.hasRole(domain.RoleDepotManager) {
		c.renderError(http.StatusForbidden, "You do not have access to the administration area.")
		c.Render()
		c.StopRun()
	}
}

// Templates lists notification templates.
func (c *AdminController) Templates() {
	list, err := deps.Templates.All(c.Ctx.Request.Context())
	if err != nil {
		c.renderError(http.StatusInternalServerError, "Templates could not be loaded.")
		return
	}
	c.Data["Templates"] = list
	c.TplName = "admin/templates.tpl"
}

// SaveTemplate stores an edited notification template.
func (c *AdminController) SaveTemplate() {
	event := c.GetString("event")
	if !editableEvents[event] {
		c.renderError(http.StatusBadRequest, "Unknown event.")
		return
	}
	t := &domain.NotificationTemplate{
		Event:     event,
		Subject:   strings.TrimSpace(c.GetString("subject")),
		Body:      c.GetString("body"),
		UpdatedBy: c.Operator.Username,
	}
	if err := deps.Templates.Save(c.Ctx.Request.Context(), t); err != nil {
		c.flash("error", "The template could not be saved.")
	} else {
		c.flash("notice", "Template saved.")
	}
	c.Redirect("/admin/templates", http.StatusSeeOther)
}

// CreatePartner registers an API partner and shows its credentials once.
func (c *AdminController) CreatePartner() {
	if c.Operator.Role != domain.RoleAdmin {
		c.Ctx.Output.SetStatus(http.StatusForbidden)
		return
	}
	creds, err := deps.Auth.CreatePartner(c.Ctx.Request.Context(),
		c.GetString("name"), c.GetString("client_id"), c.GetString("client_secret"),
		c.GetString("operator_code"), c.GetStrings("scopes"))
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusBadRequest)
		c.Data["json"] = map[string]string{"error": err.Error()}
		c.ServeJSON()
		return
	}
	c.Data["json"] = map[string]any{"partner_id": creds.Partner.ID, "client_id": creds.Partner.ClientID, "api_key": creds.APIKey}
	c.ServeJSON()
}

// SetContractorPassword sets a local password for a contractor account.
func (c *AdminController) SetContractorPassword() {
	if c.Operator.Role != domain.RoleAdmin {
		c.Ctx.Output.SetStatus(http.StatusForbidden)
		return
	}
	if err := deps.Auth.SetLocalPassword(c.Ctx.Request.Context(), c.GetString("username"), c.GetString("password")); err != nil {
		c.flash("error", "Password not changed: "+err.Error())
	} else {
		c.flash("notice", "Password updated.")
	}
	c.Redirect("/admin/templates", http.StatusSeeOther)
}
