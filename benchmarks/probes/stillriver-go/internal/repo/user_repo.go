package repo

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/stillriver/stillriver/internal/domain"
)

// UserRepo persists portal accounts using sqlx.
type UserRepo struct {
	db *sqlx.DB
}

// NewUserRepo returns a repository.
func NewUserRepo(db *sqlx.DB) *UserRepo { return &UserRepo{db: db} }

// ByUsername loads a user by login name.
func (r *UserRepo) ByUsername(ctx context.Context, username string) (*domain.User, error) {
	var u domain.User
	err := r.db.GetContext(ctx, &u, `SELECT id, username, email, password_hash, role, created_at FROM users WHERE lower(username) = lower($1)`, username)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &u, err
}

// ByEmail loads a user by e-mail address.
func (r *UserRepo) ByEmail(ctx context.Context, email string) (*domain.User, error) {
	var u domain.User
	err := r.db.GetContext(ctx, &u, `SELECT id, username, email, password_hash, role, created_at FROM users WHERE lower(email) = lower($1)`, email)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &u, err
}

// Create inserts a user.
func (r *UserRepo) Create(ctx context.Context, u *domain.User) error {
	return r.db.QueryRowxContext(ctx, `INSERT INTO users (username, email, password_hash, role)
		VALUES ($1, $2, $3, $4) RETURNING id, created_at`, u.Username, u.Email, u.PasswordHash, u.Role).Scan(&u.ID, &u.CreatedAt)
}

// StoreResetToken saves a hashed reset token with its expiry.
func (r *UserRepo) StoreResetToken(ctx context.Context, userID int64, tokenHash string, expires time.Time) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at`, userID, tokenHash, expires)
	return err
}
