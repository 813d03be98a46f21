package repository

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type User struct {
	ID           int64
	Email        string
	PatientID    string
	Role         string
	PasswordHash string
}

type UserRepo struct{ pool *pgxpool.Pool }

func NewUserRepo(pool *pgxpool.Pool) *UserRepo { return &UserRepo{pool: pool} }

func (r *UserRepo) ByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	err := r.pool.QueryRow(ctx, `SELECT id, email, patient_id, role, password_hash FROM users WHERE lower(email) = lower($1)`, email).Scan(&u.ID, &u.Email, &u.PatientID, &u.Role, &u.PasswordHash)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &u, err
}

func (r *UserRepo) UpdatePasswordHash(ctx context.Context, id int64, hash string) error {
	_, err := r.pool.Exec(ctx, `UPDATE users SET password_hash = $2 WHERE id = $1`, id, hash)
	return err
}

func (r *UserRepo) StoreSession(ctx context.Context, userID int64, sid string, expires time.Time) error {
	_, err := r.pool.Exec(ctx, `INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)`, sid, userID, expires)
	return err
}

func (r *UserRepo) StoreResetCode(ctx context.Context, userID int64, code string, expires time.Time) error {
	_, err := r.pool.Exec(ctx, `INSERT INTO password_resets (user_id, code, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (user_id) DO UPDATE SET code = EXCLUDED.code, expires_at = EXCLUDED.expires_at`, userID, code, expires)
	return err
}
