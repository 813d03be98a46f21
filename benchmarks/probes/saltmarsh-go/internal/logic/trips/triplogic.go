package trips

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/client"
	"github.com/saltmarsh/survey/internal/middleware"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/queue"
	"github.com/saltmarsh/survey/internal/security"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

type TripLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewTripLogic(ctx context.Context, svcCtx *svc.ServiceContext) *TripLogic {
	return &TripLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *TripLogic) CreateTrip(req *types.CreateTripReq) (*types.Trip, error) {
	me := middleware.FromContext(l.ctx)
	if me.Role != "leader" && me.Role != "admin" {
		return nil, errors.New("only trip leaders can create trips")
	}
	site := strings.ToUpper(strings.TrimSpace(req.SiteCode))
	if !security.ValidSiteCode(site) {
		return nil, fmt.Errorf("unknown site %q", req.SiteCode)
	}
	if req.MaxPlaces < 1 || req.MaxPlaces > 40 {
		return nil, errors.New("places must be between 1 and 40")
	}
	t := &model.Trip{
		SiteCode:    site,
		Title:       strings.TrimSpace(req.Title),
		StartsAt:    req.StartsAt,
		MaxPlaces:   req.MaxPlaces,
		LeaderNote:  req.LeaderNote,
		InviteCode:  security.NewInviteCode(),
		TideStation: req.TideStation,
		LeaderID:    me.ID,
	}
	id, err := l.svcCtx.Trips.Create(l.ctx, t)
	if err != nil {
		return nil, err
	}
	if err := l.svcCtx.Jobs.Publish(queue.SubjectNotify, queue.NotifyRequest{VolunteerID: me.ID, Event: "trip.created", Data: map[string]interface{}{"tripId": id}}); err != nil {
		l.Infof("notify publish failed: %v", err)
	}
	return &types.Trip{
		ID:          id,
		SiteCode:    t.SiteCode,
		Title:       t.Title,
		StartsAt:    t.StartsAt,
		MaxPlaces:   t.MaxPlaces,
		LeaderNote:  t.LeaderNote,
		InviteCode:  t.InviteCode,
		TideStation: t.TideStation,
	}, nil
}

func (l *TripLogic) TripPage(req *types.TripReq) ([]byte, error) {
	t, err := l.svcCtx.Trips.Get(l.ctx, req.ID)
	if err != nil {
		return nil, err
	}
	people, err := l.svcCtx.Trips.Participants(l.ctx, t.ID)
	if err != nil {
		return nil, err
	}
	tide := ""
	if t.TideStation != "" {
		if preds, err := l.svcCtx.Tides.ForStation(l.ctx, t.TideStation, t.StartsAt); err == nil {
			for _, p := range preds {
				if p.Kind == "HW" {
					tide = fmt.Sprintf("%s (%.1f m)", p.Time.Format("15:04"), p.HeightM)
					break
				}
			}
		}
	}
	return l.svcCtx.Pages.TripPage(t, t.MaxPlaces-len(people), tide)
}

// JoinTrip books the caller onto a trip and returns where to send them next.
func (l *TripLogic) JoinTrip(req *types.JoinTripReq) (string, error) {
	me := middleware.FromContext(l.ctx)
	t, err := l.svcCtx.Trips.Get(l.ctx, req.ID)
	if err != nil {
		return "", err
	}
	if !strings.EqualFold(strings.TrimSpace(req.InviteCode), t.InviteCode) {
		return "", errors.New("invite code does not match")
	}
	if err := l.svcCtx.Trips.Join(l.ctx, t.ID, me.ID); err != nil {
		return "", err
	}
	return security.LocalRedirect(req.ReturnTo, fmt.Sprintf("/trips/%d", t.ID)), nil
}

type TidesResp struct {
	Station     string                  `json:"station"`
	Predictions []client.TidePrediction `json:"predictions"`
}

func (l *TripLogic) Tides(req *types.TideReq) (*TidesResp, error) {
	t, err := l.svcCtx.Trips.Get(l.ctx, req.ID)
	if err != nil {
		return nil, err
	}
	if req.Feed != "" {
		preds, err := l.svcCtx.Tides.FromFeed(l.ctx, req.Feed)
		if err != nil {
			return nil, err
		}
		return &TidesResp{Station: "custom", Predictions: preds}, nil
	}
	station := t.TideStation
	if req.Station != "" {
		station = req.Station
	}
	day := t.StartsAt
	if day.IsZero() {
		day = time.Now()
	}
	preds, err := l.svcCtx.Tides.ForStation(l.ctx, station, day)
	if err != nil {
		return nil, err
	}
	return &TidesResp{Station: station, Predictions: preds}, nil
}
