package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/roadbook/roadbook/internal/auth"
	"github.com/roadbook/roadbook/internal/store"
)

type credentials struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h *handler) login(c echo.Context) error {
	var req credentials
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid login request")
	}
	u, err := h.d.Users.ByEmail(c.Request().Context(), strings.ToLower(req.Email))
	if err != nil || !auth.CheckPassword(u.PasswordHash, req.Password) {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid credentials")
	}
	return h.issueSession(c, u)
}

func (h *handler) issueSession(c echo.Context, u *store.User) error {
	access, err := h.d.Tokens.IssueAccess(auth.Claims{UserID: u.ID, FleetID: u.FleetID, FleetSlug: u.FleetSlug, Role: u.Role})
	if err != nil {
		return err
	}
	refresh, err := h.d.Tokens.IssueRefresh(u.ID)
	if err != nil {
		return err
	}
	sid, err := auth.SessionID()
	if err == nil {
		err = h.d.Cache.Set(c.Request().Context(), "sess:"+sid, u.ID, 12*time.Hour).Err()
	}
	c.SetCookie(&http.Cookie{Name: "rb_sid", Value: sid, Path: "/", HttpOnly: true, Secure: true})
	c.SetCookie(&http.Cookie{Name: "rb_refresh", Value: refresh, Path: "/auth", HttpOnly: true, Secure: true})
	return respond(c, http.StatusOK, map[string]string{"access_token": access, "token_type": "Bearer"}, err)
}

func (h *handler) refresh(c echo.Context) error {
	ck, err := c.Cookie("rb_refresh")
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "missing refresh token")
	}
	userID, err := h.d.Tokens.RefreshSubject(ck.Value)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid refresh token")
	}
	u, err := h.d.Users.ByID(c.Request().Context(), userID)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "unknown user")
	}
	return h.issueSession(c, u)
}

func (h *handler) logout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "rb_sid", Path: "/", MaxAge: -1})
	c.SetCookie(&http.Cookie{Name: "rb_refresh", Path: "/auth", MaxAge: -1})
	next := c.QueryParam("next")
	if !strings.HasPrefix(next, "/") {
		next = "/login"
	}
	return c.Redirect(http.StatusFound, next) // VULN redirect
}

func (h *handler) setDriverPIN(c echo.Context, driverID int64) error {
	if err := requireRole(c, "admin", "dispatcher"); err != nil {
		return err
	}
	pin := c.FormValue("pin")
	if len(pin) < 4 || len(pin) > 8 {
		return echo.NewHTTPError(http.StatusBadRequest, "PIN must be 4-8 digits")
	}
	err := h.d.Users.SetDriverPIN(c.Request().Context(), claimsFrom(c).FleetID, driverID, auth.HashDriverPIN(pin))
	return respond(c, http.StatusOK, map[string]bool{"updated": true}, err)
}

func (h *handler) createDispatcher(c echo.Context) error {
	var req credentials
	if err := requireRole(c, "admin"); err != nil {
		return err
	}
	if err := c.Bind(&req); err != nil || len(req.Password) < 12 {
		return echo.NewHTTPError(http.StatusBadRequest, "email and a 12+ character password are required")
	}
	hash, err := auth.HashPassword(req.Password)
	if err != nil {
		return err
	}
	cl := claimsFrom(c)
	u := &store.User{FleetID: cl.FleetID, FleetSlug: cl.FleetSlug, Email: strings.ToLower(req.Email), PasswordHash: hash, Role: "dispatcher"}
	if err := h.d.Users.Create(c.Request().Context(), u); err != nil {
		return echo.NewHTTPError(http.StatusConflict, "account already exists")
	}
	return c.JSON(http.StatusCreated, map[string]int64{"id": u.ID})
}
