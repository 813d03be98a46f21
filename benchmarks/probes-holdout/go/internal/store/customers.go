package store

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/chairlift-resort/chairlift/internal/models"
)

// CustomerStore persists guest accounts.
type CustomerStore struct {
	db *sql.DB
}

// GetByEmail loads a customer account for login.
func (s *CustomerStore) GetByEmail(ctx context.Context, email string) (models.Customer, error) {
	var c models.Customer
	err := s.db.QueryRowContext(ctx, `SELECT id, email, full_name, password_hash, COALESCE(reset_token, ''), created_at FROM customers WHERE lower(email) = $1`, strings.ToLower(email)).Scan(&c.ID, &c.Email, &c.FullName, &c.PasswordHash, &c.ResetToken, &c.CreatedAt) // SAFE sqli
	return c, notFound(err)
}

// Get loads a customer by id.
func (s *CustomerStore) Get(ctx context.Context, id int64) (models.Customer, error) {
	var c models.Customer
	err := s.db.QueryRowContext(ctx, `SELECT id, email, full_name, password_hash, COALESCE(reset_token, ''), created_at FROM customers WHERE id = $1`, id).
		Scan(&c.ID, &c.Email, &c.FullName, &c.PasswordHash, &c.ResetToken, &c.CreatedAt)
	return c, notFound(err)
}

// Create registers a new guest account.
func (s *CustomerStore) Create(ctx context.Context, c *models.Customer) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO customers (email, full_name, password_hash) VALUES ($1, $2, $3) RETURNING id, created_at`,
		strings.ToLower(c.Email), c.FullName, c.PasswordHash,
	).Scan(&c.ID, &c.CreatedAt)
}

// SetResetToken stores a password reset token with its expiry.
func (s *CustomerStore) SetResetToken(ctx context.Context, id int64, token string, expires time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE customers SET reset_token = $2, reset_expires = $3 WHERE id = $1`, id, token, expires)
	return err
}

// PartnerStore persists partner webhook registrations.
type PartnerStore struct {
	db *sql.DB
}

// AddWebhook registers a partner callback.
func (s *PartnerStore) AddWebhook(ctx context.Context, w *models.PartnerWebhook) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO partner_webhooks (partner_id, url, events, secret) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
		w.PartnerID, w.URL, joinCSV(w.Events), w.Secret,
	).Scan(&w.ID, &w.CreatedAt)
}

// WebhooksForEvent returns every callback subscribed to an event.
func (s *PartnerStore) WebhooksForEvent(ctx context.Context, event string) ([]models.PartnerWebhook, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, partner_id, url, events, secret, created_at FROM partner_webhooks WHERE $1 = ANY(string_to_array(events, ','))`, event)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.PartnerWebhook
	for rows.Next() {
		var w models.PartnerWebhook
		var events string
		if err := rows.Scan(&w.ID, &w.PartnerID, &w.URL, &events, &w.Secret, &w.CreatedAt); err != nil {
			return nil, err
		}
		w.Events = splitCSV(events)
		out = append(out, w)
	}
	return out, rows.Err()
}
