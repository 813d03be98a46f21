package model

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"
)

type VolunteerRepo struct {
	db *sqlx.DB
}

func NewVolunteerRepo(db *sqlx.DB) *VolunteerRepo { return &VolunteerRepo{db: db} }

func (r *VolunteerRepo) ByEmail(ctx context.Context, email string) (*Volunteer, error) {
	var v Volunteer
	err := r.db.GetContext(ctx, &v, `SELECT * FROM volunteers WHERE lower(email) = lower($1)`, email)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &v, err
}

func (r *VolunteerRepo) ByID(ctx context.Context, id int64) (*Volunteer, error) {
	var v Volunteer
	err := r.db.GetContext(ctx, &v, `SELECT * FROM volunteers WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &v, err
}

func (r *VolunteerRepo) Create(ctx context.Context, v *Volunteer) (int64, error) {
	var id int64
	err := r.db.QueryRowxContext(ctx, `INSERT INTO volunteers (email, display_name, password_hash, role, webhook_url)
		VALUES ($1, $2, $3, 'helper', $4) RETURNING id`, v.Email, v.DisplayName, v.PasswordHash, v.WebhookURL).Scan(&id)
	return id, err
}

func (r *VolunteerRepo) SetResetToken(ctx context.Context, id int64, token string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE volunteers SET reset_token = $1, reset_expires = now() + interval '1 hour' WHERE id = $2`, token, id)
	return err
}

func (r *VolunteerRepo) UpdateWebhook(ctx context.Context, id int64, hook string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE volunteers SET webhook_url = $1 WHERE id = $2`, hook, id)
	return err
}
