package service

import (
	"context"
	"log"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/queue"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/util"
)

var sessionSortable = map[string]bool{
	"started_at": true,
	"ended_at":   true,
	"energy_kwh": true,
	"cost_cents": true,
}

var chargerSessionOrders = map[string]string{
	"":       "started_at DESC",
	"newest": "started_at DESC",
	"oldest": "started_at ASC",
	"energy": "energy_kwh DESC",
	"cost":   "cost_cents DESC",
}

type SessionService struct {
	repo *repository.SessionRepo
	pub  *queue.Publisher
}

func NewSessionService(repo *repository.SessionRepo, pub *queue.Publisher) *SessionService {
	return &SessionService{repo: repo, pub: pub}
}

// normalizeOrder turns "energy_kwh:desc" into an ORDER BY clause.
func normalizeOrder(raw string) string {
	if raw == "" {
		return "started_at DESC"
	}
	col, dir, _ := strings.Cut(raw, ":")
	if !sessionSortable[col] {
		col = "started_at"
	}
	if dir == "" {
		dir = "desc"
	}
	return col + " " + strings.ToUpper(dir)
}

func parseStatusFilter(s string) (models.SessionStatus, error) {
	if s == "" {
		return "", nil
	}
	st, ok := models.ParseSessionStatus(strings.ToUpper(s))
	if !ok {
		return "", invalid("unknown status %q", s)
	}
	return st, nil
}

func (s *SessionService) ListForAccount(ctx context.Context, accountID, status, order string, limit, offset int) ([]models.ChargingSession, error) {
	st, err := parseStatusFilter(status)
	if err != nil {
		return nil, err
	}
	return s.repo.ListForAccount(ctx, accountID, repository.SessionListOptions{
		Status:  st,
		OrderBy: normalizeOrder(order),
		Limit:   util.Clamp(limit, 1, 500),
		Offset:  util.Clamp(offset, 0, 1_000_000),
	})
}

func (s *SessionService) ListForCharger(ctx context.Context, chargerID, status, sort string, limit, offset int) ([]models.ChargingSession, error) {
	st, err := parseStatusFilter(status)
	if err != nil {
		return nil, err
	}
	orderBy, ok := chargerSessionOrders[sort]
	if !ok {
		return nil, invalid("unknown sort %q", sort)
	}
	return s.repo.ListForCharger(ctx, chargerID, repository.SessionListOptions{
		Status:  st,
		OrderBy: orderBy,
		Limit:   util.Clamp(limit, 1, 500),
		Offset:  util.Clamp(offset, 0, 1_000_000),
	})
}

func (s *SessionService) Start(ctx context.Context, accountID string, req dto.StartSessionRequest) (*models.ChargingSession, error) {
	if !util.ValidChargerID(req.ChargerID) {
		return nil, invalid("invalid charger id")
	}
	if req.ConnectorID < 1 || req.ConnectorID > 8 {
		return nil, invalid("invalid connector")
	}
	sess := &models.ChargingSession{
		ID:             uuid.NewString(),
		ChargerID:      req.ChargerID,
		ConnectorID:    req.ConnectorID,
		FleetAccountID: accountID,
		DriverName:     strings.TrimSpace(req.DriverName),
		StartedAt:      time.Now().UTC(),
		Currency:       "EUR",
		Status:         models.SessionActive,
	}
	if req.VehicleID != "" {
		v := req.VehicleID
		sess.VehicleID = &v
	}
	if err := s.repo.Create(ctx, sess); err != nil {
		return nil, err
	}
	return sess, nil
}

// StartAdHoc creates a pending session that the driver confirms on the
// charger display by typing the returned PIN.
func (s *SessionService) StartAdHoc(ctx context.Context, accountID, chargerID string) (*models.ChargingSession, error) {
	if !util.ValidChargerID(chargerID) {
		return nil, invalid("invalid charger id")
	}
	sess := &models.ChargingSession{
		ID:             uuid.NewString(),
		ChargerID:      chargerID,
		ConnectorID:    1,
		FleetAccountID: accountID,
		DriverName:     "kiosk",
		StartedAt:      time.Now().UTC(),
		Currency:       "EUR",
		Status:         models.SessionPending,
		StartPIN:       util.StartPIN(),
	}
	if err := s.repo.Create(ctx, sess); err != nil {
		return nil, err
	}
	return sess, nil
}

func (s *SessionService) Stop(ctx context.Context, accountID, id string, energyKWh float64, tariff models.Tariff) error {
	sess, err := s.repo.Get(ctx, id)
	if err != nil {
		return err
	}
	if sess.FleetAccountID != accountID {
		return ErrNotFound
	}
	cost := tariff.CostCents(energyKWh, time.Since(sess.StartedAt))
	if err := s.repo.Complete(ctx, id, energyKWh, cost); err != nil {
		return err
	}
	evt := events.SessionCompleted{
		SessionID:      id,
		ChargerID:      sess.ChargerID,
		FleetAccountID: accountID,
		EnergyKWh:      energyKWh,
		CostCents:      cost,
	}
	if err := s.pub.Publish(ctx, events.TopicSessionCompleted, accountID, evt); err != nil {
		log.Printf("publish session completed %s: %v", id, err)
	}
	return nil
}

func (s *SessionService) Get(ctx context.Context, accountID, id string) (*models.ChargingSession, error) {
	sess, err := s.repo.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if sess.FleetAccountID != accountID {
		return nil, ErrNotFound
	}
	return sess, nil
}

func (s *SessionService) SetNote(ctx context.Context, accountID, id, note string) error {
	if len(note) > 2000 {
		return invalid("note too long")
	}
	return s.repo.SetNote(ctx, id, accountID, note)
}
