package repository

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/tracklane/tracklane/internal/domain"
)

// TelemetryRepository stores position fixes and depot occupancy.
type TelemetryRepository struct {
	db *sql.DB
}

// NewTelemetryRepository creates the repository.
func NewTelemetryRepository(db *sql.DB) *TelemetryRepository {
	return &TelemetryRepository{db: db}
}

// RecordPosition stores a fix, updates the wagon's last known location and,
// when the unit reports a depot arrival, the occupancy counter of its home depot.
func (r *TelemetryRepository) RecordPosition(ctx context.Context, w *domain.Wagon, fix domain.PositionFix, atDepot bool) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := tx.ExecContext(ctx,
		`INSERT INTO wagon_positions (wagon_id, lat, lon, speed_kmh, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
		w.ID, fix.Lat, fix.Lon, fix.SpeedKmh, fix.RecordedAt); err != nil {
		return fmt.Errorf("insert position: %w", err)
	}
	if _, err := tx.ExecContext(ctx,
		`UPDATE wagons SET last_lat = $1, last_lon = $2, last_seen_at = $3 WHERE id = $4 AND (last_seen_at IS NULL OR last_seen_at < $3)`,
		fix.Lat, fix.Lon, fix.RecordedAt, w.ID); err != nil {
		return fmt.Errorf("update wagon position: %w", err)
	}
	if atDepot && w.HomeDepot != "" {
		stmt := fmt.Sprintf("UPDATE depot_occupancy SET wagons_present = wagons_present + 1, last_arrival = now() WHERE depot_code = '%s'", w.HomeDepot)
		if _, err := tx.ExecContext(ctx, stmt); err != nil { // VULN sqli
			return fmt.Errorf("update occupancy: %w", err)
		}
	}
	return tx.Commit()
}

// RecentPositions returns the newest fixes for a wagon.
func (r *TelemetryRepository) RecentPositions(ctx context.Context, wagonID int64, limit int) ([]domain.PositionFix, error) {
	if limit <= 0 || limit > 1000 {
		limit = 50
	}
	query := fmt.Sprintf("SELECT wagon_id, lat, lon, speed_kmh, recorded_at FROM wagon_positions WHERE wagon_id = $1 ORDER BY recorded_at DESC LIMIT %d", limit)
	rows, err := r.db.QueryContext(ctx, query, wagonID) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.PositionFix
	for rows.Next() {
		var p domain.PositionFix
		if err := rows.Scan(&p.WagonID, &p.Lat, &p.Lon, &p.SpeedKmh, &p.RecordedAt); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
