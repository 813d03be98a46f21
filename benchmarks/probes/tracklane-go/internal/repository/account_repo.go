package repository

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/tracklane/tracklane/internal/domain"
)

// AccountRepository stores portal operators, API partners and reset tokens.
type AccountRepository struct {
	db *sql.DB
}

// NewAccountRepository creates the repository.
func NewAccountRepository(db *sql.DB) *AccountRepository {
	return &AccountRepository{db: db}
}

// OperatorByUsername loads a portal operator.
func (r *AccountRepository) OperatorByUsername(ctx context.Context, username string) (*domain.Operator, error) {
	var o domain.Operator
	var hash sql.NullString
	err := r.db.QueryRowContext(ctx,
		`SELECT id, username, display_name, email, role, depot_code, password_hash, created_at
		 FROM operators WHERE lower(username) = lower($1)`, username).
		Scan(&o.ID, &o.Username, &o.DisplayName, &o.Email, &o.Role, &o.DepotCode, &hash, &o.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	o.PasswordHash = hash.String
	return &o, err
}

// UpsertOperator creates or refreshes an operator from directory data.
func (r *AccountRepository) UpsertOperator(ctx context.Context, o *domain.Operator) error {
	return r.db.QueryRowContext(ctx,
		`INSERT INTO operators (username, display_name, email, role, depot_code, password_hash, created_at)
		 VALUES ($1, $2, $3, $4, $5, NULLIF($6, ''), now())
		 ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, email = EXCLUDED.email,
		   role = EXCLUDED.role, password_hash = COALESCE(EXCLUDED.password_hash, operators.password_hash)
		 RETURNING id, created_at`,
		o.Username, o.DisplayName, o.Email, o.Role, o.DepotCode, o.PasswordHash).Scan(&o.ID, &o.CreatedAt)
}

// CreatePartner stores a new API partner.
func (r *AccountRepository) CreatePartner(ctx context.Context, p *domain.Partner) error {
	return r.db.QueryRowContext(ctx,
		`INSERT INTO partners (name, client_id, password_digest, operator_code, scopes) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		p.Name, p.ClientID, p.PasswordDigest, p.OperatorCode, pq.Array(p.Scopes)).Scan(&p.ID)
}

// PartnerByClientID loads a partner for client-credential login.
func (r *AccountRepository) PartnerByClientID(ctx context.Context, clientID string) (*domain.Partner, error) {
	var p domain.Partner
	err := r.db.QueryRowContext(ctx,
		`SELECT id, name, client_id, password_digest, operator_code, scopes FROM partners WHERE client_id = $1`, clientID).
		Scan(&p.ID, &p.Name, &p.ClientID, &p.PasswordDigest, &p.OperatorCode, pq.Array(&p.Scopes))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

// StoreResetToken saves a password reset token for an operator.
func (r *AccountRepository) StoreResetToken(ctx context.Context, operatorID int64, token string, expires time.Time) error {
	_, err := r.db.ExecContext(ctx,
		`INSERT INTO password_resets (operator_id, token, expires_at) VALUES ($1, $2, $3)`,
		operatorID, strings.TrimSpace(token), expires)
	return err
}

// StoreAPIKey saves the hash of an issued partner API key.
func (r *AccountRepository) StoreAPIKey(ctx context.Context, partnerID int64, prefix, keyHash string) error {
	_, err := r.db.ExecContext(ctx,
		`INSERT INTO partner_api_keys (partner_id, prefix, key_hash, created_at) VALUES ($1, $2, $3, now())`,
		partnerID, prefix, keyHash)
	return err
}

// OperatorsForDepot lists operators of a depot who receive e-mail notifications.
func (r *AccountRepository) OperatorsForDepot(ctx context.Context, depot string) ([]*domain.Operator, error) {
	rows, err := r.db.QueryContext(ctx,
		`SELECT id, username, display_name, email, role, depot_code, created_at
		 FROM operators WHERE depot_code = $1 AND notify_email AND email <> ''`, depot)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*domain.Operator
	for rows.Next() {
		var o domain.Operator
		if err := rows.Scan(&o.ID, &o.Username, &o.DisplayName, &o.Email, &o.Role, &o.DepotCode, &o.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, &o)
	}
	return out, rows.Err()
}

// OperatorByID loads an operator by primary key.
func (r *AccountRepository) OperatorByID(ctx context.Context, id int64) (*domain.Operator, error) {
	var o domain.Operator
	err := r.db.QueryRowContext(ctx,
		`SELECT id, username, display_name, email, role, depot_code, created_at FROM operators WHERE id = $1`, id).
		Scan(&o.ID, &o.Username, &o.DisplayName, &o.Email, &o.Role, &o.DepotCode, &o.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &o, err
}

// WebhookRepository stores partner callback subscriptions.
type WebhookRepository struct {
	db *sql.DB
}

// NewWebhookRepository creates the repository.
func NewWebhookRepository(db *sql.DB) *WebhookRepository {
	return &WebhookRepository{db: db}
}

// Create stores a webhook.
func (r *WebhookRepository) Create(ctx context.Context, h *domain.Webhook) error {
	return r.db.QueryRowContext(ctx,
		`INSERT INTO webhooks (partner_id, callback_url, events, secret, active, created_at)
		 VALUES ($1, $2, $3, $4, true, now()) RETURNING id, created_at`,
		h.PartnerID, h.CallbackURL, pq.Array(h.Events), h.Secret).Scan(&h.ID, &h.CreatedAt)
}

// ActiveForOperator returns active hooks of partners owning wagons of operatorCode
// that subscribed to event.
func (r *WebhookRepository) ActiveForOperator(ctx context.Context, operatorCode, event string) ([]domain.Webhook, error) {
	rows, err := r.db.QueryContext(ctx,
		`SELECT h.id, h.partner_id, h.callback_url, h.events, h.secret
		 FROM webhooks h JOIN partners p ON p.id = h.partner_id
		 WHERE h.active AND p.operator_code = $1 AND $2 = ANY(h.events)`, operatorCode, event)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Webhook
	for rows.Next() {
		var h domain.Webhook
		if err := rows.Scan(&h.ID, &h.PartnerID, &h.CallbackURL, pq.Array(&h.Events), &h.Secret); err != nil {
			return nil, err
		}
		h.Active = true
		out = append(out, h)
	}
	return out, rows.Err()
}

// Deactivate disables a hook after repeated delivery failures.
func (r *WebhookRepository) Deactivate(ctx context.Context, id int64) error {
	_, err := r.db.ExecContext(ctx, `UPDATE webhooks SET active = false WHERE id = $1`, id)
	return err
}

// TemplateRepository stores editable notification templates.
type TemplateRepository struct {
	db *sql.DB
}

// NewTemplateRepository creates the repository.
func NewTemplateRepository(db *sql.DB) *TemplateRepository {
	return &TemplateRepository{db: db}
}

// All lists every template.
func (r *TemplateRepository) All(ctx context.Context) ([]domain.NotificationTemplate, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT event, subject, body, updated_by, updated_at FROM notification_templates ORDER BY event`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.NotificationTemplate
	for rows.Next() {
		var t domain.NotificationTemplate
		if err := rows.Scan(&t.Event, &t.Subject, &t.Body, &t.UpdatedBy, &t.UpdatedAt); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// ByEvent loads the template configured for an event.
func (r *TemplateRepository) ByEvent(ctx context.Context, event string) (*domain.NotificationTemplate, error) {
	var t domain.NotificationTemplate
	err := r.db.QueryRowContext(ctx,
		`SELECT event, subject, body, updated_by, updated_at FROM notification_templates WHERE event = $1`, event).
		Scan(&t.Event, &t.Subject, &t.Body, &t.UpdatedBy, &t.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &t, err
}

// Save creates or replaces a template.
func (r *TemplateRepository) Save(ctx context.Context, t *domain.NotificationTemplate) error {
	_, err := r.db.ExecContext(ctx,
		`INSERT INTO notification_templates (event, subject, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, now())
		 ON CONFLICT (event) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body,
		   updated_by = EXCLUDED.updated_by, updated_at = now()`,
		t.Event, t.Subject, t.Body, t.UpdatedBy)
	return err
}
