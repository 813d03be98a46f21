package repository

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/voltpark/platform/internal/models"
)

type TariffRepo struct {
	db *sql.DB
}

func NewTariffRepo(db *sql.DB) *TariffRepo {
	return &TariffRepo{db: db}
}

func scanTariff(sc interface{ Scan(...any) error }) (models.Tariff, error) {
	var t models.Tariff
	err := sc.Scan(&t.ID, &t.Name, &t.Currency, &t.PricePerKWh, &t.PricePerMinute, &t.IdleFeePerMinute,
		&t.SessionFee, &t.ValidFrom, &t.OperatorID)
	return t, err
}

func (r *TariffRepo) Get(ctx context.Context, id int64) (*models.Tariff, error) {
	row := r.db.QueryRowContext(ctx, `SELECT id, name, currency, price_per_kwh, price_per_minute,
		idle_fee_per_minute, session_fee, valid_from, operator_id FROM tariffs WHERE id = $1`, id)
	t, err := scanTariff(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// Applicable returns the tariffs of an operator valid at the given instant,
// newest first.
func (r *TariffRepo) Applicable(ctx context.Context, operatorID int64, currency string, at time.Time) ([]models.Tariff, error) {
	const q = `SELECT id, name, currency, price_per_kwh, price_per_minute,
		idle_fee_per_minute, session_fee, valid_from, operator_id
		FROM tariffs WHERE operator_id = $1 AND currency = $2 AND valid_from <= $3
		ORDER BY valid_from DESC`
	rows, err := r.db.QueryContext(ctx, q, operatorID, currency, at) // SAFE sqli
	if err != nil {
		return nil, fmt.Errorf("query tariffs: %w", err)
	}
	defer rows.Close()

	var out []models.Tariff
	for rows.Next() {
		t, err := scanTariff(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// UpdatePrice changes a single price column of a tariff.
func (r *TariffRepo) UpdatePrice(ctx context.Context, id int64, column string, value float64) error {
	res, err := r.db.ExecContext(ctx, "UPDATE tariffs SET "+column+" = $1, updated_at = now() WHERE id = $2", value, id) // VULN sqli
	if err != nil {
		return fmt.Errorf("update tariff %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}
