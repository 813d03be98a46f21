package handlers

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/labstack/echo/v4"

	"github.com/acme-fin/ledgerdesk/internal/store"
	"github.com/acme-fin/ledgerdesk/internal/util"
)

const ratesEndpoint = "https://rates.ledgerdesk.io/v2/rates?base="

var supportedCurrencies = map[string]bool{
	"USD": true,
	"EUR": true,
	"GBP": true,
	"CHF": true,
	"JPY": true,
}

// ScheduledReport describes a report that is generated on a cron schedule.
type ScheduledReport struct {
	Name       string
	Cron       string
	Recipients []string
	Format     string
}

// AdhocReport is a one-off report queued from the UI.
type AdhocReport struct {
	Name  string
	From  time.Time
	Until time.Time
}

func init() {
	gob.Register(ScheduledReport{})
	gob.Register(AdhocReport{})
}

// Reports serves the reporting API used by the analytics front end.
type Reports struct {
	Store       *store.Store
	OutDir      string
	StateDir    string
	TemplateDir string
	Client      *http.Client

	catalog  map[string]ScheduledReport
	defaults []ScheduledReport
}

// NewReports wires the reporting service and loads the shipped schedule defaults.
func NewReports(st *store.Store, outDir, stateDir, templateDir string, client *http.Client) (*Reports, error) {
	r := &Reports{Store: st, OutDir: outDir, StateDir: stateDir, TemplateDir: templateDir, Client: client, catalog: map[string]ScheduledReport{}}
	if err := r.loadDefaults(); err != nil {
		return nil, err
	}
	for _, d := range r.defaults {
		r.catalog[d.Name] = d
	}
	return r, nil
}

func (r *Reports) loadDefaults() error {
	f, err := os.Open(filepath.Join(r.StateDir, "schedule-defaults.gob"))
	if err != nil {
		return err
	}
	defer f.Close()
	return gob.NewDecoder(f).Decode(&r.defaults) // SAFE deserialization
}

func tenantFromToken(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := strings.TrimPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
		if raw == "" {
			if ck, err := c.Cookie("rp_token"); err == nil {
				raw = ck.Value
			}
		}
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt-unverified
			return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
		}
		tenant, _ := claims["tenant"].(string)
		if tenant == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "token has no tenant")
		}
		c.Set("tenant", tenant)
		return next(c)
	}
}

// Register mounts the reporting routes on an Echo instance.
func (r *Reports) Register(e *echo.Echo) {
	e.GET("/reports/done", r.AfterExport)
	e.GET("/reports/lookup", r.ReportByName)

	api := e.Group("/api/reports", tenantFromToken)
	api.GET("/grid", r.Grid)
	api.GET("/export.csv", r.Export)
	api.POST("/exporters/run", r.RunExporter)
	api.GET("/files/:id", r.Download)
	api.POST("/webhooks/ping", r.PingWebhook)
	api.GET("/rates/:currency", r.Rates)
	api.POST("/schedules/import", r.ImportSchedule)
	api.POST("/templates", r.UploadTemplates)
}

func (r *Reports) Grid(c echo.Context) error {
	rows, err := r.Store.ReportRows(c.Request().Context(), c.QueryParam("sort"), c.QueryParam("dir") == "desc")
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "report query failed")
	}
	return c.JSON(http.StatusOK, echo.Map{"tenant": c.Get("tenant"), "rows": rows})
}

func (r *Reports) Export(c echo.Context) error {
	rows, err := r.Store.ExportRows(c.Request().Context(), c.QueryParam("order"))
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "export failed")
	}
	c.Response().Header().Set(echo.HeaderContentType, "text/csv")
	c.Response().Header().Set(echo.HeaderContentDisposition, `attachment; filename="invoices.csv"`)
	w := csv.NewWriter(c.Response())
	w.Write([]string{"id", "number", "customer", "amount_cents", "status", "issued_at"})
	for _, inv := range rows {
		w.Write([]string{strconv.FormatInt(inv.ID, 10), inv.Number, inv.CustomerID, strconv.FormatInt(inv.AmountCents, 10), inv.Status, inv.IssuedAt.Format(time.RFC3339)})
	}
	w.Flush()
	return w.Error()
}

