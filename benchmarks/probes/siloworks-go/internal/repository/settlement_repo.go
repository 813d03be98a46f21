package repository

import (
	"context"

	"github.com/jmoiron/sqlx"

	"github.com/siloworks/elevator/internal/models"
)

// SettlementRepo persists settlement statements.
type SettlementRepo struct {
	db *sqlx.DB
}

func NewSettlementRepo(db *sqlx.DB) *SettlementRepo { return &SettlementRepo{db: db} }

// Insert writes a statement and its lines in one transaction.
func (r *SettlementRepo) Insert(ctx context.Context, s *models.Settlement) error {
	tx, err := r.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	err = tx.QueryRowxContext(ctx, `INSERT INTO settlements
		(statement_no, farmer_id, farmer_name, period_from, period_to, gross_amount, deductions, net_amount, memo, status, created_at)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'draft', now()) RETURNING id, created_at`,
		s.StatementNo, s.FarmerID, s.FarmerName, s.PeriodFrom, s.PeriodTo,
		s.GrossAmount, s.Deductions, s.NetAmount, s.Memo).Scan(&s.ID, &s.CreatedAt)
	if err != nil {
		return err
	}
	for _, l := range s.Lines {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settlement_lines
			(settlement_id, ticket_no, commodity, net_bushels, price, discount, amount)
			VALUES ($1,$2,$3,$4,$5,$6,$7)`,
			s.ID, l.TicketNo, l.Commodity, l.NetBushels, l.Price, l.Discount, l.Amount); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// GetByID loads a statement with its lines.
func (r *SettlementRepo) GetByID(ctx context.Context, id int64) (*models.Settlement, error) {
	var s models.Settlement
	if err := r.db.GetContext(ctx, &s, `SELECT id, statement_no, farmer_id, farmer_name, period_from, period_to,
		gross_amount, deductions, net_amount, memo, pdf_file, status, created_at FROM settlements WHERE id = $1`, id); err != nil {
		return nil, err
	}
	if err := r.db.SelectContext(ctx, &s.Lines, `SELECT ticket_no, commodity, net_bushels, price, discount, amount
		FROM settlement_lines WHERE settlement_id = $1 ORDER BY ticket_no`, id); err != nil {
		return nil, err
	}
	return &s, nil
}

// ListForFarmer returns statement headers for the portal.
func (r *SettlementRepo) ListForFarmer(ctx context.Context, farmerID int64) ([]models.Settlement, error) {
	var out []models.Settlement
	err := r.db.SelectContext(ctx, &out, `SELECT id, statement_no, farmer_id, farmer_name, period_from, period_to,
		gross_amount, deductions, net_amount, memo, pdf_file, status, created_at
		FROM settlements WHERE farmer_id = $1 ORDER BY period_to DESC`, farmerID)
	return out, err
}

// SetPDF records the rendered statement file and marks it issued.
func (r *SettlementRepo) SetPDF(ctx context.Context, id int64, file string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE settlements SET pdf_file = $1, status = 'issued' WHERE id = $2`, file, id)
	return err
}

// WebhookRepo stores partner callback registrations.
type WebhookRepo struct {
	db *sqlx.DB
}

func NewWebhookRepo(db *sqlx.DB) *WebhookRepo { return &WebhookRepo{db: db} }

// Insert registers a callback.
func (r *WebhookRepo) Insert(ctx context.Context, w *models.Webhook) error {
	return r.db.QueryRowxContext(ctx, `INSERT INTO webhooks (partner_id, event, target_url, secret, created_at)
		VALUES ($1,$2,$3,$4, now()) RETURNING id, created_at`, w.PartnerID, w.Event, w.TargetURL, w.Secret).
		Scan(&w.ID, &w.CreatedAt)
}

// ForEvent returns every registration listening to an event.
func (r *WebhookRepo) ForEvent(ctx context.Context, event string) ([]models.Webhook, error) {
	var out []models.Webhook
	err := r.db.SelectContext(ctx, &out, `SELECT id, partner_id, event, target_url, secret, created_at
		FROM webhooks WHERE event = $1`, event)
	return out, err
}
