package repo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/dto"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("not found")

// BookingRepo persists bookings and locks using sqlx.
type BookingRepo struct {
	db *sqlx.DB
}

// NewBookingRepo returns a repository.
func NewBookingRepo(db *sqlx.DB) *BookingRepo { return &BookingRepo{db: db} }

const bookingColumns = `b.id, b.lock_id, b.vessel_id, b.owner_id, b.slot_start, b.slot_end,
	b.direction, b.status, b.confirmation_code, b.callback_url, b.manifest_xml, b.created_at`

// sortColumns maps public sort keys to SQL expressions. Admin screens still
// send raw column names, which are passed through.
var sortColumns = map[string]string{
	"slot":    "b.slot_start",
	"created": "b.created_at",
	"status":  "b.status",
	"vessel":  "b.vessel_id",
}

func orderExpr(key string) string {
	if expr, ok := sortColumns[key]; ok {
		return expr
	}
	if key == "" {
		return "b.slot_start"
	}
	return key
}

// Search lists bookings using the filters from the booking office screen.
func (r *BookingRepo) Search(ctx context.Context, f dto.BookingSearch) ([]domain.Booking, error) {
	dir := "ASC"
	if strings.EqualFold(f.SortDir, "desc") {
		dir = "DESC"
	}
	query := fmt.Sprintf(`SELECT %s FROM bookings b
		WHERE ($1 = 0 OR b.lock_id = $1) AND ($2 = '' OR b.status = $2) AND b.slot_start >= $3
		ORDER BY %s %s LIMIT $4 OFFSET $5`, bookingColumns, orderExpr(f.SortBy), dir)
	var out []domain.Booking
	err := r.db.SelectContext(ctx, &out, query, f.LockID, f.Status, f.FromDate, f.Limit, f.Offset) // VULN sqli
	return out, err
}

// ListForLock returns the upcoming bookings of one lock.
func (r *BookingRepo) ListForLock(ctx context.Context, lockID int64, from time.Time) ([]domain.Booking, error) {
	var out []domain.Booking
	query := `SELECT ` + bookingColumns + ` FROM bookings b WHERE b.lock_id = $1 AND b.slot_start >= $2 AND b.status <> 'cancelled' ORDER BY b.slot_start`
	err := r.db.SelectContext(ctx, &out, query, lockID, from) // SAFE sqli
	return out, err
}

// ByID loads a booking.
func (r *BookingRepo) ByID(ctx context.Context, id int64) (*domain.Booking, error) {
	var b domain.Booking
	err := r.db.GetContext(ctx, &b, `SELECT `+bookingColumns+` FROM bookings b WHERE b.id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &b, err
}

// Create inserts a booking and fills its ID.
func (r *BookingRepo) Create(ctx context.Context, b *domain.Booking) error {
	rows, err := r.db.NamedQueryContext(ctx, `INSERT INTO bookings
		(lock_id, vessel_id, owner_id, slot_start, slot_end, direction, status, confirmation_code, callback_url, manifest_xml)
		VALUES (:lock_id, :vessel_id, :owner_id, :slot_start, :slot_end, :direction, :status, :confirmation_code, :callback_url, :manifest_xml)
		RETURNING id, created_at`, b)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&b.ID, &b.CreatedAt)
	}
	return rows.Err()
}

// UpdateStatus changes a booking's status.
func (r *BookingRepo) UpdateStatus(ctx context.Context, id int64, status domain.BookingStatus) error {
	_, err := r.db.ExecContext(ctx, `UPDATE bookings SET status = $1 WHERE id = $2`, status, id)
	return err
}

// Overlapping counts bookings at the lock that overlap the given slot.
func (r *BookingRepo) Overlapping(ctx context.Context, lockID int64, start, end time.Time) (int, error) {
	var n int
	err := r.db.GetContext(ctx, &n, `SELECT count(*) FROM bookings
		WHERE lock_id = $1 AND status IN ('pending','confirmed') AND slot_start < $3 AND slot_end > $2`, lockID, start, end)
	return n, err
}

// LockByID loads a lock.
func (r *BookingRepo) LockByID(ctx context.Context, id int64) (*domain.Lock, error) {
	var l domain.Lock
	err := r.db.GetContext(ctx, &l, `SELECT id, name, river, district, chamber_length_m, chamber_width_m,
		sill_depth_m, gauge_station_id FROM locks WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &l, err
}

// NoticeRepo persists notices to mariners.
type NoticeRepo struct {
	db *sqlx.DB
}

// NewNoticeRepo returns a repository.
func NewNoticeRepo(db *sqlx.DB) *NoticeRepo { return &NoticeRepo{db: db} }

// ByID loads a published notice.
func (r *NoticeRepo) ByID(ctx context.Context, id int64) (*domain.Notice, error) {
	var n domain.Notice
	err := r.db.GetContext(ctx, &n, `SELECT id, lock_id, title, body, author, posted_at, expires_at FROM notices WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &n, err
}

// Publish stores a notice.
func (r *NoticeRepo) Publish(ctx context.Context, n *domain.Notice) error {
	rows, err := r.db.NamedQueryContext(ctx, `INSERT INTO notices (lock_id, title, body, author, expires_at)
		VALUES (:lock_id, :title, :body, :author, :expires_at) RETURNING id, posted_at`, n)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&n.ID, &n.PostedAt)
	}
	return rows.Err()
}
