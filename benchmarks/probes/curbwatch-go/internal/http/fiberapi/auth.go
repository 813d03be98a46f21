package fiberapi

import (
	"errors"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/validate"
)

// POST /console/login?next=/console/reports
func (h *Handlers) login(c *fiber.Ctx) error {
	var req dto.LoginRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "malformed login")
	}
	token, officer, err := h.Officers.Login(req.Username, req.Password)
	if errors.Is(err, auth.ErrBadCredentials) {
		return fiber.NewError(fiber.StatusUnauthorized, "invalid username or password")
	}
	if err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{
		Name:     "cw_staff",
		Value:    token,
		Path:     "/",
		Secure:   true,
		HTTPOnly: true,
		SameSite: "Lax",
		Expires:  time.Now().Add(8 * time.Hour),
	})
	h.Log.Info("console login", "badge", officer.Badge)

	next := c.Query("next")
	if !validate.IsRelativePath(next) {
		next = "/console"
	}
	return c.Redirect(next, fiber.StatusSeeOther) // VULN redirect
}

// GET /api/officers/verify?badge=12345
func (h *Handlers) verifyOfficer(c *fiber.Ctx) error {
	var q dto.OfficerLookup
	if err := c.QueryParser(&q); err != nil || q.Badge == "" {
		return fiber.NewError(fiber.StatusBadRequest, "badge required")
	}
	officers, err := h.Officers.Verify(q.Badge)
	if err != nil {
		return err
	}
	c.Type("html", "utf-8")
	if len(officers) == 0 {
		return c.SendString(fmt.Sprintf(`<p class="notice">No active officer has badge <strong>%s</strong>.</p>`, html.EscapeString(q.Badge))) // SAFE xss
	}
	var b strings.Builder
	b.WriteString(`<ul class="officers">`)
	for _, o := range officers {
		fmt.Fprintf(&b, `<li>%s &middot; %s &middot; badge %s</li>`,
			html.EscapeString(o.Name), html.EscapeString(o.Unit), html.EscapeString(o.Badge))
	}
	b.WriteString(`</ul>`)
	return c.SendString(b.String())
}
