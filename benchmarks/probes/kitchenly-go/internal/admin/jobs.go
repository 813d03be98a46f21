package admin

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"

	"github.com/kitchenly/kitchenly-api/internal/jobs"
)

var exportFormats = map[string]bool{"csv": true, "xlsx": true, "parquet": true}

type jobRequest struct {
	Kind      string `json:"kind" binding:"required"`
	KitchenID int64  `json:"kitchen_id" binding:"required"`
	Locale    string `json:"locale"`
	Format    string `json:"format"`
	From      string `json:"from"`
}

func (h *handlers) submitJob(c *gin.Context) {
	var req jobRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		badRequest(c, err.Error())
		return
	}
	job := jobs.Job{ID: uuid.NewString(), Kind: req.Kind, KitchenID: req.KitchenID, QueuedBy: c.GetString("staff_id")}
	switch req.Kind {
	case "reindex":
		job.Command = fmt.Sprintf("%s/kitchenly-search reindex --kitchen %d --locale %s", h.Config.ToolsDir, req.KitchenID, req.Locale)
	case "export":
		from, err := time.Parse(time.DateOnly, req.From)
		if err != nil || !exportFormats[req.Format] {
			badRequest(c, "export needs a supported format and a from date (YYYY-MM-DD)")
			return
		}
		job.Args = []string{"--kitchen", strconv.FormatInt(req.KitchenID, 10), "--format", req.Format, "--from", from.Format(time.DateOnly)}
	default:
		badRequest(c, "unknown job kind")
		return
	}
	respond(c, http.StatusAccepted, gin.H{"job_id": job.ID}, h.Runner.Submit(job))
}
