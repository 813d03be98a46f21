package repository

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

var ErrInvalidSort = errors.New("unsupported schedule ordering")

// VisitRow is one line of the clinic visit report.
type VisitRow struct {
	Clinic   string  `db:"clinic" json:"clinic"`
	Visits   int     `db:"visits" json:"visits"`
	NoShows  int     `db:"no_shows" json:"no_shows"`
	Billable float64 `db:"billable" json:"billable"`
}

var scheduleSorts = map[string]struct{}{
	"starts_at":         {},
	"starts_at DESC":    {},
	"patient_id":        {},
	"status, starts_at": {},
}

type ReportRepo struct{ db *sqlx.DB }

func NewReportRepo(db *sqlx.DB) *ReportRepo { return &ReportRepo{db: db} }

// VisitsBetween aggregates visits per clinic for an inclusive date range.
func (r *ReportRepo) VisitsBetween(ctx context.Context, from, to string) ([]VisitRow, error) {
	q := fmt.Sprintf(`SELECT clinic, count(*) AS visits,
		count(*) FILTER (WHERE status = 'no_show') AS no_shows,
		coalesce(sum(billed_amount), 0) AS billable
		FROM visit_summary WHERE visit_date BETWEEN '%s' AND '%s'
		GROUP BY clinic ORDER BY clinic`, from, to)
	var out []VisitRow
	err := r.db.SelectContext(ctx, &out, q) // VULN sqli
	return out, err
}

// SetSchedulePref stores how a clinician likes their day sheet ordered.
func (r *ReportRepo) SetSchedulePref(ctx context.Context, clinicianID, order string) error {
	if _, ok := scheduleSorts[order]; !ok {
		return ErrInvalidSort
	}
	_, err := r.db.ExecContext(ctx,
		`INSERT INTO clinician_prefs (clinician_id, schedule_sort) VALUES ($1, $2)
		 ON CONFLICT (clinician_id) DO UPDATE SET schedule_sort = EXCLUDED.schedule_sort`,
		clinicianID, order)
	return err
}

// DaySheet returns a clinician's appointments for one day in their preferred order.
func (r *ReportRepo) DaySheet(ctx context.Context, clinicianID string, day time.Time) ([]Appointment, error) {
	order := "starts_at"
	if err := r.db.GetContext(ctx, &order,
		`SELECT schedule_sort FROM clinician_prefs WHERE clinician_id = $1`, clinicianID); err != nil {
		order = "starts_at"
	}
	q := fmt.Sprintf(`SELECT %s FROM appointments WHERE clinician_id = $1 AND starts_at::date = $2::date ORDER BY %s`,
		apptColumns, order)
	var out []Appointment
	err := r.db.SelectContext(ctx, &out, q, clinicianID, day) // SAFE sqli
	return out, err
}
