package inspector

import (
	"context"
	"errors"
	"html"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"

	"github.com/stillriver/stillriver/internal/netdiag"
)

func (h *Handlers) keepersByUID(ctx context.Context, c *app.RequestContext) {
	uid := strings.TrimSpace(c.Query("uid"))
	if uid == "" {
		c.JSON(consts.StatusBadRequest, utils.H{"error": "uid is required"})
		return
	}
	keepers, err := h.Directory.FindByUID(uid)
	if err != nil {
		c.JSON(consts.StatusBadGateway, utils.H{"error": "directory unavailable"})
		return
	}
	c.JSON(consts.StatusOK, keepers)
}

func (h *Handlers) keepersByMail(ctx context.Context, c *app.RequestContext) {
	keepers, err := h.Directory.FindByMail(c.Query("mail"))
	if err != nil {
		c.JSON(consts.StatusBadGateway, utils.H{"error": "directory unavailable"})
		return
	}
	c.JSON(consts.StatusOK, keepers)
}

func (h *Handlers) ping(ctx context.Context, c *app.RequestContext) {
	out, err := netdiag.Ping(ctx, c.Query("host"))
	if errors.Is(err, netdiag.ErrBadHost) {
		c.JSON(consts.StatusBadRequest, utils.H{"error": err.Error()})
		return
	}
	c.JSON(consts.StatusOK, utils.H{"reachable": err == nil, "output": out})
}

func (h *Handlers) trace(ctx context.Context, c *app.RequestContext) {
	host := c.PostForm("host")
	out, err := netdiag.Trace(ctx, host)
	if errors.Is(err, netdiag.ErrBadHost) {
		c.JSON(consts.StatusBadRequest, utils.H{"error": err.Error()})
		return
	}
	page := "<!DOCTYPE html><html><body><h1>Traceroute to " + html.EscapeString(host) + "</h1><pre>" + html.EscapeString(out) + "</pre></body></html>"
	c.Data(consts.StatusOK, "text/html; charset=utf-8", []byte(page)) // SAFE xss
}
