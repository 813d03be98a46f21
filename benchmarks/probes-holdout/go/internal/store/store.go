// Package store contains the PostgreSQL repositories.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/chairlift-resort/chairlift/internal/models"
)

// ErrNotFound is returned when a lookup matches no row.
var ErrNotFound = errors.New("store: not found")

// Stores bundles every repository so handlers can be wired from one value.
type Stores struct {
	Passes      *PassStore
	Orders      *OrderStore
	Customers   *CustomerStore
	Lifts       *LiftStore
	Maintenance *MaintenanceStore
	Lessons     *LessonStore
	Bulletins   *BulletinStore
	Partners    *PartnerStore
}

// New builds all repositories over one connection pool.
func New(db *sql.DB) *Stores {
	return &Stores{
		Passes:      &PassStore{db: db},
		Orders:      &OrderStore{db: db},
		Customers:   &CustomerStore{db: db},
		Lifts:       &LiftStore{db: db},
		Maintenance: &MaintenanceStore{db: db},
		Lessons:     &LessonStore{db: db},
		Bulletins:   &BulletinStore{db: db},
		Partners:    &PartnerStore{db: db},
	}
}

func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

// OrderStore persists checkout orders.
type OrderStore struct {
	db *sql.DB
}

// Create inserts a pending order.
func (s *OrderStore) Create(ctx context.Context, o *models.Order) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO orders (customer_id, status, total_cents, gift_recipient, gift_email, gift_message, voucher_code)
		 VALUES ($1, 'pending', $2, $3, $4, $5, $6) RETURNING id, created_at`,
		o.CustomerID, o.TotalCents, o.GiftRecipient, o.GiftEmail, o.GiftMessage, o.VoucherCode,
	).Scan(&o.ID, &o.CreatedAt)
}

// Get loads an order by id.
func (s *OrderStore) Get(ctx context.Context, id int64) (models.Order, error) {
	var o models.Order
	err := s.db.QueryRowContext(ctx,
		`SELECT id, customer_id, status, total_cents, gift_recipient, gift_email, gift_message, voucher_code, payment_ref, created_at, completed_at
		 FROM orders WHERE id = $1`, id,
	).Scan(&o.ID, &o.CustomerID, &o.Status, &o.TotalCents, &o.GiftRecipient, &o.GiftEmail, &o.GiftMessage, &o.VoucherCode, &o.PaymentRef, &o.CreatedAt, &o.CompletedAt)
	return o, notFound(err)
}

// MarkPaid records a successful payment callback.
func (s *OrderStore) MarkPaid(ctx context.Context, id int64, paymentRef string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', payment_ref = $2, completed_at = $3 WHERE id = $1`, id, paymentRef, time.Now().UTC())
	return err
}
