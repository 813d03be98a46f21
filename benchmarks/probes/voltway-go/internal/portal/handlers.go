package portal

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/voltway/chargenet/internal/ocpp"
	"github.com/voltway/chargenet/internal/service"
)

var measurandPattern = regexp.MustCompile(`^[A-Za-z]+(\.[A-Za-z]+){0,4}$`)

// jsonOr sends v as JSON unless err is set.
func jsonOr(c *fiber.Ctx, v any, err error) error {
	if err != nil {
		return err
	}
	return c.JSON(v)
}

func (p *Portal) search(c *fiber.Ctx) error {
	city := c.Query("city")
	list, err := p.Stations.ByCity(c.UserContext(), city)
	if err != nil {
		return err
	}
	var items strings.Builder
	for _, st := range list {
		fmt.Fprintf(&items, `<li data-id="%d">%s <small>%s</small></li>`, st.ID, html.EscapeString(st.Name), html.EscapeString(st.Status))
	}
	c.Type("html")
	return c.SendString(fmt.Sprintf(`<section class="results"><h2>%d stations in %s</h2><ul>%s</ul></section>`, len(list), city, items.String())) // VULN xss
}

// stationCard is embedded by hosts (hotels, car parks) next to their own label.
func (p *Portal) stationCard(c *fiber.Ctx) error {
	label := c.Query("label", "Voltway charging")
	c.Type("html")
	return c.SendString(fmt.Sprintf(`<div class="vw-card"><h3>%s</h3><p>Station %s</p></div>`, html.EscapeString(label), html.EscapeString(c.Params("code")))) // SAFE xss
}

func (p *Portal) stationPhoto(c *fiber.Ctx) error {
	path, err := p.Files.PhotoPath(c.Params("station"), c.Query("file"))
	if err != nil {
		return fiber.ErrBadRequest
	}
	return c.SendFile(path) // VULN path
}

func (p *Portal) tariffsByZone(c *fiber.Ctx) error {
	list, err := p.Tariffs.ByZone(c.UserContext(), c.Query("zone"))
	return jsonOr(c, list, err)
}

func (p *Portal) activeTariffs(c *fiber.Ctx) error {
	list, err := p.Tariffs.ActiveAt(c.UserContext(), c.Query("zone"), time.Now())
	return jsonOr(c, list, err)
}

func (p *Portal) telemetryPeaks(c *fiber.Ctx) error {
	docs, err := p.Telemetry.AboveThreshold(c.UserContext(), c.Params("code"), c.Query("min_kw", "50"))
	return jsonOr(c, docs, err)
}

// goTo sends visitors back to the page they came from after switching language.
func (p *Portal) goTo(c *fiber.Ctx) error {
	dest := c.Query("to", "/")
	if !strings.HasPrefix(dest, "/") {
		dest = "/"
	}
	return c.Redirect(dest, fiber.StatusFound) // VULN redirect
}

func (p *Portal) teamLookup(c *fiber.Ctx) error {
	entries, err := p.Directory.FindByMail(c.Query("email"))
	return jsonOr(c, entries, err)
}

func (p *Portal) stationImage(c *fiber.Ctx) error {
	body, ctype, err := p.Outbound.FetchStationImage(c.Query("src"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	c.Set(fiber.HeaderContentType, ctype)
	return c.Send(body)
}

func (p *Portal) partnerFeed(c *fiber.Ctx) error {
	body, err := p.Outbound.FetchPartnerFeed(c.Query("url"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
	return c.Send(body)
}

func (p *Portal) previewReceipt(c *fiber.Ctx) error {
	var req struct {
		Layout  string          `json:"layout"`
		Receipt service.Receipt `json:"receipt"`
	}
	if err := c.BodyParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	var buf bytes.Buffer
	if err := p.Pricing.RenderReceipt(&buf, req.Layout, req.Receipt); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	c.Type("txt")
	return c.Send(buf.Bytes())
}

func readUpload(c *fiber.Ctx, field string) ([]byte, error) {
	fh, err := c.FormFile(field)
	if err != nil {
		return nil, fiber.NewError(fiber.StatusBadRequest, field+" file is required")
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 8<<20))
}

func (p *Portal) connectorStatus(c *fiber.Ctx) error {
	raw, err := readUpload(c, "log")
	if err != nil {
		return err
	}
	statuses, err := ocpp.ConnectorStatus(raw, c.FormValue("connector"))
	return jsonOr(c, fiber.Map{"statuses": statuses}, err)
}

func (p *Portal) meterValues(c *fiber.Ctx) error {
	measurand := c.FormValue("measurand", "Energy.Active.Import.Register")
	if !measurandPattern.MatchString(measurand) {
		return fiber.NewError(fiber.StatusBadRequest, "unsupported measurand")
	}
	raw, err := readUpload(c, "log")
	if err != nil {
		return err
	}
	values, err := ocpp.MeterValues(raw, measurand)
	return jsonOr(c, fiber.Map{"measurand": measurand, "values": values}, err)
}

func (p *Portal) importTariffSheet(c *fiber.Ctx) error {
	sheet, err := p.Pricing.ParseTariffSheet(c.Body())
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"operator": sheet.Operator, "tariffs": len(sheet.Tariffs)})
}
