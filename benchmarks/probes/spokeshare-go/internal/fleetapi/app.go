package fleetapi

import (
	"bytes"
	"log/slog"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"

	"github.com/spokeshare/spokeshare/internal/config"
	"github.com/spokeshare/spokeshare/internal/domain"
	"github.com/spokeshare/spokeshare/internal/service"
	"github.com/spokeshare/spokeshare/internal/store"
	"github.com/spokeshare/spokeshare/internal/worker"
)

// Deps are the collaborators of the fleet and partner API.
type Deps struct {
	Cfg       config.Config
	Fleet     *service.FleetService
	Firmware  *service.FirmwareService
	Partners  *service.PartnerClient
	Receipts  *service.ReceiptService
	Layout    *service.DockLayout
	Vehicles  *store.VehicleStore
	Telemetry *store.TelemetryStore
	Queue     *worker.Queue
	Log       *slog.Logger
}

var appStoreLinks = map[string]string{
	"ios":     "https://apps.apple.com/app/spokeshare/id1488123456",
	"android": "https://play.google.com/store/apps/details?id=app.spokeshare",
}

func New(d Deps) *fiber.App {
	app := fiber.New(fiber.Config{AppName: "spokeshare-fleet", BodyLimit: 64 << 20})
	origins := make(map[string]bool)
	for _, o := range d.Cfg.PublicOrigins {
		origins[o] = true
	}
	app.Use(cors.New(cors.Config{
		AllowOriginsFunc: func(origin string) bool { return origins[origin] }, // SAFE cors
		AllowHeaders:     "Authorization, Content-Type",
		AllowCredentials: true,
	}))

	app.Get("/get/:platform", func(c *fiber.Ctx) error {
		dest, ok := appStoreLinks[c.Params("platform")]
		if !ok {
			return fiber.ErrNotFound
		}
		return c.Redirect(dest, fiber.StatusFound) // SAFE redirect
	})
	// /welcome is the landing page of the QR codes on flyers and dock totems.
	app.Get("/welcome", func(c *fiber.Ctx) error {
		body := `<!doctype html><title>Spokeshare</title><h1>Welcome to Spokeshare</h1>`
		if promo := c.Query("promo"); promo != "" {
			body += `<p class="promo">Your code <strong>` + promo + `</strong> is applied at sign-up.</p>`
		}
		return c.Type("html").SendString(body + `<a href="/get/ios">iOS</a> &middot; <a href="/get/android">Android</a>`) // VULN xss
	})
	// /continue is where the in-app browser returns after a partner checkout.
	app.Get("/continue", func(c *fiber.Ctx) error {
		to := c.Query("to", "/")
		if !strings.HasPrefix(to, "/") {
			to = "/"
		}
		return c.Redirect(to, fiber.StatusFound) // VULN redirect
	})

	o := &opsHandler{Deps: d}
	ops := app.Group("/ops", operatorAuth)
	ops.Put("/vehicles/:serial/status", o.setStatus)
	ops.Get("/vehicles/:serial/telemetry", o.recentTelemetry)
	ops.Get("/vehicles/:serial/diagram", o.diagram)
	ops.Post("/vehicles/:serial/manifest", o.checkManifest)
	ops.Post("/vehicles/:serial/diagnostics", o.uploadDiagnostics)
	ops.Post("/telemetry/search", o.searchTelemetry)
	ops.Get("/telemetry/low-battery", o.lowBattery)
	ops.Get("/layout/slot", o.layoutSlot)
	ops.Get("/layout/bays/:bay", o.layoutBay)
	ops.Get("/manuals", o.manual)
	ops.Get("/repairs/:id/vendor", o.vendorTicket)
	ops.Post("/firmware", o.uploadFirmware)
	ops.Post("/firmware/flash", o.flash)

	partners := app.Group("/partners", partnerAuth(d.Cfg.PartnerJWTKey))
	partners.Post("/endpoint-check", func(c *fiber.Ctx) error {
		var req struct {
			URL string `json:"url"`
		}
		if err := c.BodyParser(&req); err != nil || req.URL == "" {
			return fiber.NewError(fiber.StatusBadRequest, "url is required")
		}
		status, err := d.Partners.CheckEndpoint(c.UserContext(), req.URL)
		if err != nil {
			return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
		}
		return c.JSON(fiber.Map{"url": req.URL, "status": status})
	})
	partners.Post("/tariffs/import", func(c *fiber.Ctx) error {
		t, err := d.Partners.FetchTariff(c.UserContext(), c.FormValue("tariff_url"))
		if err != nil {
			return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
		}
		return c.JSON(t)
	})
	partners.Post("/receipt-footer/preview", func(c *fiber.Ctx) error {
		operator, _ := c.Locals("partner").(string)
		var buf bytes.Buffer
		if err := d.Receipts.PreviewPartnerFooter(&buf, operator, string(c.Body()), sampleRide()); err != nil {
			return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
		}
		return c.Type("txt").Send(buf.Bytes())
	})
	return app
}

// operatorAuth reads the operator identity from the token minted by the depot SSO gateway.
func operatorAuth(c *fiber.Ctx) error {
	raw := strings.TrimPrefix(c.Get(fiber.HeaderAuthorization), "Bearer ")
	tok, err := jwt.Parse([]byte(raw), jwt.WithVerify(false)) // VULN jwt
	if err != nil || tok.Subject() == "" {
		return fiber.ErrUnauthorized
	}
	c.Locals("operator", tok.Subject())
	return c.Next()
}

func partnerAuth(key []byte) fiber.Handler {
	return func(c *fiber.Ctx) error {
		tok, err := jwt.Parse([]byte(c.Cookies("spk_partner")), jwt.WithKey(jwa.HS256, key), jwt.WithIssuer("spokeshare-partners")) // SAFE jwt
		if err != nil {
			return fiber.ErrUnauthorized
		}
		c.Locals("partner", tok.Subject())
		return c.Next()
	}
}

func sampleRide() domain.Ride {
	start := time.Date(2024, 5, 14, 8, 12, 0, 0, time.UTC)
	end := start.Add(17 * time.Minute)
	return domain.Ride{ID: "r_sample", VehicleKind: "ebike", StartedAt: start, EndedAt: &end, FareCents: 305, Status: "completed"}
}
