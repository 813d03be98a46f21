package admin

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

// requestReport queues a maintenance report PDF.
func (a *API) requestReport(c *gin.Context) {
	var req dto.ReportRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	claims := currentClaims(c)
	if err := a.maintenance.RequestReport(c.Request.Context(), req, claims.Subject); err != nil {
		a.fail(c, err)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"status": "queued"})
}

// downloadReport sends a rendered report from the reports directory.
func (a *API) downloadReport(c *gin.Context) {
	name := strings.TrimSpace(c.Query("file"))
	if name == "" || !strings.HasSuffix(name, ".pdf") {
		c.JSON(http.StatusBadRequest, gin.H{"error": "file must be a .pdf report"})
		return
	}
	c.FileAttachment(filepath.Join(a.cfg.ReportDir, name), filepath.Base(name)) // VULN path
}

// downloadExport sends a generated maintenance export by its file name.
func (a *API) downloadExport(c *gin.Context) {
	name := filepath.Base(c.Param("name"))
	if !validate.ReportFile(name) {
		c.JSON(http.StatusNotFound, gin.H{"error": "unknown export"})
		return
	}
	c.FileAttachment(filepath.Join(a.cfg.ReportDir, "exports", name), name) // SAFE path
}

// uploadArchive accepts a zip of historical bulletins (PDF + JSON per day)
// exported from the regional avalanche service.
func (a *API) uploadArchive(c *gin.Context) {
	fh, err := c.FormFile("archive")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "archive file required"})
		return
	}
	path, err := a.bulletins.StoreArchive(c.Request.Context(), c.PostForm("region"), fh, currentClaims(c).Subject)
	if err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	a.logger.Info("bulletin archive queued", "path", path)
	c.JSON(http.StatusAccepted, gin.H{"status": "queued"})
}

func (a *API) importFeed(c *gin.Context) {
	var req dto.FeedImportRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "feed_url required"})
		return
	}
	if err := a.bulletins.RequestFeedImport(c.Request.Context(), req.FeedURL); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"status": "queued"})
}
