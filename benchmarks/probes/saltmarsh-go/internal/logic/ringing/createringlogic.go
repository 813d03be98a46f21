package ringing

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/client"
	"github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/middleware"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/security"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

type CreateRingLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewCreateRingLogic(ctx context.Context, svcCtx *svc.ServiceContext) *CreateRingLogic {
	return &CreateRingLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

var validAges = map[string]bool{"1": true, "2": true, "3": true, "3J": true, "4": true, "5": true, "6": true}

func (l *CreateRingLogic) CreateRing(req *types.CreateRingReq) (*types.CreateRingResp, error) {
	me := middleware.FromContext(l.ctx)
	ringNo := strings.ToUpper(strings.TrimSpace(req.RingNumber))
	if !security.ValidRingNumber(ringNo) {
		return nil, errors.New("ring number must look like NW12345")
	}
	if !validAges[req.Age] {
		return nil, errors.New("unknown age code")
	}
	rec := &model.Ring{
		RingNumber: ringNo,
		Species:    req.Species,
		Age:        req.Age,
		Sex:        req.Sex,
		WingMM:     req.WingMM,
		MassG:      req.MassG,
		SiteCode:   strings.ToUpper(req.SiteCode),
		RingerID:   me.ID,
		CapturedAt: time.Now().UTC(),
		Notes:      req.Notes,
	}
	if prev, _ := l.svcCtx.Rings.History(l.ctx, ringNo); len(prev) > 0 {
		rec.IsRetrap = true
	}

	if req.PhotoURL != "" {
		key, err := l.archivePhoto(rec.SiteCode, req.PhotoURL)
		if err != nil {
			l.Infof("photo archive failed for %s: %v", ringNo, err)
		} else {
			rec.PhotoKey = key
		}
	}

	id, err := l.svcCtx.Rings.Insert(l.ctx, rec)
	if err != nil {
		return nil, err
	}

	go l.submitToScheme(id, rec)
	return &types.CreateRingResp{ID: id}, nil
}

func (l *CreateRingLogic) archivePhoto(site, src string) (string, error) {
	data, _, err := client.FetchImage(l.ctx, src)
	if err != nil {
		return "", err
	}
	key, err := l.svcCtx.Photos.Save(site, src, data)
	if err != nil {
		return "", err
	}
	full, err := security.ResolveUnder(l.svcCtx.Photos.Root(), key)
	if err == nil {
		_, _ = export.Thumbnail(l.ctx, full)
	}
	return key, nil
}

func (l *CreateRingLogic) submitToScheme(id int64, rec *model.Ring) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	receipt, err := l.svcCtx.Scheme.Submit(ctx, client.SchemeSubmission{
		RingNumber: rec.RingNumber,
		Species:    rec.Species,
		Age:        rec.Age,
		Sex:        rec.Sex,
		Site:       rec.SiteCode,
		CapturedAt: rec.CapturedAt,
		WingMM:     rec.WingMM,
		MassG:      rec.MassG,
	})
	if err != nil {
		logx.Errorf("scheme submission for ring %d failed: %v", id, err)
		return
	}
	_ = l.svcCtx.Rings.SetExternalRef(ctx, id, receipt.Reference)
}

func (l *CreateRingLogic) SaveFilter(req *types.SavedFilterReq) (int64, error) {
	me := middleware.FromContext(l.ctx)
	name := strings.TrimSpace(req.Name)
	if name == "" || len(name) > 80 {
		return 0, errors.New("filter name is required")
	}
	if strings.Contains(req.Clause, ";") {
		return 0, errors.New("filter clause must be a single condition")
	}
	return l.svcCtx.Rings.SaveFilter(l.ctx, me.ID, name, req.Clause)
}

func (l *CreateRingLogic) RunFilter(req *types.RunSavedFilterReq) ([]types.RingRecord, error) {
	me := middleware.FromContext(l.ctx)
	rows, err := l.svcCtx.Rings.RunFilter(l.ctx, me.ID, req.FilterID)
	if err != nil {
		return nil, err
	}
	out := make([]types.RingRecord, 0, len(rows))
	for _, r := range rows {
		out = append(out, toType(r))
	}
	return out, nil
}
