package fiberapi

import (
	"os"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/middleware"
	"github.com/curbwatch/curbwatch/internal/service"
)

// POST /api/handheld/evidence (multipart: citation_id, batch_id, file)
func (h *Handlers) uploadEvidence(c *fiber.Ctx) error {
	claims := middleware.DeviceClaims(c)
	citationID, err := strconv.ParseInt(c.FormValue("citation_id"), 10, 64)
	if err != nil || citationID <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "citation_id required")
	}
	batchID := strings.TrimSpace(c.FormValue("batch_id"))
	if batchID == "" || len(batchID) > 128 || strings.Contains(batchID, "..") || strings.ContainsAny(batchID, `/\`) {
		return fiber.NewError(fiber.StatusBadRequest, "invalid batch_id")
	}
	fh, err := c.FormFile("file")
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "file required")
	}
	kind, ok := service.ArchiveKind(fh.Filename)
	if !ok {
		return fiber.NewError(fiber.StatusUnsupportedMediaType, "expected .zip, .tar.gz or a photo")
	}
	dest, err := h.Evidence.IncomingPath(citationID, kind)
	if err != nil {
		return err
	}
	if err := c.SaveFile(fh, dest); err != nil {
		return err
	}
	ev := dto.EvidenceReceived{
		BatchID:      batchID,
		CitationID:   citationID,
		DeviceSerial: claims.DeviceSerial,
		ArchivePath:  dest,
		ArchiveKind:  kind,
		PhotoName:    fh.Filename,
	}
	if err := h.Evidence.Announce(c.UserContext(), ev); err != nil {
		os.Remove(dest)
		return err
	}
	return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"batch_id": batchID, "status": "queued"})
}

// POST /api/handheld/bundles (multipart: file)
func (h *Handlers) uploadBundle(c *fiber.Ctx) error {
	claims := middleware.DeviceClaims(c)
	fh, err := c.FormFile("file")
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "file required")
	}
	if kind, _ := service.ArchiveKind(fh.Filename); kind != "zip" {
		return fiber.NewError(fiber.StatusUnsupportedMediaType, "bundle must be a .zip")
	}
	dest, err := h.Evidence.IncomingPath(0, "zip")
	if err != nil {
		return err
	}
	if err := c.SaveFile(fh, dest); err != nil {
		return err
	}
	defer os.Remove(dest)
	n, err := h.Handheld.ImportBundle(c.UserContext(), dest, claims)
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(fiber.Map{"tickets": n})
}

// GET /api/handheld/tickets?street=
func (h *Handlers) ticketsOnStreet(c *fiber.Ctx) error {
	street := c.Query("street")
	if street == "" {
		return fiber.NewError(fiber.StatusBadRequest, "street required")
	}
	tickets, err := h.Handheld.TicketsOnStreet(middleware.DeviceClaims(c), street)
	if err != nil {
		return err
	}
	return c.JSON(tickets)
}

// GET /api/handheld/plates/:plate
func (h *Handlers) ticketsForPlate(c *fiber.Ctx) error {
	tickets, err := h.Handheld.TicketsForPlate(middleware.DeviceClaims(c), c.Params("plate"))
	if err != nil {
		return err
	}
	return c.JSON(tickets)
}
