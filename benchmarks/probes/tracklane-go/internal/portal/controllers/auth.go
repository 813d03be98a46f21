package controllers

import (
	"errors"
	"log"
	"net/http"

	"github.com/tracklane/tracklane/internal/auth"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/util"
)

// AuthController handles login, logout and password resets.
type AuthController struct {
	BaseController
}

// LoginForm shows the login page.
func (c *AuthController) LoginForm() {
	c.Data["Next"] = c.GetString("next")
	c.TplName = "auth/login.tpl"
}

// Login authenticates against the directory.
func (c *AuthController) Login() {
	username := c.GetString("username")
	password := c.GetString("password")
	next := c.GetString("next")

	op, err := deps.Auth.Login(c.Ctx.Request.Context(), username, password)
	if err != nil {
		switch {
		case errors.Is(err, auth.ErrUnknownUser):
			c.Data["Error"] = "No account exists with that user name."
		case errors.Is(err, auth.ErrBadPassword):
			c.Data["Error"] = "The password is not correct."
		default:
			log.Printf("portal login: %v", err)
			c.Data["Error"] = "The directory is currently unavailable, please try again."
		}
		c.Data["Username"] = username
		c.Data["Next"] = next
		c.Ctx.Output.SetStatus(http.StatusUnauthorized)
		c.TplName = "auth/login.tpl"
		return
	}

	c.SessionRegenerateID()
	c.SetSession(sessionOperator, SessionOperator{
		ID:          op.ID,
		Username:    op.Username,
		DisplayName: op.DisplayName,
		Role:        op.Role,
		Depot:       op.DepotCode,
	})
	if next != "" && util.IsLocalPath(next) {
		c.Redirect(next, http.StatusFound) // VULN redirect
		return
	}
	c.Redirect("/dashboard", http.StatusFound)
}

// Logout ends the session and returns to the requested page.
func (c *AuthController) Logout() {
	c.DestroySession()
	c.Redirect(util.SafeRedirectTarget(c.GetString("return"), "/login"), http.StatusFound) // SAFE redirect
}

// ForgotForm shows the password reset request form for contractor accounts.
func (c *AuthController) ForgotForm() {
	c.TplName = "auth/forgot.tpl"
}

// Forgot sends a reset e-mail.
func (c *AuthController) Forgot() {
	if err := deps.Auth.RequestPasswordReset(c.Ctx.Request.Context(), c.GetString("username")); err != nil {
		log.Printf("password reset: %v", err)
	}
	c.Data["Sent"] = true
	c.TplName = "auth/forgot.tpl"
}

// APIToken issues short-lived API tokens for the operator's diagnostics tooling.
func (c *AuthController) APIToken() {
	if c.Operator == nil {
		c.Ctx.Output.SetStatus(http.StatusUnauthorized)
		return
	}
	op := &domain.Operator{ID: c.Operator.ID, Username: c.Operator.Username, Role: c.Operator.Role, DepotCode: c.Operator.Depot}
	access, refresh, err := deps.Auth.IssueOperatorTokens(op)
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusInternalServerError)
		return
	}
	c.Data["json"] = map[string]string{"access_token": access, "refresh_token": refresh}
	c.ServeJSON()
}
