package repo

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ScheduleRow is a joined booking/vessel row for the lock keeper's day view.
type ScheduleRow struct {
	BookingID   int64     `db:"booking_id"`
	VesselName  string    `db:"vessel_name"`
	VesselClass string    `db:"vessel_class"`
	Direction   string    `db:"direction"`
	SlotStart   time.Time `db:"slot_start"`
	SlotEnd     time.Time `db:"slot_end"`
}

// ScheduleRepo serves the go-zero schedule API from pgx.
type ScheduleRepo struct {
	pool *pgxpool.Pool
}

// NewScheduleRepo returns a repository.
func NewScheduleRepo(pool *pgxpool.Pool) *ScheduleRepo { return &ScheduleRepo{pool: pool} }

const scheduleSelect = `SELECT b.id AS booking_id, v.name AS vessel_name, v.vessel_class, b.direction,
	b.slot_start, b.slot_end FROM bookings b JOIN vessels v ON v.id = b.vessel_id`

// ForDay returns the confirmed slots of a lock on one day.
func (r *ScheduleRepo) ForDay(ctx context.Context, lockID int64, start, end time.Time) ([]ScheduleRow, error) {
	rows, err := r.pool.Query(ctx, scheduleSelect+` WHERE b.lock_id = $1 AND b.slot_start >= $2 AND b.slot_start < $3 AND b.status = 'confirmed' ORDER BY b.slot_start`, lockID, start, end) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[ScheduleRow])
}

// ForDayByClass narrows the day view to one vessel class (barge, pusher, leisure...).
func (r *ScheduleRepo) ForDayByClass(ctx context.Context, lockID int64, start, end time.Time, class string) ([]ScheduleRow, error) {
	query := scheduleSelect + ` WHERE b.lock_id = $1 AND b.slot_start >= $2 AND b.slot_start < $3
		AND b.status = 'confirmed' AND v.vessel_class = '` + class + `' ORDER BY b.slot_start`
	rows, err := r.pool.Query(ctx, query, lockID, start, end) // VULN sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[ScheduleRow])
}
