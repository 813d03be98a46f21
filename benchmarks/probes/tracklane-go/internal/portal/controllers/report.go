package controllers

import (
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/util"
)

// ReportController renders fleet reports and queues back-office jobs.
type ReportController struct {
	AuthenticatedController
}

// Index shows the fleet summary table.
func (c *ReportController) Index() {
	depot := c.GetString("depot")
	sort := c.GetString("sort")
	rows, err := deps.Reports.FleetSummary(c.Ctx.Request.Context(), depot, sort)
	if err != nil {
		c.renderError(http.StatusInternalServerError, "The report could not be loaded.")
		return
	}
	c.Data["Rows"] = rows
	c.Data["Depot"] = depot
	c.Data["Sort"] = sort
	c.TplName = "reports/index.tpl"
}

// Generate renders the fleet summary as a PDF download.
func (c *ReportController) Generate() {
	req := dto.ReportRequest{
		Title:     c.GetString("title"),
		Depot:     c.GetString("depot"),
		Sort:      c.GetString("sort"),
		Requester: c.Operator.DisplayName,
	}
	path, err := deps.Reports.GenerateFleetReport(c.Ctx.Request.Context(), req)
	if err != nil {
		log.Printf("fleet report: %v", err)
		c.renderError(http.StatusInternalServerError, "The PDF could not be generated.")
		return
	}
	c.Ctx.Output.Download(path, filepath.Base(path))
}

// Waybill extracts the text of an uploaded waybill scan for the consignment form.
func (c *ReportController) Waybill() {
	token, err := util.RandomToken(8)
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusInternalServerError)
		return
	}
	tmp := filepath.Join(os.TempDir(), "waybill-"+token+".pdf")
	if err := c.SaveToFile("waybill", tmp); err != nil {
		c.Ctx.Output.SetStatus(http.StatusBadRequest)
		c.Data["json"] = map[string]string{"error": "missing file"}
		c.ServeJSON()
		return
	}
	defer os.Remove(tmp)
	text, err := deps.Reports.ExtractWaybillText(c.Ctx.Request.Context(), tmp)
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusUnprocessableEntity)
		c.Data["json"] = map[string]string{"error": "not a readable PDF"}
		c.ServeJSON()
		return
	}
	c.Data["json"] = map[string]string{"text": text}
	c.ServeJSON()
}

// Archive queues a photo archive for a depot.
func (c *ReportController) Archive() {
	if !c.hasRole(domain.RoleDepotManager) {
		c.Ctx.Output.SetStatus(http.StatusForbidden)
		return
	}
	depotID, err := c.GetInt64("depot_id")
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusBadRequest)
		return
	}
	jobID, err := deps.Reports.RequestPhotoArchive(c.Ctx.Request.Context(), depotID, c.GetString("label"), c.Operator.Username)
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusBadRequest)
		c.Data["json"] = map[string]string{"error": err.Error()}
		c.ServeJSON()
		return
	}
	c.Data["json"] = map[string]string{"job_id": jobID}
	c.ServeJSON()
}

// Export queues a CSV export.
func (c *ReportController) Export() {
	jobID, err := deps.Reports.RequestExport(c.Ctx.Request.Context(), c.GetString("table"), c.Operator.Username)
	if err != nil {
		c.Ctx.Output.SetStatus(http.StatusInternalServerError)
		return
	}
	c.Data["json"] = map[string]string{"job_id": jobID}
	c.ServeJSON()
}
