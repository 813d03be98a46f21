package httpapi

import (
	"net/http"
	"net/url"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/voltpark/platform/internal/auth"
	"github.com/voltpark/platform/internal/render"
	"github.com/voltpark/platform/internal/service"
)

type Deps struct {
	Chargers      *service.ChargerService
	Sessions      *service.SessionService
	Tariffs       *service.TariffService
	Fleet         *service.FleetService
	Tickets       *service.TicketService
	Reports       *service.ReportService
	Diagnostics   *service.DiagnosticsService
	Firmware      *service.FirmwareService
	Invoices      *service.InvoiceService
	Staff         *service.StaffService
	Issuer        *auth.Issuer
	Kiosk         *auth.KioskCodec
	Renderer      *render.Renderer
	BillingURL    *url.URL
	PortalBaseURL string
}

type handlers struct {
	Deps
}

func NewRouter(d Deps) http.Handler {
	h := &handlers{Deps: d}
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.RealIP)
	r.Use(middleware.Logger)
	r.Use(middleware.Recoverer)
	r.Use(middleware.Timeout(60 * time.Second))
	r.Use(CORS)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })

	// Public endpoints.
	r.Get("/c/{serial}", h.qrLanding)
	r.Post("/auth/login", h.login)
	r.Post("/auth/logout", h.logout)
	r.Post("/auth/drivers", h.registerDriver)
	r.Post("/tickets/lookup", h.lookupTicket)

	r.Group(func(r chi.Router) {
		r.Use(RequireUser(d.Issuer))

		r.Route("/chargers", func(r chi.Router) {
			r.Get("/", h.listChargers)
			r.Get("/search", h.searchChargers)
			r.Route("/{chargerID}", func(r chi.Router) {
				r.Get("/", h.getCharger)
				r.Get("/photo", h.chargerPhoto)
				r.Get("/sessions", h.chargerSessions)
				r.Get("/diagnostics/traceroute", h.traceroute)
				r.Get("/diagnostics/ping", h.ping)
				r.Handle("/console/*", http.HandlerFunc(h.console))
			})
		})

		r.Route("/sessions", func(r chi.Router) {
			r.Get("/", h.listSessions)
			r.Post("/", h.startSession)
			r.Post("/{sessionID}/stop", h.stopSession)
			r.Put("/{sessionID}/note", h.setSessionNote)
			r.Get("/{sessionID}/receipt", h.sessionReceipt)
		})

		r.Route("/tariffs", func(r chi.Router) {
			r.Get("/", h.findTariffs)
			r.Patch("/{tariffID}", h.patchTariff)
		})

		r.Route("/fleet", func(r chi.Router) {
			r.Get("/directory", h.fleetDirectory)
			r.Put("/profile", h.updateFleetProfile)
			r.Post("/users", h.createFleetUser)
			r.Post("/webhooks/test", h.testWebhook)
			r.Put("/invoice-template", h.putInvoiceTemplate)
			r.Get("/invoices/preview", h.previewInvoice)
		})

		r.Route("/tickets", func(r chi.Router) {
			r.Get("/", h.listTickets)
			r.Post("/", h.createTicket)
			r.Post("/search", h.searchTickets)
			r.Get("/digest", h.ticketDigest)
		})

		r.Route("/reports", func(r chi.Router) {
			r.Post("/", h.requestReport)
			r.Get("/download", h.downloadReport)
			r.Get("/sessions.csv", h.exportSessions)
		})

		r.Route("/firmware", func(r chi.Router) {
			r.Post("/bundles", h.uploadFirmware)
			r.Post("/vendor-releases", h.importVendorRelease)
		})

		r.Mount("/billing", BillingProxy(d.BillingURL))
	})

	r.Group(func(r chi.Router) {
		r.Use(RequireTechnician)
		r.Get("/tech/tickets/{reference}", h.technicianTicket)
		r.Get("/tech/directory/{employeeID}", h.technicianProfile)
	})

	r.Group(func(r chi.Router) {
		r.Use(KioskSession(d.Kiosk))
		r.Post("/kiosk/sessions", h.kioskStart)
	})

	return r
}
