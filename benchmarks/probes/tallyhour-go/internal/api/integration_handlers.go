package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/tallyhour/tallyhour/internal/model"
	"github.com/tallyhour/tallyhour/internal/service"
)

func (h *Handlers) PreviewReminder(c *gin.Context) {
	mgr, err := h.Employees.GetByID(c.Request.Context(), currentEmployee(c))
	if err != nil {
		respond(c, 0, nil, err)
		return
	}
	sample := &model.Employee{FullName: "Alex Example", Email: "alex@example.com", Department: mgr.Department}
	out, err := h.Notify.PreviewReminder(c.PostForm("body"), service.ReminderData{
		Employee:    sample,
		Manager:     mgr,
		Period:      c.DefaultPostForm("period", "this week"),
		MissingDays: []string{"Mon", "Thu"},
	})
	if err != nil {
		badRequest(c, "template error: "+err.Error())
		return
	}
	c.String(http.StatusOK, out)
}

func (h *Handlers) Digest(c *gin.Context) {
	ctx := c.Request.Context()
	mgr, err := h.Employees.GetByID(ctx, currentEmployee(c))
	if err != nil {
		respond(c, 0, nil, err)
		return
	}
	pending, err := h.Timesheets.ListForApproval(ctx, mgr.ID, "date")
	out := ""
	if err == nil {
		out, err = h.Notify.WeeklyDigest(service.DigestData{Manager: mgr, Pending: pending})
	}
	respond(c, http.StatusOK, gin.H{"text": out}, err)
}

func (h *Handlers) TestWebhook(c *gin.Context) {
	var req struct {
		URL string `json:"url" binding:"required"`
	}
	if !hasRole(c, "admin") || c.ShouldBindJSON(&req) != nil {
		badRequest(c, "admin role and url are required")
		return
	}
	status, body, err := h.Integrations.TestWebhook(c.Request.Context(), req.URL)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": status, "response": body})
}

func (h *Handlers) SendNotice(c *gin.Context) {
	notice := service.Notice{Kind: "payroll", Period: c.PostForm("period"), Message: c.PostForm("message")}
	err := h.Integrations.DeliverNotice(c.Request.Context(), c.PostForm("endpoint"), notice)
	if err == service.ErrWebhookHost {
		badRequest(c, "endpoint is not an approved webhook host")
		return
	}
	respond(c, http.StatusAccepted, nil, err)
}
