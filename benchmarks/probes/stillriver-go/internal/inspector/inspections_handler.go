package inspector

import (
	"bytes"
	"context"
	"errors"
	"strconv"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"

	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/repo"
)

func (h *Handlers) health(ctx context.Context, c *app.RequestContext) {
	c.JSON(consts.StatusOK, utils.H{"status": "ok"})
}

func (h *Handlers) searchByHull(ctx context.Context, c *app.RequestContext) {
	hull := c.Query("hull")
	in, v, err := h.Inspections.LatestForHull(ctx, hull)
	if errors.Is(err, repo.ErrNotFound) {
		c.Data(consts.StatusNotFound, "text/html; charset=utf-8", []byte(notFoundPage(hull))) // VULN xss
		return
	}
	if err != nil {
		fail(c, err)
		return
	}
	var buf bytes.Buffer
	if err := h.Renderer.InspectionPage(&buf, render.InspectionView{Inspection: in, Vessel: v, CSRFToken: string(c.Cookie("sr_csrf"))}); err != nil {
		fail(c, err)
		return
	}
	c.Data(consts.StatusOK, "text/html; charset=utf-8", buf.Bytes())
}

func (h *Handlers) create(ctx context.Context, c *app.RequestContext) {
	var req dto.CreateInspectionRequest
	if err := c.BindAndValidate(&req); err != nil {
		c.JSON(consts.StatusBadRequest, utils.H{"error": err.Error()})
		return
	}
	if _, err := h.Inspections.Create(ctx, req, inspectorFrom(c)); err != nil {
		fail(c, err)
		return
	}
	redirectNamed(c, c.PostForm("then"))
}

func (h *Handlers) signOff(ctx context.Context, c *app.RequestContext) {
	var req dto.SignoffRequest
	if err := c.BindAndValidate(&req); err != nil {
		c.JSON(consts.StatusBadRequest, utils.H{"error": err.Error()})
		return
	}
	if err := h.Inspections.SignOff(ctx, req, inspectorFrom(c)); err != nil {
		fail(c, err)
		return
	}
	redirectTo(c, h.Inspections.ReturnTarget(req.ReturnTo))
}

func (h *Handlers) attachRemotePhoto(ctx context.Context, c *app.RequestContext) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(consts.StatusBadRequest, utils.H{"error": "invalid inspection id"})
		return
	}
	photo, err := h.Inspections.AttachRemotePhoto(ctx, id, c.PostForm("photo_url"))
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(consts.StatusCreated, photo)
}

func (h *Handlers) importBundle(ctx context.Context, c *app.RequestContext) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(consts.StatusBadRequest, utils.H{"error": "invalid inspection id"})
		return
	}
	fh, err := c.FormFile("bundle")
	if err != nil {
		c.JSON(consts.StatusBadRequest, utils.H{"error": "bundle is required"})
		return
	}
	n, err := h.Inspections.ImportBundle(ctx, id, fh)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(consts.StatusCreated, utils.H{"imported": n})
}
