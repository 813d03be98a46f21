package admin

import (
	"bytes"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/kitchenly/kitchenly-api/internal/service"
)

var consolePages = map[string]bool{
	"/console/orders":   true,
	"/console/kitchens": true,
	"/console/refunds":  true,
	"/console/content":  true,
}

func (h *handlers) previewBanner(c *gin.Context) {
	var buf bytes.Buffer
	if err := h.Services.Notifications.RenderBanner(&buf, c.PostForm("title"), c.PostForm("body")); err != nil {
		c.String(http.StatusInternalServerError, "could not render banner")
		return
	}
	c.Data(http.StatusOK, "text/html; charset=utf-8", buf.Bytes())
}

func (h *handlers) previewCampaign(c *gin.Context) {
	sample := service.CampaignData{FirstName: "Alex", Kitchen: c.PostForm("kitchen"), PromoCode: "PREVIEW10", ExpiresAt: time.Now().AddDate(0, 0, 7)}
	out, err := h.Services.Notifications.RenderCampaign(c.PostForm("template"), sample)
	respond(c, http.StatusOK, gin.H{"preview": out}, err)
}

func (h *handlers) backToConsole(c *gin.Context) {
	next := c.Query("next")
	if !consolePages[next] {
		next = "/console/orders"
	}
	c.Redirect(http.StatusFound, next) // SAFE redirect
}
