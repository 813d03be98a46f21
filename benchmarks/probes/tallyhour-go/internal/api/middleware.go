package api

import (
	"log"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func bearer(c *gin.Context) string {
	return strings.TrimSpace(strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer "))
}

func (h *Handlers) requireSession() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := bearer(c)
		if raw == "" {
			raw, _ = c.Cookie("th_session")
		}
		claims, err := h.Auth.ParseSessionToken(raw)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Set("employee_id", claims.EmployeeID)
		c.Set("role", claims.Role)
	}
}

func (h *Handlers) requireKiosk() gin.HandlerFunc {
	return func(c *gin.Context) {
		claims, err := h.Auth.ParseKioskToken(c.GetHeader("X-Kiosk-Token"))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "kiosk not enrolled"})
			return
		}
		c.Set("kiosk_site", claims.Site)
	}
}

func (h *Handlers) requirePartner() gin.HandlerFunc {
	return func(c *gin.Context) {
		claims, err := h.Auth.ParsePartnerToken(bearer(c))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid partner token"})
			return
		}
		c.Set("partner", claims.Partner)
	}
}

// kioskCORS lets the clock-in widget embedded on site intranets call the kiosk API.
func kioskCORS() gin.HandlerFunc {
	return func(c *gin.Context) {
		if origin := c.GetHeader("Origin"); origin != "" {
			c.Header("Access-Control-Allow-Origin", origin) // VULN cors
			c.Header("Access-Control-Allow-Credentials", "true")
			c.Header("Access-Control-Allow-Headers", "Content-Type, X-Kiosk-Token")
			c.Header("Vary", "Origin")
		}
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
		}
	}
}

func currentEmployee(c *gin.Context) int64 { return c.GetInt64("employee_id") }

func hasRole(c *gin.Context, roles ...string) bool {
	role := c.GetString("role")
	for _, r := range roles {
		if r == role {
			return true
		}
	}
	return false
}

func badRequest(c *gin.Context, msg string) {
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": msg})
}

// respond writes v as JSON, or a generic 500 when err is set.
func respond(c *gin.Context, status int, v any, err error) {
	if err != nil {
		log.Printf("error: %s: %v", c.FullPath(), err)
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
		return
	}
	if v == nil {
		c.Status(status)
		return
	}
	c.JSON(status, v)
}
