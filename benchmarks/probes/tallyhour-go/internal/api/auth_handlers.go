package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tallyhour/tallyhour/internal/util"
)

var landingPages = map[string]string{
	"timesheets": "/app/timesheets",
	"approvals":  "/app/approvals",
	"payslips":   "/app/payslips",
}

func (h *Handlers) startSession(c *gin.Context, username, password string) (string, error) {
	ctx := c.Request.Context()
	emp, err := h.Auth.Authenticate(ctx, username, password)
	if err != nil {
		return "", err
	}
	role := "employee"
	if emp.ManagerID == nil {
		role = "manager"
	}
	tok, err := h.Auth.IssueSessionToken(emp, role)
	if err != nil {
		return "", err
	}
	refresh, err := util.SessionToken()
	if err != nil {
		return "", err
	}
	if err := h.Employees.SaveRefreshToken(ctx, emp.ID, refresh, time.Now().Add(30*24*time.Hour)); err != nil {
		return "", err
	}
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("th_session", tok, 8*3600, "/", "", true, true)
	c.SetCookie("th_refresh", refresh, 30*24*3600, "/auth", "", true, true)
	return tok, nil
}

func (h *Handlers) Login(c *gin.Context) {
	var req struct {
		Username string `json:"username" binding:"required"`
		Password string `json:"password" binding:"required"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		badRequest(c, "username and password are required")
		return
	}
	tok, err := h.startSession(c, req.Username, req.Password)
	if err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": tok})
}

// LoginForm backs the server-rendered login page used by the on-site terminals.
func (h *Handlers) LoginForm(c *gin.Context) {
	if _, err := h.startSession(c, c.PostForm("username"), c.PostForm("password")); err != nil {
		c.Redirect(http.StatusSeeOther, "/login?error=1")
		return
	}
	next := c.PostForm("next")
	if !strings.HasPrefix(next, "/") {
		next = "/app"
	}
	c.Redirect(http.StatusSeeOther, next) // VULN redirect
}

func (h *Handlers) Landing(c *gin.Context) {
	dest, ok := landingPages[c.Query("to")]
	if !ok {
		dest = "/app"
	}
	c.Redirect(http.StatusFound, dest) // SAFE redirect
}

func (h *Handlers) RequestPasswordReset(c *gin.Context) {
	ctx := c.Request.Context()
	emp, err := h.Employees.GetByEmail(ctx, strings.TrimSpace(c.PostForm("email")))
	if err == nil {
		code := util.ResetCode()
		if err = h.Employees.SaveResetCode(ctx, emp.ID, code, time.Now().Add(15*time.Minute)); err == nil {
			err = h.Notify.SendResetCode(ctx, emp, code)
		}
		if err != nil {
			respond(c, 0, nil, err)
			return
		}
	}
	c.JSON(http.StatusAccepted, gin.H{"status": "if the address is registered, a code has been sent"})
}
