package api

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tallyhour/tallyhour/internal/model"
	"github.com/tallyhour/tallyhour/internal/repository"
	"github.com/tallyhour/tallyhour/internal/service"
	"github.com/tallyhour/tallyhour/internal/util"
)

func parseDay(v string) time.Time {
	t, _ := time.Parse("2006-01-02", v)
	return t
}

func (h *Handlers) ListMyTimesheets(c *gin.Context) {
	entries, err := h.Timesheets.ListOwn(c.Request.Context(), service.ListOptions{
		EmployeeID: currentEmployee(c),
		From:       parseDay(c.Query("from")),
		To:         parseDay(c.Query("to")),
		Sort:       c.Query("sort"),
	})
	respond(c, http.StatusOK, entries, err)
}

func (h *Handlers) ListApprovals(c *gin.Context) {
	entries, err := h.Timesheets.ListForApproval(c.Request.Context(), currentEmployee(c), c.Query("sort"))
	respond(c, http.StatusOK, entries, err)
}

func (h *Handlers) ImportBundle(c *gin.Context) {
	fh, err := c.FormFile("bundle")
	if err != nil {
		badRequest(c, "bundle file is required")
		return
	}
	tmp, err := os.CreateTemp("", "tally-bundle-*")
	if err != nil {
		respond(c, 0, nil, err)
		return
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if err := c.SaveUploadedFile(fh, tmp.Name()); err != nil {
		respond(c, 0, nil, err)
		return
	}
	kind := strings.ToLower(filepath.Ext(fh.Filename))
	n, err := h.Timesheets.ImportBundle(c.Request.Context(), currentEmployee(c), tmp.Name(), kind)
	respond(c, http.StatusOK, gin.H{"imported": n}, err)
}

func (h *Handlers) importUpload(c *gin.Context, field string, load func(int64, io.Reader) (int, error)) {
	fh, err := c.FormFile(field)
	if err != nil {
		badRequest(c, field+" file is required")
		return
	}
	f, err := fh.Open()
	if err != nil {
		respond(c, 0, nil, err)
		return
	}
	defer f.Close()
	n, err := load(currentEmployee(c), f)
	respond(c, http.StatusOK, gin.H{"imported": n}, err)
}

func (h *Handlers) ImportClockExport(c *gin.Context) {
	h.importUpload(c, "export", func(emp int64, f io.Reader) (int, error) {
		return h.Timesheets.ImportClockExport(c.Request.Context(), emp, f)
	})
}

func (h *Handlers) ImportXML(c *gin.Context) {
	h.importUpload(c, "timesheet", func(emp int64, f io.Reader) (int, error) {
		return h.Timesheets.ImportXML(c.Request.Context(), emp, f)
	})
}

func (h *Handlers) LoadDraft(c *gin.Context) {
	raw, err := c.Cookie("th_draft")
	if err != nil || raw == "" {
		c.JSON(http.StatusOK, gin.H{"draft": nil})
		return
	}
	draft, err := util.DecodeDraft(raw)
	if err != nil {
		c.SetCookie("th_draft", "", -1, "/", "", true, true)
		draft = nil
	}
	c.JSON(http.StatusOK, gin.H{"draft": draft})
}

func (h *Handlers) SaveDraft(c *gin.Context) {
	var draft model.TimesheetDraft
	if err := c.ShouldBindJSON(&draft); err != nil {
		badRequest(c, "invalid draft")
		return
	}
	draft.EmployeeID = currentEmployee(c)
	encoded, err := util.EncodeDraft(&draft)
	if err == nil {
		c.SetCookie("th_draft", encoded, 14*24*3600, "/", "", true, true)
	}
	respond(c, http.StatusNoContent, nil, err)
}

func (h *Handlers) SearchAudit(c *gin.Context) {
	var q repository.AuditQuery
	if !hasRole(c, "manager", "admin") || c.ShouldBindJSON(&q) != nil {
		badRequest(c, "invalid audit query")
		return
	}
	events, err := h.Timesheets.SearchAudit(c.Request.Context(), q)
	respond(c, http.StatusOK, events, err)
}

func (h *Handlers) Overtime(c *gin.Context) {
	events, err := h.Timesheets.Overtime(c.Request.Context(), c.DefaultQuery("min_hours", "10"))
	respond(c, http.StatusOK, events, err)
}

func (h *Handlers) ScheduleOverruns(c *gin.Context) {
	events, err := h.Timesheets.ScheduleOverruns(c.Request.Context())
	respond(c, http.StatusOK, events, err)
}
