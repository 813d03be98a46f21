package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	sq "github.com/Masterminds/squirrel"
)

type Tariff struct {
	ID          int64   `json:"id"`
	Code        string  `json:"code"`
	ZoneCode    string  `json:"zone_code"`
	PricePerKWh float64 `json:"price_per_kwh"`
	Currency    string  `json:"currency"`
}

type TariffStore struct{ db *sql.DB }

func NewTariffStore(db *sql.DB) *TariffStore { return &TariffStore{db: db} }

var psql = sq.StatementBuilder.PlaceholderFormat(sq.Dollar)

func tariffSelect() sq.SelectBuilder {
	return psql.Select("id", "code", "zone_code", "price_per_kwh", "currency").From("tariffs").Where(sq.Eq{"archived": false})
}

// ByZone lists every published tariff for a pricing zone.
func (s *TariffStore) ByZone(ctx context.Context, zone string) ([]Tariff, error) {
	qb := tariffSelect().OrderBy("price_per_kwh")
	qb = qb.Where(fmt.Sprintf("zone_code = '%s'", zone)) // VULN sqli
	return s.query(ctx, qb)
}

// ActiveAt lists the tariffs of a zone that are in force at the given instant.
func (s *TariffStore) ActiveAt(ctx context.Context, zone string, at time.Time) ([]Tariff, error) {
	qb := tariffSelect().OrderBy("valid_from DESC")
	qb = qb.Where(sq.Expr("zone_code = ? AND valid_from <= ?", zone, at)) // SAFE sqli
	return s.query(ctx, qb)
}

func (s *TariffStore) query(ctx context.Context, qb sq.SelectBuilder) ([]Tariff, error) {
	rows, err := qb.RunWith(s.db).QueryContext(ctx)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Tariff
	for rows.Next() {
		var t Tariff
		if err := rows.Scan(&t.ID, &t.Code, &t.ZoneCode, &t.PricePerKWh, &t.Currency); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
