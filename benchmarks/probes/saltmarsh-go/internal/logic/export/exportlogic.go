package export

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/zeromicro/go-zero/core/logx"

	exp "github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/middleware"
	"github.com/saltmarsh/survey/internal/queue"
	"github.com/saltmarsh/survey/internal/security"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

type ExportLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewExportLogic(ctx context.Context, svcCtx *svc.ServiceContext) *ExportLogic {
	return &ExportLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// RequestExport queues an annual CSV export for the worker.
func (l *ExportLogic) RequestExport(req *types.ExportReq) (*types.ExportResp, error) {
	me := middleware.FromContext(l.ctx)
	site := strings.ToUpper(strings.TrimSpace(req.SiteCode))
	if !security.ValidSiteCode(site) {
		return nil, fmt.Errorf("unknown site %q", req.SiteCode)
	}
	if req.Year < 1990 || req.Year > time.Now().Year() {
		return nil, errors.New("year out of range")
	}
	if req.Format != "" && req.Format != "csv" {
		return nil, errors.New("only csv exports can be queued")
	}
	job := exp.Job{
		ID:       security.ShortID(),
		SiteCode: site,
		Format:   "csv",
		Year:     req.Year,
		Label:    strings.TrimSpace(req.Label),
		Owner:    me.ID,
	}
	if err := l.svcCtx.Jobs.Publish(queue.SubjectExport, job); err != nil {
		return nil, err
	}
	return &types.ExportResp{JobID: job.ID}, nil
}

// Convert re-projects a site boundary file already in the export area.
func (l *ExportLogic) Convert(req *types.ConvertReq, format string) (string, error) {
	out, err := l.svcCtx.Exporter.Convert(l.ctx, filepath.ToSlash(req.File), strings.ToLower(format), strings.ToUpper(req.Projection))
	if err != nil {
		return "", err
	}
	return filepath.Base(out), nil
}
