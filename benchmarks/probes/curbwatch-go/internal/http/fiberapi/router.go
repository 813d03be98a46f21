package fiberapi

import (
	"errors"
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/middleware"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/service"
	"github.com/curbwatch/curbwatch/internal/validate"
)

// Handlers hosts the public citations API, the handheld API and the supervisor console login.
type Handlers struct {
	Citations *service.CitationService
	Appeals   *service.AppealService
	Evidence  *service.EvidenceService
	Handheld  *service.HandheldService
	Officers  *service.OfficerService
	Notices   *service.NoticeService
	Tokens    *auth.TokenService
	Log       *slog.Logger
}

// NewApp builds the Fiber application.
func NewApp(h *Handlers, corsSuffix string) *fiber.App {
	app := fiber.New(fiber.Config{
		AppName:      "curbwatch-citations",
		BodyLimit:    64 << 20,
		ErrorHandler: h.errorHandler,
	})
	app.Use(middleware.FiberCORS(corsSuffix))

	api := app.Group("/api")
	api.Get("/citations", h.searchCitations)
	api.Post("/appeals", h.submitAppeal)
	api.Get("/officers/verify", h.verifyOfficer)

	pay := api.Group("/pay", middleware.CitizenAuth(h.Tokens))
	pay.Get("/citations/:id", h.getCitation)
	pay.Get("/citations/:id/photos", h.citationPhoto)
	pay.Post("/payments", h.pay)
	pay.Get("/payments/:paymentId/receipt", h.receipt)

	device := api.Group("/handheld", middleware.DeviceAuth(h.Tokens))
	device.Post("/citations", h.issueCitation)
	device.Post("/evidence", h.uploadEvidence)
	device.Post("/bundles", h.uploadBundle)
	device.Get("/tickets", h.ticketsOnStreet)
	device.Get("/plates/:plate", h.ticketsForPlate)

	app.Post("/console/login", h.login)
	console := app.Group("/console/api", middleware.StaffAuth(h.Tokens, "supervisor"))
	console.Get("/citations/:id", h.staffCitation)
	return app
}

func (h *Handlers) errorHandler(c *fiber.Ctx, err error) error {
	var fe *fiber.Error
	switch {
	case errors.As(err, &fe):
		return c.Status(fe.Code).JSON(fiber.Map{"error": fe.Message})
	case errors.Is(err, repository.ErrNotFound):
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "not found"})
	case errors.Is(err, validate.ErrInvalid):
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
	}
	h.Log.Error("request failed", "path", c.Path(), "err", err)
	return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "internal error"})
}
