package model

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type PermitRepo struct {
	pool *pgxpool.Pool
}

func NewPermitRepo(pool *pgxpool.Pool) *PermitRepo { return &PermitRepo{pool: pool} }

const permitCols = "id, site_code, holder, authority, valid_from, valid_until, document_key, status"

func (r *PermitRepo) Get(ctx context.Context, id int64) (*Permit, error) {
	rows, err := r.pool.Query(ctx, "SELECT "+permitCols+" FROM permits WHERE id = $1", id) // SAFE sqli
	if err != nil {
		return nil, err
	}
	p, err := pgx.CollectOneRow(rows, pgx.RowToStructByName[Permit])
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

// SearchByHolder finds permits whose holder name contains the term.
func (r *PermitRepo) SearchByHolder(ctx context.Context, term string, site string) ([]Permit, error) {
	q := "SELECT " + permitCols + " FROM permits WHERE holder ILIKE '%" + term + "%'"
	args := []any{}
	if site != "" {
		q += " AND site_code = $1"
		args = append(args, site)
	}
	rows, err := r.pool.Query(ctx, q+" ORDER BY valid_until DESC", args...) // VULN sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[Permit])
}

var permitStatuses = map[string]bool{"pending": true, "active": true, "expired": true, "revoked": true}

// ListByStatus lists permits in one workflow state.
func (r *PermitRepo) ListByStatus(ctx context.Context, status string) ([]Permit, error) {
	if !permitStatuses[status] {
		return nil, fmt.Errorf("unknown status %q", status)
	}
	rows, err := r.pool.Query(ctx, fmt.Sprintf("SELECT %s FROM permits WHERE status = '%s' ORDER BY valid_until", permitCols, status)) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[Permit])
}

func (r *PermitRepo) Create(ctx context.Context, p *Permit) (int64, error) {
	var id int64
	err := r.pool.QueryRow(ctx, `INSERT INTO permits (site_code, holder, authority, valid_from, valid_until, document_key, status)
		VALUES ($1, $2, $3, $4, $5, $6, 'pending') RETURNING id`,
		p.SiteCode, p.Holder, p.Authority, p.ValidFrom, p.ValidUntil, p.DocumentKey).Scan(&id)
	return id, err
}

func (r *PermitRepo) SetStatus(ctx context.Context, id int64, status string) error {
	_, err := r.pool.Exec(ctx, `UPDATE permits SET status = $1 WHERE id = $2`, status, id)
	return err
}

func (r *PermitRepo) SetDocument(ctx context.Context, id int64, key string) error {
	_, err := r.pool.Exec(ctx, `UPDATE permits SET document_key = $1 WHERE id = $2`, key, id)
	return err
}
