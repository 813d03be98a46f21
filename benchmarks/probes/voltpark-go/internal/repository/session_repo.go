package repository

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/voltpark/platform/internal/models"
)

const sessionColumns = `id, charger_id, connector_id, fleet_account_id, vehicle_id, driver_name,
	started_at, ended_at, energy_kwh, cost_cents, currency, status, note`

type SessionRepo struct {
	pool *pgxpool.Pool
}

func NewSessionRepo(pool *pgxpool.Pool) *SessionRepo {
	return &SessionRepo{pool: pool}
}

// SessionListOptions.OrderBy is an ORDER BY expression prepared by the caller.
type SessionListOptions struct {
	Status  models.SessionStatus
	OrderBy string
	Limit   int
	Offset  int
}

func scanSession(row pgx.Row) (models.ChargingSession, error) {
	var s models.ChargingSession
	err := row.Scan(&s.ID, &s.ChargerID, &s.ConnectorID, &s.FleetAccountID, &s.VehicleID, &s.DriverName,
		&s.StartedAt, &s.EndedAt, &s.EnergyKWh, &s.CostCents, &s.Currency, &s.Status, &s.Note)
	return s, err
}

func collectSessions(rows pgx.Rows) ([]models.ChargingSession, error) {
	defer rows.Close()
	var out []models.ChargingSession
	for rows.Next() {
		s, err := scanSession(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func (r *SessionRepo) Create(ctx context.Context, s *models.ChargingSession) error {
	_, err := r.pool.Exec(ctx, `INSERT INTO charging_sessions
		(id, charger_id, connector_id, fleet_account_id, vehicle_id, driver_name, started_at, currency, status, start_pin)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		s.ID, s.ChargerID, s.ConnectorID, s.FleetAccountID, s.VehicleID, s.DriverName, s.StartedAt, s.Currency,
		string(s.Status), s.StartPIN)
	return err
}

func (r *SessionRepo) Get(ctx context.Context, id string) (*models.ChargingSession, error) {
	row := r.pool.QueryRow(ctx, `SELECT `+sessionColumns+` FROM charging_sessions WHERE id = $1`, id)
	s, err := scanSession(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &s, nil
}

func (r *SessionRepo) Complete(ctx context.Context, id string, energyKWh float64, costCents int64) error {
	tag, err := r.pool.Exec(ctx, `UPDATE charging_sessions
		SET ended_at = now(), energy_kwh = $2, cost_cents = $3, status = 'COMPLETED'
		WHERE id = $1 AND status = 'ACTIVE'`, id, energyKWh, costCents)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return ErrNotFound
	}
	return nil
}

func (r *SessionRepo) SetNote(ctx context.Context, id, accountID, note string) error {
	tag, err := r.pool.Exec(ctx,
		`UPDATE charging_sessions SET note = $3 WHERE id = $1 AND fleet_account_id = $2`, id, accountID, note)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return ErrNotFound
	}
	return nil
}

func (r *SessionRepo) ListForAccount(ctx context.Context, accountID string, o SessionListOptions) ([]models.ChargingSession, error) {
	args := []any{accountID}
	q := `SELECT ` + sessionColumns + ` FROM charging_sessions WHERE fleet_account_id = $1`
	if o.Status != "" {
		args = append(args, string(o.Status))
		q += fmt.Sprintf(" AND status = $%d", len(args))
	}
	q += " ORDER BY " + o.OrderBy + fmt.Sprintf(" LIMIT %d OFFSET %d", o.Limit, o.Offset)

	rows, err := r.pool.Query(ctx, q, args...) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("list sessions for account: %w", err)
	}
	return collectSessions(rows)
}

func (r *SessionRepo) ListForCharger(ctx context.Context, chargerID string, o SessionListOptions) ([]models.ChargingSession, error) {
	args := []any{chargerID}
	q := `SELECT ` + sessionColumns + ` FROM charging_sessions WHERE charger_id = $1`
	if o.Status != "" {
		args = append(args, string(o.Status))
		q += fmt.Sprintf(" AND status = $%d", len(args))
	}
	q += " ORDER BY " + o.OrderBy + fmt.Sprintf(" LIMIT %d OFFSET %d", o.Limit, o.Offset)

	rows, err := r.pool.Query(ctx, q, args...) // SAFE sqli
	if err != nil {
		return nil, fmt.Errorf("list sessions for charger: %w", err)
	}
	return collectSessions(rows)
}
