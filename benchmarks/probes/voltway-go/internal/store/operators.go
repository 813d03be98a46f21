package store

import (
	"context"
	"database/sql"
	"time"
)

type Operator struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Email        string `json:"email"`
	Region       string `json:"region"`
	PasswordHash string `json:"-"`
	LegacyHash   bool   `json:"-"`
}

type OperatorStore struct{ db *sql.DB }

func NewOperatorStore(db *sql.DB) *OperatorStore { return &OperatorStore{db: db} }

const operatorSelect = "SELECT id, name, email, region, password_hash, legacy_hash FROM operators "

func scanOperator(row rowScanner) (*Operator, error) {
	var op Operator
	if err := row.Scan(&op.ID, &op.Name, &op.Email, &op.Region, &op.PasswordHash, &op.LegacyHash); err != nil {
		return nil, err
	}
	return &op, nil
}

func (s *OperatorStore) ByEmail(ctx context.Context, email string) (*Operator, error) {
	return scanOperator(s.db.QueryRowContext(ctx, operatorSelect+"WHERE lower(email) = lower($1)", email))
}

func (s *OperatorStore) ByID(ctx context.Context, id string) (*Operator, error) {
	return scanOperator(s.db.QueryRowContext(ctx, operatorSelect+"WHERE id = $1", id))
}

func (s *OperatorStore) Create(ctx context.Context, op *Operator) error {
	return s.db.QueryRowContext(ctx, "INSERT INTO operators (name, email, region, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
		op.Name, op.Email, op.Region, op.PasswordHash).Scan(&op.ID)
}

func (s *OperatorStore) SaveResetCode(ctx context.Context, id, code string, expires time.Time) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO password_resets (operator_id, code, expires_at) VALUES ($1, $2, $3)", id, code, expires)
	return err
}