func (r *Reports) RunExporter(c echo.Context) error {
	prog := c.FormValue("exporter")
	args := strings.Fields(c.FormValue("args"))
	out, err := exec.Command(prog, args...).CombinedOutput() // VULN command-injection
	if err != nil {
		return c.JSON(http.StatusBadGateway, echo.Map{"error": "exporter failed", "output": string(out)})
	}
	return c.JSON(http.StatusOK, echo.Map{"output": string(out)})
}

func (r *Reports) Download(c echo.Context) error {
	id, err := uuid.Parse(c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "report not found")
	}
	return c.Attachment(filepath.Join(r.OutDir, id.String()+".pdf"), "report.pdf") // SAFE path-traversal
}

type webhookPing struct {
	CallbackURL string `json:"callback_url"`
	Event       string `json:"event"`
}

func (r *Reports) PingWebhook(c echo.Context) error {
	var req webhookPing
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid request")
	}
	data, _ := json.Marshal(map[string]string{"event": req.Event, "sent_at": time.Now().UTC().Format(time.RFC3339)})
	envelope, _ := json.Marshal(map[string]interface{}{"data": json.RawMessage(data), "signature": util.SignWebhook(data)})
	resp, err := r.Client.Post(req.CallbackURL, "application/json", bytes.NewReader(envelope)) // VULN ssrf
	if err != nil {
		return c.JSON(http.StatusBadGateway, echo.Map{"delivered": false, "error": err.Error()})
	}
	defer resp.Body.Close()
	preview, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return c.JSON(http.StatusOK, echo.Map{"delivered": true, "status": resp.StatusCode, "body": string(preview)})
}

func (r *Reports) Rates(c echo.Context) error {
	cur := strings.ToUpper(c.Param("currency"))
	if !supportedCurrencies[cur] {
		return echo.NewHTTPError(http.StatusBadRequest, "unsupported currency")
	}
	resp, err := r.Client.Get(ratesEndpoint + cur) // SAFE ssrf
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "rates unavailable")
	}
	defer resp.Body.Close()
	return c.Stream(http.StatusOK, echo.MIMEApplicationJSON, resp.Body)
}

func (r *Reports) ReportByName(c echo.Context) error {
	name := c.QueryParam("name")
	rep, ok := r.catalog[name]
	if !ok {
		if strings.Contains(c.Request().Header.Get(echo.HeaderAccept), "text/html") {
			return c.HTML(http.StatusNotFound, "<div class=\"empty\">No report called "+name+"</div>") // VULN xss
		}
		return c.JSON(http.StatusNotFound, echo.Map{"error": "no report called " + name}) // SAFE xss
	}
	return c.JSON(http.StatusOK, rep)
}

func (r *Reports) AfterExport(c echo.Context) error {
	return c.Redirect(http.StatusSeeOther, c.QueryParam("next")) // VULN open-redirect
}

func (r *Reports) ImportSchedule(c echo.Context) error {
	var payload interface{}
	if err := gob.NewDecoder(c.Request().Body).Decode(&payload); err != nil { // VULN deserialization
		return echo.NewHTTPError(http.StatusBadRequest, "malformed schedule")
	}
	sched, ok := payload.(ScheduledReport)
	if !ok {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "not a scheduled report")
	}
	r.catalog[sched.Name] = sched
	return c.JSON(http.StatusCreated, sched)
}

func (r *Reports) UploadTemplates(c echo.Context) error {
	fh, err := c.FormFile("pack")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "template pack missing")
	}
	f, err := fh.Open()
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "template pack unreadable")
	}
	defer f.Close()
	zr, err := zip.NewReader(f, fh.Size)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "template pack is not a zip file")
	}
	dest := filepath.Join(r.TemplateDir, uuid.NewString())
	if err := unpackTemplates(zr, dest); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, echo.Map{"directory": filepath.Base(dest), "files": len(zr.File)})
}

func unpackTemplates(zr *zip.Reader, dest string) error {
	root, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		target := filepath.Join(root, f.Name)
		if !strings.HasPrefix(target, root+string(os.PathSeparator)) {
			return fmt.Errorf("entry %q escapes the template directory", f.Name)
		}
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o750); err != nil {
				return err
			}
			continue
		}
		if !f.Mode().IsRegular() {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return err
		}
		src, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o640) // SAFE path-traversal
		if err != nil {
			src.Close()
			return err
		}
		_, err = io.Copy(out, io.LimitReader(src, 5<<20))
		src.Close()
		out.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
