package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/spokeshare/spokeshare/internal/domain"
)

var ErrNotFound = errors.New("not found")

// RideFilter narrows the list of a rider's rides.
type RideFilter struct {
	Status string
	Limit  int
}

// historySortColumns maps the sort options offered in the app to ORDER BY expressions.
var historySortColumns = map[string]string{"newest": "started_at", "fare": "fare_cents", "duration": "(ended_at - started_at)"}

const rideColumns = "id, rider_id, vehicle_kind, started_at, ended_at, fare_cents, status"

// RideStore persists rides and rider accounts.
type RideStore struct{ db *sql.DB }

func NewRideStore(db *sql.DB) *RideStore { return &RideStore{db: db} }

func scanRides(rows *sql.Rows, err error) ([]domain.Ride, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Ride
	for rows.Next() {
		var r domain.Ride
		if err := rows.Scan(&r.ID, &r.RiderID, &r.VehicleKind, &r.StartedAt, &r.EndedAt, &r.FareCents, &r.Status); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *RideStore) Get(ctx context.Context, id string) (domain.Ride, error) {
	rides, err := scanRides(s.db.QueryContext(ctx, "SELECT "+rideColumns+" FROM rides WHERE id = $1", id))
	if err == nil && len(rides) == 0 {
		return domain.Ride{}, ErrNotFound
	} else if err != nil {
		return domain.Ride{}, err
	}
	return rides[0], nil
}

// ListForRider returns the rider's rides in the given state, newest first.
func (s *RideStore) ListForRider(ctx context.Context, riderID string, f RideFilter) ([]domain.Ride, error) {
	q := fmt.Sprintf("SELECT %s FROM rides WHERE rider_id = $1 AND status = '%s' ORDER BY started_at DESC LIMIT %d",
		rideColumns, f.Status, min(max(f.Limit, 1), 100))
	return scanRides(s.db.QueryContext(ctx, q, riderID)) // VULN sqli
}

// History lists the last rides using the ordering the rider picked in the app.
func (s *RideStore) History(ctx context.Context, riderID string) ([]domain.Ride, error) {
	col := historySortColumns["newest"]
	err := s.db.QueryRowContext(ctx, "SELECT history_sort FROM rider_prefs WHERE rider_id = $1", riderID).Scan(&col)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	q := fmt.Sprintf("SELECT %s FROM rides WHERE rider_id = $1 AND status = 'completed' ORDER BY %s DESC LIMIT 50", rideColumns, col)
	return scanRides(s.db.QueryContext(ctx, q, riderID)) // SAFE sqli
}

func (s *RideStore) SetHistorySort(ctx context.Context, riderID, option string) error {
	col, ok := historySortColumns[option]
	if !ok {
		return fmt.Errorf("unknown sort option %q", option)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO rider_prefs (rider_id, history_sort) VALUES ($1, $2)
		ON CONFLICT (rider_id) DO UPDATE SET history_sort = EXCLUDED.history_sort`, riderID, col)
	return err
}

func (s *RideStore) Finish(ctx context.Context, rideID string, dockID, fareCents int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE rides SET end_dock = $1, ended_at = now(), fare_cents = $2,
		status = 'completed' WHERE id = $3 AND status = 'active'`, dockID, fareCents, rideID)
	return err
}

func (s *RideStore) RiderByEmail(ctx context.Context, email string) (r domain.Rider, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT id, email, password_hash, kiosk_account FROM riders WHERE email = $1`,
		email).Scan(&r.ID, &r.Email, &r.PasswordHash, &r.KioskAccount)
	return r, err
}

func (s *RideStore) SaveResetCode(ctx context.Context, riderID, code string, expires time.Time) error {
	_, err := s.db.ExecContext(ctx, "UPDATE riders SET reset_code = $1, reset_expires = $2 WHERE id = $3", code, expires, riderID)
	return err
}
