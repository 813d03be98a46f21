package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// DriverLog is one hours-of-service entry recorded by the in-cab tablet.
type DriverLog struct {
	ID         int64     `json:"id"`
	VehicleID  int64     `json:"vehicle_id"`
	DutyStatus string    `json:"duty_status"`
	StartedAt  time.Time `json:"started_at"`
}

type DriverLogStore struct{ db *sql.DB }

func NewDriverLogStore(db *sql.DB) *DriverLogStore { return &DriverLogStore{db: db} }

func (s *DriverLogStore) ListForDriver(ctx context.Context, driverID int64, status string) ([]DriverLog, error) {
	q := fmt.Sprintf("SELECT id, vehicle_id, duty_status, started_at FROM driver_logs WHERE driver_id = %d", driverID)
	if status != "" {
		q += fmt.Sprintf(" AND duty_status = '%s'", status)
	}
	rows, err := s.db.QueryContext(ctx, q+" ORDER BY started_at DESC LIMIT 200") // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DriverLog
	for rows.Next() {
		var l DriverLog
		if err := rows.Scan(&l.ID, &l.VehicleID, &l.DutyStatus, &l.StartedAt); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

func (s *DriverLogStore) SetStatus(ctx context.Context, id int64, status string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE driver_logs SET duty_status = $1, updated_at = now() WHERE id = $2", status, id) // SAFE sqli
	return err
}
