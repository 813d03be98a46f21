// Package api is the main Gin HTTP API used by the scale house, the lab, the
// office and the farmer portal.
package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	cors "github.com/rs/cors/wrapper/gin"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
)

const (
	ctxStaff    = "staff"
	ctxFarmerID = "farmerID"
	ctxKiosk    = "kiosk"

	portalCookie = "sw_portal"
	kioskCookie  = "sw_kiosk"
)

// portalOriginAllowed accepts the marketing site and the portal sub-domains.
func portalOriginAllowed(origin string) bool {
	return strings.HasPrefix(origin, "https://") && strings.HasSuffix(origin, "siloworks.com")
}

// PortalCORS lets the marketing site call the portal API with the session cookie.
func PortalCORS() gin.HandlerFunc {
	return cors.New(cors.Options{
		AllowOriginFunc:  portalOriginAllowed, // VULN cors
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Content-Type", "X-CSRF-Token"},
		AllowCredentials: true,
		MaxAge:           600,
	})
}

func bearer(c *gin.Context) string {
	h := c.GetHeader("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// StaffAuth requires a valid staff token.
func StaffAuth(issuer *security.TokenIssuer) gin.HandlerFunc {
	return func(c *gin.Context) {
		claims, err := issuer.VerifyStaff(bearer(c))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, dto.ErrorBody{Error: "authentication required"})
			return
		}
		c.Set(ctxStaff, claims)
		c.Next()
	}
}

// PortalAuth accepts either the portal session cookie or a co-op IdP token.
func PortalAuth(auth *service.AuthService) gin.HandlerFunc {
	return func(c *gin.Context) {
		if raw, err := c.Cookie(portalCookie); err == nil {
			if s, err := auth.Session(raw); err == nil {
				c.Set(ctxFarmerID, s.FarmerID)
				c.Next()
				return
			}
		}
		if tok := bearer(c); tok != "" {
			if claims, err := security.ReadPortalClaims(tok); err == nil && claims.FarmerID > 0 {
				c.Set(ctxFarmerID, claims.FarmerID)
				c.Next()
				return
			}
		}
		if strings.HasPrefix(c.Request.URL.Path, "/portal/api/") {
			c.AbortWithStatusJSON(http.StatusUnauthorized, dto.ErrorBody{Error: "login required"})
			return
		}
		c.Redirect(http.StatusFound, "/portal/login?next="+c.Request.URL.Path)
		c.Abort()
	}
}

// KioskAuth restores the kiosk state remembered in the kiosk cookie.
func KioskAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw, err := c.Cookie(kioskCookie)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, dto.ErrorBody{Error: "kiosk not enrolled"})
			return
		}
		k, err := security.DecodeKiosk(raw)
		if err != nil || k.ScaleID == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, dto.ErrorBody{Error: "kiosk not enrolled"})
			return
		}
		c.Set(ctxKiosk, k)
		c.Next()
	}
}

func staffOf(c *gin.Context) *security.StaffClaims {
	v, _ := c.Get(ctxStaff)
	s, _ := v.(*security.StaffClaims)
	if s == nil {
		return &security.StaffClaims{}
	}
	return s
}

func farmerOf(c *gin.Context) int64 {
	return c.GetInt64(ctxFarmerID)
}

func kioskOf(c *gin.Context) *security.KioskState {
	v, _ := c.Get(ctxKiosk)
	k, _ := v.(*security.KioskState)
	return k
}

func fail(c *gin.Context, status int, err error) {
	if err == service.ErrNotFound {
		status = http.StatusNotFound
	}
	c.JSON(status, dto.ErrorBody{Error: err.Error()})
}
