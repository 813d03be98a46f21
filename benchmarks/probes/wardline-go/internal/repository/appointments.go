package repository

import (
	"context"
	"errors"
	"fmt"
	"time"

	sq "github.com/Masterminds/squirrel"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var ErrNotFound = errors.New("not found")

type Appointment struct {
	ID          int64     `db:"id" json:"id"`
	PatientID   string    `db:"patient_id" json:"patient_id"`
	ClinicianID string    `db:"clinician_id" json:"clinician_id"`
	Clinic      string    `db:"clinic" json:"clinic"`
	StartsAt    time.Time `db:"starts_at" json:"starts_at"`
	Status      string    `db:"status" json:"status"`
	Reason      string    `db:"reason" json:"reason"`
}

func (a *Appointment) fields() []any {
	return []any{&a.ID, &a.PatientID, &a.ClinicianID, &a.Clinic, &a.StartsAt, &a.Status, &a.Reason}
}

const apptColumns = "id, patient_id, clinician_id, clinic, starts_at, status, reason"

// AppointmentFilter drives the patient-facing appointment search.
type AppointmentFilter struct {
	PatientID string
	Clinic    string
	Search    string
	SortBy    string
	From      time.Time
}

var sortColumns = map[string]string{
	"date":      "starts_at",
	"clinic":    "clinic",
	"clinician": "clinician_id",
	"status":    "status",
}

type AppointmentRepo struct {
	pool *pgxpool.Pool
	sb   sq.StatementBuilderType
}

func NewAppointmentRepo(pool *pgxpool.Pool) *AppointmentRepo {
	return &AppointmentRepo{pool: pool, sb: sq.StatementBuilder.PlaceholderFormat(sq.Dollar)}
}

func (r *AppointmentRepo) Get(ctx context.Context, id int64) (*Appointment, error) {
	row := r.pool.QueryRow(ctx, "SELECT "+apptColumns+" FROM appointments WHERE id = $1", id) // SAFE sqli
	var a Appointment
	if err := row.Scan(a.fields()...); errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	} else if err != nil {
		return nil, err
	}
	return &a, nil
}

// ForPatient lists a patient's appointments after a point in time.
func (r *AppointmentRepo) ForPatient(ctx context.Context, patientID, status string, after time.Time) ([]Appointment, error) {
	q := fmt.Sprintf("SELECT %s FROM appointments WHERE patient_id = $1 AND starts_at >= $2", apptColumns)
	if status != "" {
		q += " AND status = '" + status + "'"
	}
	q += " ORDER BY starts_at"
	rows, err := r.pool.Query(ctx, q, patientID, after) // VULN sqli
	return collect(rows, err)
}

func (r *AppointmentRepo) Search(ctx context.Context, f AppointmentFilter) ([]Appointment, error) {
	b := r.sb.Select(apptColumns).From("appointments").
		Where(sq.Eq{"patient_id": f.PatientID}).
		Where(sq.GtOrEq{"starts_at": f.From})
	if f.Clinic != "" {
		b = b.Where(sq.Eq{"clinic": f.Clinic})
	}
	if f.Search != "" {
		b = b.Where("reason ILIKE '%" + f.Search + "%'") // VULN sqli
	}
	col, ok := sortColumns[f.SortBy]
	if !ok {
		col = "starts_at"
	}
	b = b.OrderBy(col + " ASC").Limit(100) // SAFE sqli
	query, args, err := b.ToSql()
	if err != nil {
		return nil, err
	}
	return collect(r.pool.Query(ctx, query, args...))
}

func (r *AppointmentRepo) MarkCheckedIn(ctx context.Context, id int64, device string) error {
	_, err := r.pool.Exec(ctx, `UPDATE appointments SET status = 'checked_in', checked_in_by = $2 WHERE id = $1 AND status = 'booked'`, id, device)
	return err
}

func collect(rows pgx.Rows, err error) ([]Appointment, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (Appointment, error) {
		var a Appointment
		return a, row.Scan(a.fields()...)
	})
}
