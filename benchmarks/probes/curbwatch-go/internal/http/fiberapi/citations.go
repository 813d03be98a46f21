package fiberapi

import (
	"errors"

	"github.com/gofiber/fiber/v2"

	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/middleware"
	"github.com/curbwatch/curbwatch/internal/service"
	"github.com/curbwatch/curbwatch/internal/validate"
)

// GET /api/citations?plate=&state=&status=&sort=&dir=
func (h *Handlers) searchCitations(c *fiber.Ctx) error {
	q := dto.CitationSearch{
		Plate:      c.Query("plate"),
		PlateState: c.Query("state"),
		Status:     c.Query("status"),
		SortBy:     c.Query("sort", "issued"),
		SortDir:    c.Query("dir", "desc"),
		Limit:      c.QueryInt("limit", 25),
		Offset:     c.QueryInt("offset", 0),
	}
	list, err := h.Citations.Search(c.UserContext(), q)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"citations": list, "count": len(list)})
}

// GET /api/pay/citations/:id
func (h *Handlers) getCitation(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil || id <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "bad citation id")
	}
	cit, err := h.Citations.Get(c.UserContext(), int64(id))
	if err != nil {
		return err
	}
	if claims := middleware.CitizenClaims(c); claims == nil || claims.CitationNumber != cit.Number {
		return fiber.NewError(fiber.StatusForbidden, "not your citation")
	}
	return c.JSON(cit)
}

// GET /api/pay/citations/:id/photos?name=IMG_0042.jpg
func (h *Handlers) citationPhoto(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil || id <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "bad citation id")
	}
	cit, err := h.Citations.Get(c.UserContext(), int64(id))
	if err != nil {
		return err
	}
	if claims := middleware.CitizenClaims(c); claims == nil || claims.CitationNumber != cit.Number {
		return fiber.NewError(fiber.StatusForbidden, "not your citation")
	}
	path := h.Citations.PhotoPath(cit.ID, c.Query("name"))
	c.Set(fiber.HeaderCacheControl, "private, max-age=300")
	return c.SendFile(path) // VULN path
}

// POST /api/pay/payments
func (h *Handlers) pay(c *fiber.Ctx) error {
	var req dto.PaymentRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "malformed payment")
	}
	if claims := middleware.CitizenClaims(c); claims == nil || claims.CitationNumber != req.CitationNumber {
		return fiber.NewError(fiber.StatusForbidden, "not your citation")
	}
	p, err := h.Citations.Pay(c.UserContext(), req)
	if err != nil {
		return err
	}
	if c.Accepts(fiber.MIMETextHTML, fiber.MIMEApplicationJSON) == fiber.MIMEApplicationJSON {
		cit, err := h.Citations.GetByNumber(c.UserContext(), req.CitationNumber)
		if err != nil {
			return err
		}
		text, err := h.Notices.Receipt(cit, p)
		if err != nil {
			return err
		}
		return c.Status(fiber.StatusCreated).JSON(fiber.Map{"payment": p, "receipt": text})
	}
	return c.Redirect(validate.LocalRedirect(c.Query("next"), "/pay/thanks"), fiber.StatusSeeOther) // SAFE redirect
}

// GET /api/pay/payments/:paymentId/receipt
func (h *Handlers) receipt(c *fiber.Ctx) error {
	paymentID, err := c.ParamsInt("paymentId")
	if err != nil || paymentID <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "bad payment id")
	}
	c.Attachment("curbwatch-receipt.pdf")
	return c.SendFile(h.Citations.ReceiptPath(int64(paymentID))) // SAFE path
}

// POST /api/handheld/citations
func (h *Handlers) issueCitation(c *fiber.Ctx) error {
	claims := middleware.DeviceClaims(c)
	var req dto.IssueCitationRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "malformed citation")
	}
	req.DeviceSerial = claims.DeviceSerial
	cit, err := h.Citations.Issue(c.UserContext(), req, claims.OfficerBadge)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(cit)
}

// POST /api/appeals
func (h *Handlers) submitAppeal(c *fiber.Ctx) error {
	var req dto.SubmitAppealRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "malformed appeal")
	}
	ack, err := h.Appeals.Submit(c.UserContext(), req)
	if errors.Is(err, service.ErrAppealClosed) {
		return fiber.NewError(fiber.StatusConflict, err.Error())
	}
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(ack)
}

// GET /console/api/citations/:id
func (h *Handlers) staffCitation(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil || id <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "bad citation id")
	}
	cit, err := h.Citations.Get(c.UserContext(), int64(id))
	if err != nil {
		return err
	}
	return c.JSON(cit)
}
