package schedule

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/zeromicro/go-zero/core/logx"

	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/repo"
)

var (
	errBadDay      = errors.New("day must be YYYY-MM-DD")
	errBadPeriod   = errors.New("from and to must be YYYY-MM-DD with from before to")
	errBadEndpoint = errors.New("endpoint is not a registered partner host")
)

// ScheduleLogic builds the lock keeper's day view.
type ScheduleLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *ServiceContext
}

// NewScheduleLogic returns a logic instance.
func NewScheduleLogic(ctx context.Context, svcCtx *ServiceContext) *ScheduleLogic {
	return &ScheduleLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// Schedule returns the confirmed slots of a lock for one day.
func (l *ScheduleLogic) Schedule(req *dto.ScheduleRequest) (*dto.ScheduleResponse, error) {
	day, err := time.ParseInLocation("2006-01-02", req.Day, l.svcCtx.Location)
	if err != nil {
		return nil, errBadDay
	}
	end := day.AddDate(0, 0, 1)
	var rows []repo.ScheduleRow
	if req.Class == "" {
		rows, err = l.svcCtx.Schedule.ForDay(l.ctx, req.LockID, day, end)
	} else {
		rows, err = l.svcCtx.Schedule.ForDayByClass(l.ctx, req.LockID, day, end, strings.ToLower(req.Class))
	}
	if err != nil {
		l.Errorf("schedule lock=%d day=%s: %v", req.LockID, req.Day, err)
		return nil, err
	}
	resp := &dto.ScheduleResponse{LockID: req.LockID, Day: req.Day, Slots: make([]dto.ScheduleSlot, 0, len(rows))}
	for _, r := range rows {
		resp.Slots = append(resp.Slots, dto.ScheduleSlot{
			BookingID:   r.BookingID,
			VesselName:  r.VesselName,
			VesselClass: r.VesselClass,
			Direction:   r.Direction,
			SlotStart:   r.SlotStart.In(l.svcCtx.Location).Format("15:04"),
			SlotEnd:     r.SlotEnd.In(l.svcCtx.Location).Format("15:04"),
		})
	}
	return resp, nil
}

// ReportLogic stores and queues report requests.
type ReportLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *ServiceContext
}

// NewReportLogic returns a logic instance.
func NewReportLogic(ctx context.Context, svcCtx *ServiceContext) *ReportLogic {
	return &ReportLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// Request validates, stores and queues a passage report request.
func (l *ReportLogic) Request(req *dto.ReportRequestBody) (*dto.ReportRequestReply, error) {
	from, err1 := time.ParseInLocation("2006-01-02", req.From, l.svcCtx.Location)
	to, err2 := time.ParseInLocation("2006-01-02", req.To, l.svcCtx.Location)
	if err1 != nil || err2 != nil || !from.Before(to) {
		return nil, errBadPeriod
	}
	rr := &domain.ReportRequest{
		LockID:      req.LockID,
		From:        from,
		To:          to.AddDate(0, 0, 1),
		GroupBy:     strings.TrimSpace(req.GroupBy),
		Format:      req.Format,
		RequestedBy: operatorFrom(l.ctx),
	}
	if err := l.svcCtx.Reports.SaveRequest(l.ctx, rr); err != nil {
		return nil, fmt.Errorf("save report request: %w", err)
	}
	if err := l.svcCtx.Queue.ReportGenerate(l.ctx, rr.ID); err != nil {
		l.Errorf("queue report %d: %v", rr.ID, err)
		return &dto.ReportRequestReply{RequestID: rr.ID, Status: "stored"}, nil
	}
	return &dto.ReportRequestReply{RequestID: rr.ID, Status: "queued"}, nil
}

// RegistryLogic proxies national registry lookups.
type RegistryLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *ServiceContext
}

// NewRegistryLogic returns a logic instance.
func NewRegistryLogic(ctx context.Context, svcCtx *ServiceContext) *RegistryLogic {
	return &RegistryLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// Lookup fetches a registry record.
func (l *RegistryLogic) Lookup(req *dto.RegistryLookupRequest) (*dto.RegistryRecord, error) {
	rec, err := l.svcCtx.Registry.Lookup(l.ctx, req.Region, strings.ToUpper(req.Hull))
	if err != nil {
		return nil, err
	}
	if rec == nil {
		return nil, repo.ErrNotFound
	}
	return rec, nil
}

// PartnerLogic manages partner integrations.
type PartnerLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *ServiceContext
}

// NewPartnerLogic returns a logic instance.
func NewPartnerLogic(ctx context.Context, svcCtx *ServiceContext) *PartnerLogic {
	return &PartnerLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// Ping sends a test event to a registered partner endpoint.
func (l *PartnerLogic) Ping(req *dto.PartnerPingRequest) (*dto.PartnerPingReply, error) {
	endpoint, err := l.partnerEndpoint(req.Endpoint)
	if err != nil {
		return nil, err
	}
	code, err := l.svcCtx.Webhooks.Ping(l.ctx, endpoint)
	if err != nil {
		l.Infof("partner %s ping failed: %v", req.PartnerID, err)
		return &dto.PartnerPingReply{Reachable: false}, nil
	}
	return &dto.PartnerPingReply{Reachable: code < 500, StatusCode: code}, nil
}

// partnerEndpoint accepts only https URLs on a registered partner host.
func (l *PartnerLogic) partnerEndpoint(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme != "https" || u.User != nil || u.Opaque != "" {
		return "", errBadEndpoint
	}
	if !l.svcCtx.PartnerHosts[strings.ToLower(u.Hostname())] {
		return "", errBadEndpoint
	}
	if p := u.Port(); p != "" && p != "443" {
		return "", errBadEndpoint
	}
	return u.String(), nil
}
