package middleware

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/curbwatch/curbwatch/internal/auth"
)

const (
	LocalDevice  = "device"
	LocalStaff   = "staff"
	LocalCitizen = "citizen"
)

func bearer(c *fiber.Ctx) string {
	h := c.Get(fiber.HeaderAuthorization)
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// DeviceAuth admits requests from handheld ticket writers.
func DeviceAuth(tokens *auth.TokenService) fiber.Handler {
	return func(c *fiber.Ctx) error {
		claims, err := tokens.ParseDeviceToken(bearer(c))
		if err != nil {
			return fiber.NewError(fiber.StatusUnauthorized, "device token required")
		}
		c.Locals(LocalDevice, claims)
		return c.Next()
	}
}

// StaffAuth admits supervisors who logged in through the console.
func StaffAuth(tokens *auth.TokenService, role string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		raw := bearer(c)
		if raw == "" {
			raw = c.Cookies("cw_staff")
		}
		claims, err := tokens.ParseStaffToken(raw)
		if err != nil {
			return fiber.NewError(fiber.StatusUnauthorized, "login required")
		}
		if role != "" {
			ok := false
			for _, r := range claims.Roles {
				if r == role {
					ok = true
					break
				}
			}
			if !ok {
				return fiber.NewError(fiber.StatusForbidden, "insufficient role")
			}
		}
		c.Locals(LocalStaff, claims)
		return c.Next()
	}
}

// CitizenAuth admits a motorist holding a pay-by-link token.
func CitizenAuth(tokens *auth.TokenService) fiber.Handler {
	return func(c *fiber.Ctx) error {
		raw := c.Query("t")
		if raw == "" {
			raw = c.Cookies("cw_pay")
		}
		claims, err := tokens.ParseCitizenToken(raw)
		if err != nil {
			return fiber.NewError(fiber.StatusUnauthorized, "payment link expired")
		}
		c.Locals(LocalCitizen, claims)
		return c.Next()
	}
}

func DeviceClaims(c *fiber.Ctx) *auth.DeviceClaims {
	v, _ := c.Locals(LocalDevice).(*auth.DeviceClaims)
	return v
}

func CitizenClaims(c *fiber.Ctx) *auth.CitizenClaims {
	v, _ := c.Locals(LocalCitizen).(*auth.CitizenClaims)
	return v
}
