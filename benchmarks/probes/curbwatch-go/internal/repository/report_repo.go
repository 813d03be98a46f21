package repository

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/curbwatch/curbwatch/internal/domain"
)

type ReportRepository struct {
	pool *pgxpool.Pool
}

func NewReportRepository(pool *pgxpool.Pool) *ReportRepository {
	return &ReportRepository{pool: pool}
}

// ReportRow is one bucket of an aggregate enforcement report.
type ReportRow struct {
	Bucket      string `json:"bucket"`
	Count       int64  `json:"count"`
	AmountCents int64  `json:"amount_cents"`
}

func (r *ReportRepository) SaveDefinition(ctx context.Context, def *domain.SavedReport) error {
	return r.pool.QueryRow(ctx, "INSERT INTO saved_reports (name, owner, group_by, from_date, to_date, created_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id, created_at", def.Name, def.Owner, def.GroupBy, def.FromDate, def.ToDate).Scan(&def.ID, &def.CreatedAt) // SAFE sqli
}

func (r *ReportRepository) GetDefinition(ctx context.Context, id int64) (domain.SavedReport, error) {
	var d domain.SavedReport
	err := r.pool.QueryRow(ctx,
		`SELECT id, name, owner, group_by, from_date, to_date, created_at FROM saved_reports WHERE id = $1`, id).
		Scan(&d.ID, &d.Name, &d.Owner, &d.GroupBy, &d.FromDate, &d.ToDate, &d.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return d, ErrNotFound
	}
	return d, err
}

func (r *ReportRepository) ListDefinitions(ctx context.Context, owner string) ([]domain.SavedReport, error) {
	rows, err := r.pool.Query(ctx,
		`SELECT id, name, owner, group_by, from_date, to_date, created_at FROM saved_reports WHERE owner = $1 ORDER BY name`, owner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.SavedReport
	for rows.Next() {
		var d domain.SavedReport
		if err := rows.Scan(&d.ID, &d.Name, &d.Owner, &d.GroupBy, &d.FromDate, &d.ToDate, &d.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Aggregate runs a saved report definition against the citations table.
func (r *ReportRepository) Aggregate(ctx context.Context, def domain.SavedReport) ([]ReportRow, error) {
	query := fmt.Sprintf(`SELECT %s::text AS bucket, count(*), COALESCE(sum(amount_cents), 0)
	  FROM citations WHERE issued_at >= $1 AND issued_at < $2 GROUP BY 1 ORDER BY 2 DESC`, def.GroupBy)
	rows, err := r.pool.Query(ctx, query, def.FromDate, def.ToDate) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("aggregate %d: %w", def.ID, err)
	}
	defer rows.Close()
	var out []ReportRow
	for rows.Next() {
		var row ReportRow
		if err := rows.Scan(&row.Bucket, &row.Count, &row.AmountCents); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}
