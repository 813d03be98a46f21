package admin

import (
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/skyvane/skyvane/internal/service"
)

const (
	sessionCookie = "skyvane_admin"
	sessionKey    = "admin.session"
)

func (h *Handlers) setSession(c echo.Context, token string) {
	c.SetCookie(&http.Cookie{
		Name:     sessionCookie,
		Value:    token,
		Path:     "/admin",
		HttpOnly: true,
		Secure:   h.secure,
		SameSite: http.SameSiteStrictMode,
		Expires:  time.Now().Add(8 * time.Hour),
	})
}

func (h *Handlers) clearSession(c echo.Context) {
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: "", Path: "/admin", MaxAge: -1, HttpOnly: true, Secure: h.secure})
}

func (h *Handlers) requireSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ck, err := c.Cookie(sessionCookie)
		if err != nil {
			return c.Redirect(http.StatusFound, "/admin/login?return_to="+url.QueryEscape(c.Request().URL.RequestURI()))
		}
		sess, err := h.auth.ParseSession(ck.Value)
		if err != nil {
			h.clearSession(c)
			return c.Redirect(http.StatusFound, "/admin/login")
		}
		c.Set(sessionKey, sess)
		return next(c)
	}
}

func (h *Handlers) requireGroup(group string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			sess := currentSession(c)
			if sess == nil || !slices.Contains(sess.Groups, group) {
				return echo.NewHTTPError(http.StatusForbidden, "missing group "+group)
			}
			return next(c)
		}
	}
}

func currentSession(c echo.Context) *service.AdminSession {
	s, _ := c.Get(sessionKey).(*service.AdminSession)
	return s
}
