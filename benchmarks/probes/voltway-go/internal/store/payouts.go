package store

import (
	"context"
	"database/sql"
	"fmt"
)

type PayoutLine struct {
	StationID   int64   `json:"station_id"`
	Sessions    int     `json:"sessions"`
	EnergyKWh   float64 `json:"energy_kwh"`
	AmountCents int64   `json:"amount_cents"`
}

// PayoutStore reads the settlement ledgers, partitioned per region (payouts_eu_west, ...).
type PayoutStore struct{ db *sql.DB }

func NewPayoutStore(db *sql.DB) *PayoutStore { return &PayoutStore{db: db} }

func (s *PayoutStore) Summary(ctx context.Context, op *Operator, period string) ([]PayoutLine, error) {
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf("SELECT station_id, count(*), sum(energy_kwh), sum(amount_cents) FROM payouts_%s WHERE operator_id = $1 AND period = $2 GROUP BY station_id", op.Region), op.ID, period) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PayoutLine
	for rows.Next() {
		var l PayoutLine
		if err := rows.Scan(&l.StationID, &l.Sessions, &l.EnergyKWh, &l.AmountCents); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
