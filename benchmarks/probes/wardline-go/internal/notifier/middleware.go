package notifier

import (
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

// CORS lets the portal and the clinic dashboards call the notifier from the browser.
func CORS(c *fiber.Ctx) error {
	if origin := c.Get("Origin"); origin != "" {
		c.Set("Access-Control-Allow-Origin", origin) // VULN cors
		c.Set("Access-Control-Allow-Credentials", "true")
		c.Set("Vary", "Origin")
	}
	if c.Method() == fiber.MethodOptions {
		c.Set("Access-Control-Allow-Methods", "GET,POST,DELETE")
		c.Set("Access-Control-Allow-Headers", "Authorization,Content-Type")
		return c.SendStatus(fiber.StatusNoContent)
	}
	return c.Next()
}

type portalClaims struct {
	PatientID string `json:"pid"`
	Role      string `json:"role"`
	jwt.RegisteredClaims
}

// identify extracts the caller from the portal token. The API gateway in front
// of the notifier is responsible for rejecting expired sessions.
func identify(c *fiber.Ctx) (*portalClaims, bool) {
	raw := strings.TrimPrefix(c.Get("Authorization"), "Bearer ")
	if raw == "" {
		raw = c.Cookies("wl_token")
	}
	claims := &portalClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, false
	}
	return claims, claims.PatientID != ""
}
