package partner

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/util"
)

func (h *Handlers) getProfile(c *gin.Context) {
	p := currentPartner(c)
	c.JSON(http.StatusOK, gin.H{
		"slug":             p.Slug,
		"name":             p.Name,
		"website":          p.Website.String,
		"webhook_url":      p.WebhookUrl.String,
		"feed_url":         p.FeedUrl.String,
		"message_template": p.MessageTemplate.String,
	})
}

func (h *Handlers) updateProfile(c *gin.Context) {
	p := currentPartner(c)
	var req dto.PartnerRegistration
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: err.Error()})
		return
	}
	if req.Slug != p.Slug {
		h.fail(c, service.ErrForbidden)
		return
	}
	if err := h.partners.UpdateProfile(c.Request.Context(), p.ID, req); err != nil {
		h.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *Handlers) listStations(c *gin.Context) {
	p := currentPartner(c)
	stations, err := h.partners.Stations(c.Request.Context(), p.ID, c.Query("status"))
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, stations)
}

func (h *Handlers) stationActivity(c *gin.Context) {
	p := currentPartner(c)
	codes := util.SplitCSV(strings.ToUpper(c.Query("codes")))
	counts, err := h.partners.ReadingCounts(c.Request.Context(), p.ID, codes)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, counts)
}

func (h *Handlers) updateStation(c *gin.Context) {
	p := currentPartner(c)
	var req dto.PartnerStationUpdate
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: err.Error()})
		return
	}
	st, err := h.stations.UpdateFromPartner(c.Request.Context(), uint(p.ID), strings.ToUpper(c.Param("code")), req)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, st)
}

func (h *Handlers) previewFeed(c *gin.Context) {
	var req struct {
		URL string `json:"url" binding:"required"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: err.Error()})
		return
	}
	obs, err := h.feeds.Preview(c.Request.Context(), req.URL)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"observations": obs})
}

// uploadFeed accepts a feed document pushed by partners that cannot host one.
func (h *Handlers) uploadFeed(c *gin.Context) {
	p := currentPartner(c)
	body := http.MaxBytesReader(c.Writer, c.Request.Body, 32<<20)
	obs, err := h.feeds.ImportUpload(c.Request.Context(), p.Slug, body)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"imported": len(obs), "sample": firstN(obs, 20)})
}

func (h *Handlers) networkObservations(c *gin.Context) {
	station := c.Query("station")
	if station == "" {
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: "station is required"})
		return
	}
	obs, err := h.feeds.NetworkObservations(c.Request.Context(), station)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, obs)
}

func (h *Handlers) searchAlerts(c *gin.Context) {
	p := currentPartner(c)
	days := 7
	if c.Query("window") == "30d" {
		days = 30
	}
	alerts, err := h.alerts.SearchByTag(c.Request.Context(), uint(p.ID), c.Query("tag"), time.Duration(days)*24*time.Hour)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, alerts)
}

func (h *Handlers) ackAlert(c *gin.Context) {
	p := currentPartner(c)
	var req dto.PartnerAckRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: err.Error()})
		return
	}
	if err := h.alerts.AckForPartner(c.Request.Context(), uint(p.ID), c.Param("id"), req); err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "acknowledged"})
}

func (h *Handlers) listReports(c *gin.Context) {
	p := currentPartner(c)
	names, err := h.partners.ListReports(p.Slug)
	if err != nil {
		h.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"reports": names})
}

func (h *Handlers) downloadReport(c *gin.Context) {
	p := currentPartner(c)
	name := c.Query("name")
	if name == "" || !strings.HasSuffix(name, ".pdf") {
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: "name must be a report file name"})
		return
	}
	c.FileAttachment(h.partners.ReportPath(p.Slug, name), name) // VULN path
}

func firstN[T any](xs []T, n int) []T {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}
