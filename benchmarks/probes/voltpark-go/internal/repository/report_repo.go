package repository

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// Report catalogue shared by the API (validation) and the worker (execution).
var (
	ReportMetrics = map[string]string{
		"energy":       "SUM(energy_kwh)",
		"revenue":      "SUM(cost_cents) / 100.0",
		"sessions":     "COUNT(*)",
		"avg_duration": "AVG(EXTRACT(EPOCH FROM ended_at - started_at) / 60)",
	}
	ReportDimensions = map[string]string{
		"charger":   "charger_id",
		"connector": "connector_id",
		"vehicle":   "vehicle_id",
		"driver":    "driver_name",
	}
	ReportGranularities = map[string]bool{"hour": true, "day": true, "week": true, "month": true}
)

type ReportRepo struct {
	db *sqlx.DB
}

func NewReportRepo(db *sqlx.DB) *ReportRepo {
	return &ReportRepo{db: db}
}

type AggregateQuery struct {
	AccountID       string
	MetricExpr      string
	DimensionColumn string
	Granularity     string
	Timezone        string
	From            time.Time
	To              time.Time
}

type AggregateRow struct {
	Bucket    time.Time `db:"bucket"`
	Dimension string    `db:"dimension"`
	Value     float64   `db:"value"`
}

func (r *ReportRepo) Aggregate(ctx context.Context, q AggregateQuery) ([]AggregateRow, error) {
	stmt := fmt.Sprintf(`SELECT date_trunc('%s', started_at AT TIME ZONE '%s') AS bucket,
		COALESCE(%s::text, '') AS dimension, COALESCE(%s, 0) AS value
		FROM charging_sessions
		WHERE fleet_account_id = $1 AND started_at >= $2 AND started_at < $3 AND status = 'COMPLETED'
		GROUP BY 1, 2 ORDER BY 1, 2`, q.Granularity, q.Timezone, q.DimensionColumn, q.MetricExpr)

	var out []AggregateRow
	if err := r.db.SelectContext(ctx, &out, stmt, q.AccountID, q.From, q.To); err != nil { // VULN sqli
		return nil, fmt.Errorf("aggregate report: %w", err)
	}
	return out, nil
}

type ExportRow struct {
	ID        string     `db:"id"`
	ChargerID string     `db:"charger_id"`
	StartedAt time.Time  `db:"started_at"`
	EndedAt   *time.Time `db:"ended_at"`
	EnergyKWh float64    `db:"energy_kwh"`
	CostCents int64      `db:"cost_cents"`
	Currency  string     `db:"currency"`
}

// RecentSessions returns the sessions of the last `days` days for CSV export.
func (r *ReportRepo) RecentSessions(ctx context.Context, accountID string, days int) ([]ExportRow, error) {
	q := fmt.Sprintf(`SELECT id, charger_id, started_at, ended_at, energy_kwh, cost_cents, currency
		FROM charging_sessions
		WHERE fleet_account_id = $1 AND started_at >= now() - interval '%d days'
		ORDER BY started_at`, days)
	var out []ExportRow
	if err := r.db.SelectContext(ctx, &out, q, accountID); err != nil { // SAFE sqli
		return nil, fmt.Errorf("export sessions: %w", err)
	}
	return out, nil
}
