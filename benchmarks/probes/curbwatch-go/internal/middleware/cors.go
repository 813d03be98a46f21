package middleware

import (
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// FiberCORS lets the city's own web properties call the citations API with cookies.
func FiberCORS(domainSuffix string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		origin := c.Get(fiber.HeaderOrigin)
		if origin != "" && strings.HasSuffix(origin, domainSuffix) {
			c.Set(fiber.HeaderAccessControlAllowOrigin, origin) // VULN cors
			c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
			c.Set(fiber.HeaderAccessControlAllowHeaders, "Authorization, Content-Type")
			c.Set(fiber.HeaderAccessControlAllowMethods, "GET, POST, OPTIONS")
			c.Vary(fiber.HeaderOrigin)
		}
		if c.Method() == fiber.MethodOptions {
			return c.SendStatus(fiber.StatusNoContent)
		}
		return c.Next()
	}
}

// PortalCORS allows the exact configured origins to call the permit portal API.
func PortalCORS(allowed []string, next http.Handler) http.Handler {
	set := make(map[string]struct{}, len(allowed))
	for _, o := range allowed {
		set[strings.TrimRight(o, "/")] = struct{}{}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if _, ok := set[origin]; ok {
			w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}
