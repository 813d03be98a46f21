package repository

import (
	"context"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/siloworks/elevator/internal/models"
)

// FarmerRepo reads grower accounts.
type FarmerRepo struct {
	db *sqlx.DB
}

func NewFarmerRepo(db *sqlx.DB) *FarmerRepo { return &FarmerRepo{db: db} }

// ByEmail is used by the portal login.
func (r *FarmerRepo) ByEmail(ctx context.Context, email string) (*models.Farmer, error) {
	var f models.Farmer
	const q = `SELECT id, name, farm_name, email, phone, password_hash, payee_ref, created_at FROM farmers WHERE lower(email) = $1`
	if err := r.db.GetContext(ctx, &f, q, strings.ToLower(strings.TrimSpace(email))); err != nil {
		return nil, err
	}
	return &f, nil
}

// ByID loads a farmer.
func (r *FarmerRepo) ByID(ctx context.Context, id int64) (*models.Farmer, error) {
	var f models.Farmer
	const q = `SELECT id, name, farm_name, email, phone, password_hash, payee_ref, created_at FROM farmers WHERE id = $1`
	if err := r.db.GetContext(ctx, &f, q, id); err != nil {
		return nil, err
	}
	return &f, nil
}

// SetPassword stores a new password hash.
func (r *FarmerRepo) SetPassword(ctx context.Context, id int64, hash string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE farmers SET password_hash = $1 WHERE id = $2`, hash, id)
	return err
}

// SaveResetToken stores a one-time reset token for the farmer.
func (r *FarmerRepo) SaveResetToken(ctx context.Context, id int64, token string) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO password_resets (farmer_id, token, expires_at)
		VALUES ($1, $2, now() + interval '30 minutes')`, id, token)
	return err
}
