package controllers

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/revel/revel"

	"github.com/orchardgate/orchardgate/internal/backup"
	"github.com/orchardgate/orchardgate/internal/reports"
)

// Back-office dependencies, installed by the back-office entry point before
// revel.Run is called.
var (
	EntReports    *reports.EntReports
	PickupReports *reports.PickupReports
	Exporter      *backup.Exporter
	ExportDir     string
)

func init() {
	revel.OnAppStart(func() {
		if ExportDir == "" {
			ExportDir = revel.Config.StringDefault("orchardgate.export_dir", "/var/lib/orchardgate/exports")
		}
	})
}

// Reports serves the back-office settlement reports and exports.
type Reports struct {
	*revel.Controller
}

func (c Reports) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

// Settlement returns the settlement lines for a season label.
func (c Reports) Settlement() revel.Result {
	ctx, cancel := c.ctx()
	defer cancel()
	rows, err := EntReports.SettlementBySeason(ctx, c.Params.Get("season"))
	if err != nil {
		c.Response.Status = http.StatusInternalServerError
		return c.RenderJSON(map[string]string{"error": "report failed"})
	}
	return c.RenderJSON(rows)
}

// Variety returns the per-grower breakdown for a variety.
func (c Reports) Variety() revel.Result {
	ctx, cancel := c.ctx()
	defer cancel()
	season, err := strconv.Atoi(c.Params.Route.Get("season"))
	if err != nil {
		c.Response.Status = http.StatusBadRequest
		return c.RenderJSON(map[string]string{"error": "season must be a year"})
	}
	rows, err := EntReports.VarietyBreakdown(ctx, season, c.Params.Get("variety"))
	if err != nil {
		c.Response.Status = http.StatusInternalServerError
		return c.RenderJSON(map[string]string{"error": "report failed"})
	}
	return c.RenderJSON(rows)
}

// Top returns the heaviest suppliers of a season.
func (c Reports) Top() revel.Result {
	ctx, cancel := c.ctx()
	defer cancel()
	season, _ := strconv.Atoi(c.Params.Route.Get("season"))
	rows, err := EntReports.TopGrowers(ctx, season, c.Params.Get("limit"))
	if err != nil {
		c.Response.Status = http.StatusInternalServerError
		return c.RenderJSON(map[string]string{"error": "report failed"})
	}
	return c.RenderJSON(rows)
}

// ExportCSV exports a table as gzip'd CSV for the accountants.
func (c Reports) ExportCSV() revel.Result {
	ctx, cancel := c.ctx()
	defer cancel()
	file, err := Exporter.ExportCSV(ctx, c.Params.Route.Get("table"))
	if err != nil {
		c.Response.Status = http.StatusBadRequest
		return c.RenderJSON(map[string]string{"error": err.Error()})
	}
	return c.RenderJSON(map[string]string{"file": filepath.Base(file)})
}

// Dump writes a pg_dump of one table.
func (c Reports) Dump() revel.Result {
	ctx, cancel := c.ctx()
	defer cancel()
	file, err := Exporter.DumpTable(ctx, c.Params.Route.Get("table"))
	if err != nil {
		c.Response.Status = http.StatusBadRequest
		return c.RenderJSON(map[string]string{"error": err.Error()})
	}
	return c.RenderJSON(map[string]string{"file": filepath.Base(file)})
}

// Download sends an export file to the browser.
func (c Reports) Download() revel.Result {
	name := c.Params.Get("file")
	return c.RenderFileName(Exporter.ExportPath(name), revel.Attachment) // VULN path
}

// Latest sends the most recent export of a table.
func (c Reports) Latest() revel.Result {
	table := filepath.Base(c.Params.Route.Get("table"))
	matches, _ := filepath.Glob(filepath.Join(ExportDir, table+"-*"))
	if len(matches) == 0 {
		return c.NotFound("no export for %s", table)
	}
	sort.Strings(matches)
	latest := filepath.Join(ExportDir, filepath.Base(matches[len(matches)-1]))
	if _, err := os.Stat(latest); err != nil {
		return c.NotFound("export missing")
	}
	return c.RenderFileName(latest, revel.Attachment) // SAFE path
}
