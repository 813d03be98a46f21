package ringing

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

type SearchRingsLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewSearchRingsLogic(ctx context.Context, svcCtx *svc.ServiceContext) *SearchRingsLogic {
	return &SearchRingsLogic{
		Logger: logx.WithContext(ctx),
		ctx:    ctx,
		svcCtx: svcCtx,
	}
}

func toType(r model.Ring) types.RingRecord {
	return types.RingRecord{
		ID:          r.ID,
		RingNumber:  r.RingNumber,
		Species:     r.Species,
		Age:         r.Age,
		Sex:         r.Sex,
		WingMM:      r.WingMM,
		MassG:       r.MassG,
		SiteCode:    r.SiteCode,
		RingerID:    r.RingerID,
		CapturedAt:  r.CapturedAt,
		PhotoKey:    r.PhotoKey,
		Notes:       r.Notes,
		IsRetrap:    r.IsRetrap,
		ExternalRef: r.ExternalRef,
	}
}

func (l *SearchRingsLogic) SearchRings(req *types.SearchRingsReq) (*types.SearchRingsResp, error) {
	size := req.PageSize
	if size <= 0 || size > 200 {
		size = 50
	}
	page := req.Page
	if page < 1 {
		page = 1
	}
	filter := model.RingFilter{
		Species:  strings.TrimSpace(req.Species),
		SiteCode: strings.ToUpper(strings.TrimSpace(req.SiteCode)),
		SortBy:   strings.ToLower(req.SortBy),
		Order:    req.Order,
		Limit:    size,
		Offset:   (page - 1) * size,
	}
	rows, err := l.svcCtx.Rings.Search(l.ctx, filter)
	if err != nil {
		l.Errorf("ring search failed: %v", err)
		return nil, err
	}
	total, err := l.svcCtx.Rings.Count(l.ctx, filter.Species, filter.SiteCode)
	if err != nil {
		return nil, err
	}
	resp := &types.SearchRingsResp{Total: total, Items: make([]types.RingRecord, 0, len(rows))}
	for _, r := range rows {
		resp.Items = append(resp.Items, toType(r))
	}
	return resp, nil
}

func (l *SearchRingsLogic) GetRing(req *types.GetRingReq) (*types.RingRecord, error) {
	id, err := strconv.ParseInt(req.ID, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("invalid id %q", req.ID)
	}
	r, err := l.svcCtx.Rings.Get(l.ctx, id)
	if err != nil {
		return nil, err
	}
	out := toType(*r)
	return &out, nil
}

func (l *SearchRingsLogic) RingCard(req *types.GetRingReq) ([]byte, error) {
	id, err := strconv.ParseInt(req.ID, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("invalid id %q", req.ID)
	}
	r, err := l.svcCtx.Rings.Get(l.ctx, id)
	if err != nil {
		return nil, err
	}
	history, err := l.svcCtx.Rings.History(l.ctx, r.RingNumber)
	if err != nil {
		return nil, err
	}
	return l.svcCtx.Pages.RingCard(r, history)
}

type HistoryResp struct {
	Local      []types.RingRecord `json:"local"`
	Recoveries interface{}        `json:"recoveries"`
}

func (l *SearchRingsLogic) History(req *types.RingByNumberReq) (*HistoryResp, error) {
	ring := strings.ToUpper(req.RingNumber)
	local, err := l.svcCtx.Rings.History(l.ctx, ring)
	if err != nil {
		return nil, err
	}
	enc, err := l.svcCtx.Scheme.Encounters(l.ctx, ring)
	if err != nil {
		l.Infof("scheme lookup for %s failed: %v", ring, err)
	}
	out := &HistoryResp{Recoveries: enc}
	for _, r := range local {
		out.Local = append(out.Local, toType(r))
	}
	return out, nil
}
