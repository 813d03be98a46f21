package repository

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/curbwatch/curbwatch/internal/domain"
)

type FleetRepository struct {
	pool *pgxpool.Pool
}

func NewFleetRepository(pool *pgxpool.Pool) *FleetRepository {
	return &FleetRepository{pool: pool}
}

func (r *FleetRepository) Create(ctx context.Context, a *domain.FleetAccount) error {
	const q = `INSERT INTO fleet_accounts (company_name, contact_email, website, webhook_url, password_hash, created_at)
	           VALUES ($1, $2, $3, $4, $5, now()) RETURNING id, created_at`
	return r.pool.QueryRow(ctx, q, a.CompanyName, a.ContactEmail, a.Website, a.WebhookURL, a.PasswordHash).
		Scan(&a.ID, &a.CreatedAt)
}

func (r *FleetRepository) Get(ctx context.Context, id int64) (domain.FleetAccount, error) {
	var a domain.FleetAccount
	err := r.pool.QueryRow(ctx,
		`SELECT id, company_name, contact_email, website, webhook_url, password_hash, created_at
		   FROM fleet_accounts WHERE id = $1`, id).
		Scan(&a.ID, &a.CompanyName, &a.ContactEmail, &a.Website, &a.WebhookURL, &a.PasswordHash, &a.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

func (r *FleetRepository) GetByEmail(ctx context.Context, email string) (domain.FleetAccount, error) {
	var a domain.FleetAccount
	err := r.pool.QueryRow(ctx,
		`SELECT id, company_name, contact_email, website, webhook_url, password_hash, created_at
		   FROM fleet_accounts WHERE lower(contact_email) = lower($1)`, email).
		Scan(&a.ID, &a.CompanyName, &a.ContactEmail, &a.Website, &a.WebhookURL, &a.PasswordHash, &a.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

func (r *FleetRepository) UpdatePassword(ctx context.Context, id int64, hash string) error {
	_, err := r.pool.Exec(ctx, `UPDATE fleet_accounts SET password_hash = $1 WHERE id = $2`, hash, id)
	return err
}

// FleetForPlate finds the fleet operator that owns a plate, if any.
func (r *FleetRepository) FleetForPlate(ctx context.Context, plate, state string) (domain.FleetAccount, error) {
	var a domain.FleetAccount
	err := r.pool.QueryRow(ctx,
		`SELECT f.id, f.company_name, f.contact_email, f.website, f.webhook_url, f.password_hash, f.created_at
		   FROM fleet_accounts f JOIN vehicles v ON v.fleet_id = f.id
		  WHERE v.plate = $1 AND v.state = $2`, plate, state).
		Scan(&a.ID, &a.CompanyName, &a.ContactEmail, &a.Website, &a.WebhookURL, &a.PasswordHash, &a.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

func (r *FleetRepository) List(ctx context.Context) ([]domain.FleetAccount, error) {
	rows, err := r.pool.Query(ctx,
		`SELECT id, company_name, contact_email, website, webhook_url, '' , created_at FROM fleet_accounts ORDER BY company_name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.FleetAccount
	for rows.Next() {
		var a domain.FleetAccount
		if err := rows.Scan(&a.ID, &a.CompanyName, &a.ContactEmail, &a.Website, &a.WebhookURL, &a.PasswordHash, &a.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
