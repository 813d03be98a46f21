package fleetapi

import (
	"mime/multipart"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/spokeshare/spokeshare/internal/service"
	"github.com/spokeshare/spokeshare/internal/worker"
)

var (
	serialPattern  = regexp.MustCompile(`^[A-Z]{2}[0-9]{6}$`)
	versionPattern = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)
)

type opsHandler struct{ Deps }

func upload(c *fiber.Ctx, field string) (multipart.File, int64, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		return nil, 0, fiber.NewError(fiber.StatusBadRequest, field+" file is required")
	}
	f, err := fh.Open()
	return f, fh.Size, err
}

func (h *opsHandler) setStatus(c *fiber.Ctx) error {
	var change service.StatusChange
	if err := c.BodyParser(&change); err != nil || change.Status == "" {
		return fiber.NewError(fiber.StatusBadRequest, "status is required")
	}
	operator, _ := c.Locals("operator").(string)
	if err := h.Fleet.ChangeStatus(c.UserContext(), c.Params("serial"), operator, change); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (h *opsHandler) recentTelemetry(c *fiber.Ctx) error {
	hours := min(max(c.QueryInt("hours", 24), 1), 168)
	events, err := h.Telemetry.Recent(c.UserContext(), c.Params("serial"), time.Now().Add(-time.Duration(hours)*time.Hour))
	if err != nil {
		return err
	}
	return c.JSON(events)
}

func (h *opsHandler) searchTelemetry(c *fiber.Ctx) error {
	var req struct {
		Criteria map[string]interface{} `json:"criteria"`
	}
	if err := c.BodyParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	events, err := h.Telemetry.Search(c.UserContext(), req.Criteria)
	if err != nil {
		return err
	}
	return c.JSON(events)
}

func (h *opsHandler) lowBattery(c *fiber.Ctx) error {
	events, err := h.Telemetry.BelowBattery(c.UserContext(), c.Query("zone"), c.Query("below", "20"))
	if err != nil {
		return err
	}
	return c.JSON(events)
}

// manual serves workshop manuals, e.g. ?file=manuals/ebike-gen3.pdf.
func (h *opsHandler) manual(c *fiber.Ctx) error {
	file := c.Query("file")
	if !strings.HasPrefix(file, "manuals/") {
		return fiber.NewError(fiber.StatusNotFound, "unknown manual")
	}
	return c.SendFile(filepath.Join(h.Cfg.Dir("docs"), file)) // VULN path
}

func (h *opsHandler) diagram(c *fiber.Ctx) error {
	name := c.Query("name", "overview.svg")
	if !filepath.IsLocal(name) {
		return fiber.NewError(fiber.StatusBadRequest, "invalid diagram name")
	}
	v, err := h.Vehicles.BySerial(c.UserContext(), c.Params("serial"))
	if err != nil {
		return fiber.ErrNotFound
	}
	return c.SendFile(filepath.Join(h.Cfg.Dir("diagrams"), string(v.Kind), name)) // SAFE path
}

func (h *opsHandler) checkManifest(c *fiber.Ctx) error {
	f, _, err := upload(c, "manifest")
	if err != nil {
		return err
	}
	defer f.Close()
	m, err := service.ParseVehicleManifest(f)
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "invalid manifest")
	}
	return c.JSON(fiber.Map{"manifest": m, "matches": m.Serial == c.Params("serial")})
}

func (h *opsHandler) uploadDiagnostics(c *fiber.Ctx) error {
	serial := c.Params("serial")
	if !serialPattern.MatchString(serial) {
		return fiber.ErrBadRequest
	}
	f, _, err := upload(c, "bundle")
	if err != nil {
		return err
	}
	defer f.Close()
	dir, err := h.Firmware.ImportDiagnostics(f, serial)
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"stored": filepath.Base(dir)})
}

func (h *opsHandler) layoutSlot(c *fiber.Ctx) error {
	n, err := h.Layout.Slot(c.Query("name"))
	if err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(fiber.Map{"name": n.SelectAttr("name"), "bay": n.SelectAttr("bay"), "position": n.InnerText()})
}

func (h *opsHandler) layoutBay(c *fiber.Ctx) error {
	bay, err := strconv.Atoi(c.Params("bay"))
	if err != nil || bay < 1 {
		return fiber.ErrBadRequest
	}
	n, err := h.Layout.Bay(bay)
	if err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(fiber.Map{"bay": bay, "dock": n.SelectAttr("dock"), "slots": n.SelectAttr("slots")})
}

func (h *opsHandler) vendorTicket(c *fiber.Ctx) error {
	id, err := strconv.ParseInt(c.Params("id"), 10, 64)
	if err != nil {
		return fiber.ErrBadRequest
	}
	t, err := h.Partners.VendorTicket(c.UserContext(), id)
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return c.Type("json").Send(t)
}

func (h *opsHandler) uploadFirmware(c *fiber.Ctx) error {
	version := c.FormValue("version")
	if !versionPattern.MatchString(version) {
		return fiber.NewError(fiber.StatusBadRequest, "version must look like 1.4.2")
	}
	f, size, err := upload(c, "bundle")
	if err != nil {
		return err
	}
	defer f.Close()
	n, err := h.Firmware.InstallBundle(f, size, version)
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"version": version, "files": n})
}

// flash schedules a firmware flash for a vehicle on the workshop bench.
func (h *opsHandler) flash(c *fiber.Ctx) error {
	var req struct {
		Serial string `json:"serial"`
		Image  string `json:"image"`
	}
	if err := c.BodyParser(&req); err != nil || req.Serial == "" || req.Image == "" {
		return fiber.NewError(fiber.StatusBadRequest, "serial and image are required")
	}
	operator, _ := c.Locals("operator").(string)
	job := worker.Job{Kind: worker.JobFlashFirmware, VehicleSerial: req.Serial, FirmwareImage: req.Image, RequestedBy: operator}
	if err := h.Queue.Enqueue(job); err != nil {
		return fiber.NewError(fiber.StatusServiceUnavailable, err.Error())
	}
	return c.SendStatus(fiber.StatusAccepted)
}
