package service

import (
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/voltway/chargenet/internal/store"
)

var ErrSnapshotMismatch = errors.New("snapshot does not belong to this station")

// Snapshot is uploaded by a gateway after an offline period.
type Snapshot struct {
	StationCode string
	Sessions    []OfflineSession
}

type OfflineSession struct {
	ConnectorID int
	StartedAt   time.Time
	EnergyWh    int64
}

func init() { gob.Register(Snapshot{}) }

var sessionSortColumns = map[string]string{"started": "started_at", "energy": "energy_kwh", "station": "station_id"}

type SessionService struct{ repo *store.SessionRepo }

func NewSessionService(repo *store.SessionRepo) *SessionService { return &SessionService{repo: repo} }

func (s *SessionService) ListForStation(ctx context.Context, stationID int64, sort string) ([]store.Session, error) {
	if sort == "" {
		sort = "started_at DESC"
	}
	return s.repo.List(ctx, store.SessionFilter{StationID: stationID, SortBy: sort, Limit: 100})
}

func (s *SessionService) ListForOperator(ctx context.Context, operatorID, order string, desc bool) ([]store.Session, error) {
	col, ok := sessionSortColumns[order]
	if !ok {
		col = "started_at"
	}
	if desc {
		col += " DESC"
	}
	return s.repo.ListForOperator(ctx, store.SessionFilter{OperatorID: operatorID, SortBy: col, Limit: 500})
}

func (s *SessionService) ImportSnapshot(ctx context.Context, stationCode string, body io.Reader) (int, error) {
	var payload interface{}
	if err := gob.NewDecoder(body).Decode(&payload); err != nil { // VULN deser
		return 0, fmt.Errorf("snapshot: %w", err)
	}
	snap, ok := payload.(Snapshot)
	if !ok || snap.StationCode != stationCode {
		return 0, ErrSnapshotMismatch
	}
	for _, rec := range snap.Sessions {
		if err := s.repo.InsertOffline(ctx, stationCode, rec.ConnectorID, rec.StartedAt, float64(rec.EnergyWh)/1000); err != nil {
			return 0, err
		}
	}
	return len(snap.Sessions), nil
}
