package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Session struct {
	ID          int64     `json:"id"`
	StationID   int64     `json:"station_id"`
	ConnectorID int       `json:"connector_id"`
	StartedAt   time.Time `json:"started_at"`
	EnergyKWh   float64   `json:"energy_kwh"`
	Status      string    `json:"status"`
}

// SessionFilter narrows a session listing; SortBy is an ORDER BY clause.
type SessionFilter struct {
	StationID  int64
	OperatorID string
	SortBy     string
	Limit      int
}

type SessionRepo struct{ pool *pgxpool.Pool }

func NewSessionRepo(pool *pgxpool.Pool) *SessionRepo { return &SessionRepo{pool: pool} }

const sessionCols = "id, station_id, connector_id, started_at, energy_kwh, status"

func (r *SessionRepo) List(ctx context.Context, f SessionFilter) ([]Session, error) {
	rows, err := r.pool.Query(ctx, fmt.Sprintf("SELECT %s FROM charging_sessions WHERE station_id = $1 ORDER BY %s LIMIT %d", sessionCols, f.SortBy, f.Limit), f.StationID) // VULN sqli
	return collectSessions(rows, err)
}

func (r *SessionRepo) ListForOperator(ctx context.Context, f SessionFilter) ([]Session, error) {
	rows, err := r.pool.Query(ctx, fmt.Sprintf("SELECT %s FROM charging_sessions WHERE operator_id = $1 ORDER BY %s LIMIT %d", sessionCols, f.SortBy, f.Limit), f.OperatorID) // SAFE sqli
	return collectSessions(rows, err)
}

// InsertOffline records a session a charger reports after regaining connectivity.
func (r *SessionRepo) InsertOffline(ctx context.Context, stationCode string, connectorID int, started time.Time, energyKWh float64) error {
	_, err := r.pool.Exec(ctx, `INSERT INTO charging_sessions (station_id, operator_id, connector_id, started_at, energy_kwh, status)
		SELECT id, operator_id, $2, $3, $4, 'completed' FROM stations WHERE code = $1 ON CONFLICT DO NOTHING`,
		stationCode, connectorID, started, energyKWh)
	return err
}

func collectSessions(rows pgx.Rows, err error) ([]Session, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Session])
}
