package reports

import (
	"context"
	"database/sql"
	"time"
)

// RouteSummary aggregates pickups per driver route for a day.
type RouteSummary struct {
	Route     string
	Stops     int
	Bins      int
	Collected int
}

// PickupReports uses database/sql for the dispatch summaries.
type PickupReports struct {
	db *sql.DB
}

func NewPickupReports(db *sql.DB) *PickupReports {
	return &PickupReports{db: db}
}

// DailyRoutes summarises the pickups scheduled for the day that contains `day`.
func (r *PickupReports) DailyRoutes(ctx context.Context, day time.Time, depot string) ([]RouteSummary, error) {
	start := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, day.Location())
	end := start.Add(24 * time.Hour)
	rows, err := r.db.QueryContext(ctx, `SELECT route, COUNT(*), SUM(bins), SUM(CASE WHEN status = 'collected' THEN 1 ELSE 0 END)
FROM pickups WHERE window_start >= $1 AND window_start < $2 AND route LIKE $3 || '%' GROUP BY route ORDER BY route`, start, end, depot) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RouteSummary
	for rows.Next() {
		var s RouteSummary
		if err := rows.Scan(&s.Route, &s.Stops, &s.Bins, &s.Collected); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// DriverNote returns the note a grower left for the driver and the grower's name.
func (r *PickupReports) DriverNote(ctx context.Context, pickupID uint) (string, string, error) {
	var note, grower string
	err := r.db.QueryRowContext(ctx, "SELECT p.driver_note, g.name FROM pickups p JOIN growers g ON g.id = p.grower_id WHERE p.id = $1", pickupID).Scan(&note, &grower)
	return note, grower, err
}
