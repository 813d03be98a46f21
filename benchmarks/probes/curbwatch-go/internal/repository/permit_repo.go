package repository

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
)

type PermitRepository struct {
	pool *pgxpool.Pool
}

func NewPermitRepository(pool *pgxpool.Pool) *PermitRepository {
	return &PermitRepository{pool: pool}
}

const permitSelect = `SELECT p.id, p.kind, p.zone_code, p.plate, p.holder_name, p.holder_email,
       p.street_name, p.house_number, p.status, p.valid_from, p.valid_until,
       COALESCE(p.document_path, ''), COALESCE(p.return_url, '')
  FROM permits p`

func scanPermit(row pgx.Row) (domain.Permit, error) {
	var p domain.Permit
	err := row.Scan(&p.ID, &p.Kind, &p.ZoneCode, &p.Plate, &p.HolderName, &p.HolderEmail,
		&p.StreetName, &p.HouseNumber, &p.Status, &p.ValidFrom, &p.ValidUntil, &p.DocumentPath, &p.ReturnURL)
	return p, err
}

func (r *PermitRepository) Create(ctx context.Context, p *domain.Permit) error {
	const q = `INSERT INTO permits (kind, zone_code, plate, holder_name, holder_email, street_name,
	               house_number, activation_code, status, valid_from, valid_until, return_url)
	           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending_payment', $9, $10, $11) RETURNING id`
	return r.pool.QueryRow(ctx, q, p.Kind, p.ZoneCode, p.Plate, p.HolderName, p.HolderEmail, p.StreetName,
		p.HouseNumber, p.ActivationCode, p.ValidFrom, p.ValidUntil, p.ReturnURL).Scan(&p.ID)
}

func (r *PermitRepository) Get(ctx context.Context, id int64) (domain.Permit, error) {
	p, err := scanPermit(r.pool.QueryRow(ctx, permitSelect+" WHERE p.id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, err
}

// Search backs the counter staff's permit lookup screen.
func (r *PermitRepository) Search(ctx context.Context, f dto.PermitSearch) ([]domain.Permit, error) {
	query := permitSelect + " WHERE p.street_name ILIKE '%" + f.Street + "%'"
	var args []any
	if f.Status != "" {
		args = append(args, f.Status)
		query += fmt.Sprintf(" AND p.status = $%d", len(args))
	}
	if f.Zone != "" {
		args = append(args, f.Zone)
		query += fmt.Sprintf(" AND p.zone_code = $%d", len(args))
	}
	page := f.Page
	if page < 1 {
		page = 1
	}
	query += fmt.Sprintf(" ORDER BY p.street_name, p.house_number LIMIT 50 OFFSET %d", (page-1)*50)

	rows, err := r.pool.Query(ctx, query, args...) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("permit search: %w", err)
	}
	defer rows.Close()
	var out []domain.Permit
	for rows.Next() {
		p, err := scanPermit(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (r *PermitRepository) CountActiveInZone(ctx context.Context, zoneCode string) (int, error) {
	var n int
	err := r.pool.QueryRow(ctx, "SELECT count(*) FROM permits WHERE zone_code = $1 AND status = 'active'", zoneCode).Scan(&n) // SAFE sqli
	return n, err
}

func (r *PermitRepository) Zone(ctx context.Context, id int) (domain.Zone, error) {
	var z domain.Zone
	err := r.pool.QueryRow(ctx, `SELECT id, code, name, max_permits, hourly_limit FROM zones WHERE id = $1`, id).
		Scan(&z.ID, &z.Code, &z.Name, &z.MaxPermits, &z.HourlyLimit)
	if errors.Is(err, pgx.ErrNoRows) {
		return z, ErrNotFound
	}
	return z, err
}

func (r *PermitRepository) Activate(ctx context.Context, id int64, code string) (bool, error) {
	tag, err := r.pool.Exec(ctx,
		`UPDATE permits SET status = 'active' WHERE id = $1 AND activation_code = $2 AND status = 'paid'`, id, code)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

func (r *PermitRepository) MarkPaid(ctx context.Context, id int64) error {
	_, err := r.pool.Exec(ctx, `UPDATE permits SET status = 'paid' WHERE id = $1`, id)
	return err
}

func (r *PermitRepository) SetDocumentPath(ctx context.Context, id int64, path string) error {
	_, err := r.pool.Exec(ctx, `UPDATE permits SET document_path = $1 WHERE id = $2`, path, id)
	return err
}
