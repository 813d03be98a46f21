package inspector

import (
	"context"
	"strconv"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"

	"github.com/stillriver/stillriver/internal/dto"
)

func (h *Handlers) summary(ctx context.Context, c *app.RequestContext) {
	f := dto.SummaryFilter{
		District: c.Query("district"),
		Since:    c.Query("since"),
	}
	rows, err := h.Reports.Summary(ctx, f)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(consts.StatusOK, rows)
}

func (h *Handlers) overdue(ctx context.Context, c *app.RequestContext) {
	limit, _ := strconv.Atoi(c.DefaultQuery("limit", "100"))
	rows, err := h.Reports.Overdue(ctx, dto.OverdueQuery{SortBy: c.Query("sort"), Limit: limit})
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(consts.StatusOK, rows)
}

func (h *Handlers) export(ctx context.Context, c *app.RequestContext) {
	name := c.Query("file")
	data, err := h.Reports.ReadExport(name)
	if err != nil {
		c.JSON(consts.StatusNotFound, utils.H{"error": "export not found"})
		return
	}
	c.Header("Content-Disposition", `attachment; filename="export.csv"`)
	c.Data(consts.StatusOK, "text/csv; charset=utf-8", data)
}

func (h *Handlers) archived(ctx context.Context, c *app.RequestContext) {
	data, err := h.Reports.ReadArchived(c.Param("name"))
	if err != nil {
		c.JSON(consts.StatusNotFound, utils.H{"error": "archived export not found"})
		return
	}
	c.Header("Content-Disposition", `attachment; filename="archived.csv"`)
	c.Data(consts.StatusOK, "text/csv; charset=utf-8", data)
}
