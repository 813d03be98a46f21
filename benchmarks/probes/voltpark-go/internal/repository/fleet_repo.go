package repository

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"

	"github.com/voltpark/platform/internal/models"
)

type FleetRepo struct {
	db *sqlx.DB
}

func NewFleetRepo(db *sqlx.DB) *FleetRepo {
	return &FleetRepo{db: db}
}

const accountColumns = `id, parent_id, name, billing_email, website, invoice_template, currency,
	(SELECT count(*) FROM vehicles v WHERE v.account_id = fleet_accounts.id) AS vehicle_count, created_at`

func (r *FleetRepo) GetAccount(ctx context.Context, id string) (*models.FleetAccount, error) {
	var a models.FleetAccount
	err := r.db.GetContext(ctx, &a, `SELECT `+accountColumns+` FROM fleet_accounts WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func (r *FleetRepo) ListAccounts(ctx context.Context) ([]models.FleetAccount, error) {
	var out []models.FleetAccount
	err := r.db.SelectContext(ctx, &out, `SELECT `+accountColumns+` FROM fleet_accounts ORDER BY name`)
	return out, err
}

func (r *FleetRepo) UpdateProfile(ctx context.Context, id, name, billingEmail, website string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE fleet_accounts SET name = $2, billing_email = $3, website = $4, updated_at = now() WHERE id = $1`,
		id, name, billingEmail, website)
	return err
}

func (r *FleetRepo) SetInvoiceTemplate(ctx context.Context, id, tmpl string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE fleet_accounts SET invoice_template = $2, updated_at = now() WHERE id = $1`, id, tmpl)
	return err
}

func (r *FleetRepo) CreateUser(ctx context.Context, u *models.FleetUser) error {
	_, err := r.db.NamedExecContext(ctx, `INSERT INTO fleet_users (id, account_id, email, password_hash, role, created_at)
		VALUES (:id, :account_id, :email, :password_hash, :role, :created_at)`, u)
	return err
}

func (r *FleetRepo) UserByEmail(ctx context.Context, email string) (*models.FleetUser, error) {
	var u models.FleetUser
	err := r.db.GetContext(ctx, &u, `SELECT id, account_id, email, password_hash, role, created_at
		FROM fleet_users WHERE lower(email) = lower($1)`, email)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &u, err
}

func (r *FleetRepo) CreateDriver(ctx context.Context, d *models.Driver) error {
	_, err := r.db.NamedExecContext(ctx, `INSERT INTO drivers (id, account_id, name, email, password_digest, created_at)
		VALUES (:id, :account_id, :name, :email, :password_digest, :created_at)`, d)
	return err
}

// ConsumeInvite marks a driver invite as used and returns the account it belongs to.
func (r *FleetRepo) ConsumeInvite(ctx context.Context, code string) (string, error) {
	var accountID string
	err := r.db.QueryRowxContext(ctx, `UPDATE driver_invites SET used_at = now()
		WHERE code = $1 AND used_at IS NULL AND expires_at > now() RETURNING account_id`, code).Scan(&accountID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return accountID, err
}
