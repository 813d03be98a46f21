// Package controllers implements the Beego operator portal.
package controllers

import (
	"encoding/gob"
	"html/template"
	"net/http"
	"net/url"

	"github.com/beego/beego/v2/server/web"

	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/service"
)

// Deps are the services used by portal controllers.
type Deps struct {
	Config      *config.Config
	Auth        *service.AuthService
	Wagons      *service.WagonService
	Maintenance *service.MaintenanceService
	Documents   *service.DocumentService
	Reports     *service.ReportService
	Templates   *repository.TemplateRepository
}

var deps Deps

// Configure installs controller dependencies; call once before web.Run.
func Configure(d Deps) { deps = d }

const sessionOperator = "operator"

// SessionOperator is the operator identity kept in the session store.
type SessionOperator struct {
	ID          int64
	Username    string
	DisplayName string
	Role        string
	Depot       string
}

func init() {
	gob.Register(SessionOperator{})
}

// BaseController sets up layout and session identity.
type BaseController struct {
	web.Controller
	Operator *SessionOperator
}

// Prepare runs before every action.
func (c *BaseController) Prepare() {
	if op, ok := c.GetSession(sessionOperator).(SessionOperator); ok {
		c.Operator = &op
		c.Data["Operator"] = op
	}
	c.Layout = "layout.tpl"
	c.Data["Brand"] = deps.Config.BrandName
	c.Data["xsrfdata"] = template.HTML(c.XSRFFormHTML())
}

func (c *BaseController) flash(kind, msg string) {
	f := web.NewFlash()
	switch kind {
	case "error":
		f.Error(msg)
	default:
		f.Notice(msg)
	}
	f.Store(&c.Controller)
}

func (c *BaseController) renderError(status int, msg string) {
	c.Ctx.Output.SetStatus(status)
	c.Data["Message"] = msg
	c.TplName = "error.tpl"
}

// AuthenticatedController requires a logged-in operator.
type AuthenticatedController struct {
	BaseController
}

// Prepare redirects anonymous visitors to the login page.
func (c *AuthenticatedController) Prepare() {
	c.BaseController.Prepare()
	if c.Operator == nil {
		c.Redirect("/login?next="+url.QueryEscape(c.Ctx.Request.URL.RequestURI()), http.StatusFound)
		c.StopRun()
	}
	web.ReadFromRequest(&c.Controller)
}

func (c *AuthenticatedController) hasRole(roles ...string) bool {
	for _, r := range roles {
		if c.Operator.Role == r {
			return true
		}
	}
	return c.Operator.Role == domain.RoleAdmin
}
