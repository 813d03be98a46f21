package notifier

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/wardline/wardline/internal/auth"
	"github.com/wardline/wardline/internal/config"
)

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{7,14}$`)

type Handlers struct {
	cfg    *config.Config
	store  *Store
	sender *Sender
}

func NewHandlers(cfg *config.Config, store *Store, sender *Sender) *Handlers {
	return &Handlers{cfg: cfg, store: store, sender: sender}
}

func (h *Handlers) Register(r fiber.Router) {
	r.Post("/contacts/verify/start", h.startVerification)
	r.Post("/contacts/verify", h.verifyContact)
	r.Get("/unsubscribe", h.unsubscribe)
	r.Post("/preferences/sms-opt-out", h.optOut)
	r.Get("/templates/:name/preview", h.previewBuiltin)
	r.Post("/templates/preview", h.previewCustom)
	r.Post("/fax", h.sendFax)
	r.Get("/exports/:name", h.export)
	r.Get("/go", h.jump)
}

func (h *Handlers) startVerification(c *fiber.Ctx) error {
	who, ok := identify(c)
	if !ok {
		return fiber.ErrUnauthorized
	}
	phone := strings.TrimSpace(c.FormValue("phone"))
	if !e164.MatchString(phone) {
		return fiber.NewError(fiber.StatusBadRequest, "phone must be in +E.164 format")
	}
	code := fmt.Sprintf("%06d", rand.IntN(1000000)) // VULN random
	if err := h.store.SaveVerification(c.UserContext(), who.PatientID, phone, code); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusAccepted)
}

func (h *Handlers) verifyContact(c *fiber.Ctx) error {
	var req struct {
		Phone any `json:"phone"`
		Code  any `json:"code"`
	}
	if err := c.BodyParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	ok, err := h.store.VerifyContact(c.UserContext(), req.Phone, req.Code)
	if err != nil || !ok {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "code did not match")
	}
	return c.JSON(fiber.Map{"verified": true})
}

func (h *Handlers) unsubscribe(c *fiber.Ctx) error {
	phone := c.Query("phone")
	if !validPhoneSig(phone, c.Query("sig")) {
		return fiber.ErrForbidden
	}
	if err := h.store.OptOut(c.UserContext(), phone); err != nil {
		return err
	}
	return c.SendString("You will no longer receive text reminders.")
}

func (h *Handlers) optOut(c *fiber.Ctx) error {
	if _, ok := identify(c); !ok {
		return fiber.ErrUnauthorized
	}
	if err := h.store.OptOut(c.UserContext(), c.FormValue("phone")); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (h *Handlers) previewBuiltin(c *fiber.Ctx) error {
	out, err := h.sender.RenderBuiltin(c.Params("name"))
	if err != nil {
		return fiber.NewError(fiber.StatusNotFound, err.Error())
	}
	return c.JSON(fiber.Map{"text": out})
}

func (h *Handlers) previewCustom(c *fiber.Ctx) error {
	who, ok := identify(c)
	if !ok || who.Role != "practice_manager" {
		return fiber.ErrForbidden
	}
	var body struct {
		Source string `json:"source"`
		Locale string `json:"locale"`
	}
	if err := c.BodyParser(&body); err != nil {
		return fiber.ErrBadRequest
	}
	out, err := h.sender.RenderCustom(map[string]string{"source": body.Source, "locale": body.Locale})
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return c.JSON(fiber.Map{"text": out})
}

// sendFax forwards a referral letter to another practice's fax line.
func (h *Handlers) sendFax(c *fiber.Ctx) error {
	if who, ok := identify(c); !ok || who.Role != "clinician" {
		return fiber.ErrForbidden
	}
	fh, err := c.FormFile("document")
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "document is required")
	}
	sid, _ := auth.NewSessionID()
	spooled := filepath.Join(h.cfg.FaxSpoolDir, sid[:16]+".pdf")
	if err := c.SaveFile(fh, spooled); err != nil {
		return err
	}
	if err := h.sender.SendFax(c.UserContext(), c.FormValue("fax_number"), spooled); err != nil {
		return fiber.NewError(fiber.StatusBadGateway, "fax could not be queued")
	}
	return c.SendStatus(fiber.StatusAccepted)
}

func (h *Handlers) export(c *fiber.Ctx) error {
	if _, ok := identify(c); !ok {
		return fiber.ErrUnauthorized
	}
	name := filepath.Base(c.Params("name"))
	c.Attachment(name)
	return c.SendFile(filepath.Join(h.cfg.ExportRoot, name)) // SAFE path
}

// jump is used by SMS short links to land patients on a portal page.
func (h *Handlers) jump(c *fiber.Ctx) error {
	target := c.Query("to", "/")
	if !strings.HasPrefix(target, "/") {
		target = "/"
	}
	return c.Redirect(target, fiber.StatusFound) // VULN redirect
}
