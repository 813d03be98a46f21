package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/models"
)

// LiftStore persists lifts and their controller settings.
type LiftStore struct {
	db *sql.DB
}

// All returns every lift ordered for the status board.
func (s *LiftStore) All(ctx context.Context) ([]models.Lift, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, kind, status, COALESCE(controller_address, ''), capacity_per_hour FROM lifts ORDER BY sort_order, name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Lift
	for rows.Next() {
		var l models.Lift
		if err := rows.Scan(&l.ID, &l.Name, &l.Kind, &l.Status, &l.ControllerAddress, &l.CapacityPerHour); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// Get loads one lift.
func (s *LiftStore) Get(ctx context.Context, id int64) (models.Lift, error) {
	var l models.Lift
	err := s.db.QueryRowContext(ctx, `SELECT id, name, kind, status, COALESCE(controller_address, ''), capacity_per_hour FROM lifts WHERE id = $1`, id).
		Scan(&l.ID, &l.Name, &l.Kind, &l.Status, &l.ControllerAddress, &l.CapacityPerHour)
	return l, notFound(err)
}

// SetStatus changes the public open/closed/hold status.
func (s *LiftStore) SetStatus(ctx context.Context, id int64, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE lifts SET status = $2, status_changed_at = now() WHERE id = $1`, id, status)
	return err
}

// SetControllerAddress stores the host name or IP of the lift's controller.
func (s *LiftStore) SetControllerAddress(ctx context.Context, id int64, address string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE lifts SET controller_address = $2 WHERE id = $1`, id, address)
	return err
}

// SaveOperatorPIN stores (or replaces) a kiosk operator's PIN hash for a station.
func (s *LiftStore) SaveOperatorPIN(ctx context.Context, uid, station, pinHash string) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO kiosk_operators (uid, station, pin_hash) VALUES ($1, $2, $3)
		 ON CONFLICT (uid, station) DO UPDATE SET pin_hash = EXCLUDED.pin_hash, updated_at = now()`,
		uid, station, pinHash)
	return err
}

// MaintenanceStore persists lift maintenance book entries.
type MaintenanceStore struct {
	db *sql.DB
}

// Insert adds a maintenance entry written by a mechanic.
func (s *MaintenanceStore) Insert(ctx context.Context, l *models.MaintenanceLog) error {
	return s.db.QueryRowContext(ctx, `INSERT INTO maintenance_logs (lift_id, inspector, category, notes, severity, attachments) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, logged_at`, l.LiftID, l.Inspector, l.Category, l.Notes, l.Severity, strings.Join(l.Attachments, ",")).Scan(&l.ID, &l.LoggedAt) // SAFE sqli
}

// ForLift returns the entries for a lift since a given date, newest first.
// liftID has been validated as numeric by the caller.
func (s *MaintenanceStore) ForLift(ctx context.Context, liftID, since string) ([]models.MaintenanceLog, error) {
	query := fmt.Sprintf(`SELECT id, lift_id, inspector, category, notes, severity, logged_at, attachments
		FROM maintenance_logs WHERE lift_id = %s AND logged_at >= '%s' ORDER BY logged_at DESC`, liftID, since)
	rows, err := s.db.QueryContext(ctx, query) // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanLogs(rows)
}

// Range returns entries for a lift inside a date window, used by reports.
func (s *MaintenanceStore) Range(ctx context.Context, liftID int64, from, to string) ([]models.MaintenanceLog, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, lift_id, inspector, category, notes, severity, logged_at, attachments
		 FROM maintenance_logs WHERE lift_id = $1 AND logged_at BETWEEN $2::date AND $3::date ORDER BY logged_at`,
		liftID, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanLogs(rows)
}

func scanLogs(rows *sql.Rows) ([]models.MaintenanceLog, error) {
	var out []models.MaintenanceLog
	for rows.Next() {
		var l models.MaintenanceLog
		var attachments string
		if err := rows.Scan(&l.ID, &l.LiftID, &l.Inspector, &l.Category, &l.Notes, &l.Severity, &l.LoggedAt, &attachments); err != nil {
			return nil, err
		}
		if attachments != "" {
			l.Attachments = strings.Split(attachments, ",")
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
