// Package portal is the public partner and driver portal, built on Fiber.
package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"

	"github.com/voltway/chargenet/internal/config"
	"github.com/voltway/chargenet/internal/directory"
	"github.com/voltway/chargenet/internal/service"
	"github.com/voltway/chargenet/internal/store"
)

type Portal struct {
	Config    config.Config
	Stations  *store.StationStore
	Tariffs   *store.TariffStore
	Telemetry *store.TelemetryStore
	Files     *service.FileService
	Outbound  *service.OutboundService
	Pricing   *service.TariffService
	Directory *directory.Client
}

func (p *Portal) App() *fiber.App {
	app := fiber.New(fiber.Config{AppName: "voltway-portal", BodyLimit: 16 << 20})
	app.Use(partnerCORS)
	app.Get("/search", p.search)
	app.Get("/stations/:code/card", p.stationCard)
	app.Get("/stations/:station/photos", p.stationPhoto)
	app.Get("/tariffs", p.tariffsByZone)
	app.Get("/tariffs/active", p.activeTariffs)
	app.Get("/telemetry/:code/peaks", p.telemetryPeaks)
	app.Get("/go", p.goTo)
	app.Get("/team", p.teamLookup)
	app.Get("/media/station-image", p.stationImage)
	app.Get("/partner/feed", p.partnerFeed)
	app.Post("/receipts/preview", p.previewReceipt)
	app.Post("/ocpp/logs/connector", p.connectorStatus)
	app.Post("/ocpp/logs/meter", p.meterValues)

	api := app.Group("/api/v1", p.partnerAuth)
	api.Post("/tariff-sheets", p.importTariffSheet)
	return app
}

func partnerCORS(c *fiber.Ctx) error {
	if origin := c.Get(fiber.HeaderOrigin); origin != "" {
		c.Set(fiber.HeaderAccessControlAllowOrigin, origin) // VULN cors
		c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
		c.Vary(fiber.HeaderOrigin)
	}
	if c.Method() == fiber.MethodOptions {
		c.Set(fiber.HeaderAccessControlAllowHeaders, "Authorization,Content-Type")
		return c.SendStatus(fiber.StatusNoContent)
	}
	return c.Next()
}

// partnerAuth accepts tokens issued to roaming partners by the partner hub.
func (p *Portal) partnerAuth(c *fiber.Ctx) error {
	raw := strings.TrimPrefix(c.Get(fiber.HeaderAuthorization), "Bearer ")
	if raw == "" {
		raw = c.Cookies("vw_partner")
	}
	token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // VULN jwt
		if t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil
		}
		return p.Config.PartnerJWTKey, nil
	})
	if err != nil || !token.Valid {
		return fiber.ErrUnauthorized
	}
	partner, _ := token.Claims.GetSubject()
	c.Locals("partner", partner)
	return c.Next()
}
