package service

import (
	"context"
	"errors"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/bson/primitive"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/repository"
	"github.com/skyvane/skyvane/internal/util"
)

var alertFilterKeys = map[string]bool{
	"station_code": true,
	"kind":         true,
	"status":       true,
}

type AlertService struct {
	alerts   *repository.AlertRepo
	stations *repository.StationRepo
	jobs     *queue.Publisher
}

func NewAlertService(alerts *repository.AlertRepo, stations *repository.StationRepo, jobs *queue.Publisher) *AlertService {
	return &AlertService{alerts: alerts, stations: stations, jobs: jobs}
}

func (s *AlertService) Raise(ctx context.Context, st *models.Station, kind string, sev models.Severity, msg string, tags []string) (*models.Alert, error) {
	token, err := util.RandomToken(16)
	if err != nil {
		return nil, err
	}
	a := &models.Alert{
		StationCode: st.Code,
		Kind:        kind,
		Severity:    sev,
		Message:     msg,
		Tags:        tags,
		Status:      "open",
		AckToken:    token,
	}
	if err := s.alerts.Insert(ctx, a); err != nil {
		return nil, err
	}
	if st.PartnerID != nil {
		if _, err := s.jobs.Enqueue(ctx, queue.WebhookTask{PartnerID: *st.PartnerID, AlertID: a.ID.Hex()}); err != nil {
			return a, err
		}
	}
	return a, nil
}

func (s *AlertService) Get(ctx context.Context, id string) (*models.Alert, error) {
	oid, err := primitive.ObjectIDFromHex(id)
	if err != nil {
		return nil, invalid("id", "not an alert id")
	}
	a, err := s.alerts.ByID(ctx, oid)
	if errors.Is(err, repository.ErrNotFound) {
		return nil, ErrNotFound
	}
	return a, err
}

func (s *AlertService) Ack(ctx context.Context, id string, req dto.AckAlertRequest) error {
	oid, err := primitive.ObjectIDFromHex(id)
	if err != nil {
		return invalid("id", "not an alert id")
	}
	if req.Token == nil {
		return invalid("token", "required")
	}
	by := strings.TrimSpace(req.By)
	if by == "" {
		by = "station-display"
	}
	ok, err := s.alerts.Ack(ctx, oid, req.Token, by)
	if err != nil {
		return err
	}
	if !ok {
		return ErrForbidden
	}
	return nil
}

func (s *AlertService) AckForPartner(ctx context.Context, partnerID uint, id string, req dto.PartnerAckRequest) error {
	oid, err := primitive.ObjectIDFromHex(id)
	if err != nil {
		return invalid("id", "not an alert id")
	}
	codes, err := s.partnerStationCodes(ctx, partnerID)
	if err != nil {
		return err
	}
	ok, err := s.alerts.AckForPartner(ctx, oid, codes, req.Token, req.By)
	if err != nil {
		return err
	}
	if !ok {
		return ErrForbidden
	}
	return nil
}

func (s *AlertService) List(ctx context.Context, q dto.AlertListQuery) ([]models.Alert, error) {
	filters := make(map[string]string, len(q.Filters))
	for k, v := range q.Filters {
		if !alertFilterKeys[k] {
			return nil, invalid(k, "unsupported filter")
		}
		filters[k] = v
	}
	limit := q.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	return s.alerts.List(ctx, filters, limit)
}

func (s *AlertService) SearchByTag(ctx context.Context, partnerID uint, tag string, since time.Duration) ([]models.Alert, error) {
	if tag == "" {
		return nil, invalid("tag", "required")
	}
	codes, err := s.partnerStationCodes(ctx, partnerID)
	if err != nil {
		return nil, err
	}
	return s.alerts.SearchByTag(ctx, codes, tag, time.Now().UTC().Add(-since))
}

func (s *AlertService) OpenForStation(ctx context.Context, code string) ([]models.Alert, error) {
	return s.alerts.OpenForStation(ctx, code)
}

func (s *AlertService) partnerStationCodes(ctx context.Context, partnerID uint) ([]string, error) {
	sts, err := s.stations.ByPartner(ctx, partnerID)
	if err != nil {
		return nil, err
	}
	codes := make([]string, 0, len(sts))
	for _, st := range sts {
		codes = append(codes, st.Code)
	}
	return codes, nil
}
