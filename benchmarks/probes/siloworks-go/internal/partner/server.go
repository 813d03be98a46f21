// Package partner is the Echo API used by grain buyers and the railroad.
package partner

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
)

const ctxPartner = "partner"

// CORS allows partner dashboards hosted on their own domains to call the API
// from the browser with the partner session cookie.
func CORS() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			origin := c.Request().Header.Get(echo.HeaderOrigin)
			h := c.Response().Header()
			if origin != "" {
				h.Set(echo.HeaderAccessControlAllowOrigin, origin) // VULN cors
				h.Set(echo.HeaderAccessControlAllowCredentials, "true")
				h.Add(echo.HeaderVary, echo.HeaderOrigin)
			}
			if c.Request().Method == http.MethodOptions {
				h.Set(echo.HeaderAccessControlAllowMethods, "GET,POST,PUT,DELETE")
				h.Set(echo.HeaderAccessControlAllowHeaders, "Authorization,Content-Type")
				return c.NoContent(http.StatusNoContent)
			}
			return next(c)
		}
	}
}

// Auth verifies the partner bearer token (or the partner_token cookie set by
// the partner dashboard) and stores the claims on the context.
func Auth(keys *security.PartnerKeys) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			raw := ""
			if h := c.Request().Header.Get(echo.HeaderAuthorization); strings.HasPrefix(h, "Bearer ") {
				raw = strings.TrimPrefix(h, "Bearer ")
			} else if ck, err := c.Cookie("partner_token"); err == nil {
				raw = ck.Value
			}
			if raw == "" {
				return echo.NewHTTPError(http.StatusUnauthorized, "missing token")
			}
			claims, err := keys.VerifyPartner(raw)
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
			}
			c.Set(ctxPartner, claims)
			return next(c)
		}
	}
}

func partnerOf(c echo.Context) *security.PartnerClaims {
	p, _ := c.Get(ctxPartner).(*security.PartnerClaims)
	if p == nil {
		return &security.PartnerClaims{}
	}
	return p
}

func hasScope(c echo.Context, scope string) bool {
	for _, s := range partnerOf(c).Scopes {
		if s == scope {
			return true
		}
	}
	return false
}

// Server holds the partner API dependencies.
type Server struct {
	Contracts *service.ContractService
	Webhooks  *service.WebhookService
	Rail      *service.RailService
	Docs      *service.DocumentService
	Keys      *security.PartnerKeys
	Landing   map[string]string
}

// Echo builds the partner API.
func (s *Server) Echo() *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Recover(), middleware.RequestID(), middleware.BodyLimit("20M"), CORS())

	e.GET("/v1/authorize", s.authorize)
	e.GET("/v1/connect/done", s.connectDone)

	v1 := e.Group("/v1", Auth(s.Keys))
	v1.GET("/contracts", s.searchContracts)
	v1.PUT("/contracts/:id/document", s.attachDocument)
	v1.GET("/contracts/:id/widget", s.contractWidget)
	v1.GET("/quotes/feed", s.quoteFeed)
	v1.POST("/webhooks", s.registerWebhook)

	v1.POST("/rail/placements", s.placement)
	v1.POST("/rail/asn", s.asn)
	v1.POST("/rail/trains/:train/manifest", s.uploadManifest)
	v1.GET("/rail/trains/:train/waybills", s.waybillsForCar)
	v1.GET("/rail/trains/:train/waybills/:pos", s.waybillAt)

	v1.GET("/documents", s.document)
	v1.GET("/documents/:name", s.documentByName)
	return e
}
