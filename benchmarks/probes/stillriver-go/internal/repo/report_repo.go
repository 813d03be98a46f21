package repo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/dto"
)

// ReportRepo runs reporting queries with plain database/sql.
type ReportRepo struct {
	db *sql.DB
}

// NewReportRepo returns a repository.
func NewReportRepo(db *sql.DB) *ReportRepo { return &ReportRepo{db: db} }

// InspectionSummary aggregates inspection results per district and result.
func (r *ReportRepo) InspectionSummary(ctx context.Context, f dto.SummaryFilter, since time.Time) ([]dto.SummaryRow, error) {
	q := `SELECT l.district, i.result, count(*) FROM inspections i
		JOIN locks l ON l.id = i.lock_id WHERE i.inspected_at >= $1`
	if f.District != "" {
		q += ` AND l.district = '` + f.District + `'`
	}
	q += ` GROUP BY l.district, i.result ORDER BY l.district, i.result`
	rows, err := r.db.QueryContext(ctx, q, since) // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dto.SummaryRow
	for rows.Next() {
		var row dto.SummaryRow
		if err := rows.Scan(&row.District, &row.Result, &row.Inspections); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// Overdue lists vessels whose last passed inspection is older than a year.
func (r *ReportRepo) Overdue(ctx context.Context, q dto.OverdueQuery) ([]dto.OverdueRow, error) {
	var order string
	switch q.SortBy {
	case "", "overdue":
		order = "days_overdue DESC"
	case "hull":
		order = "v.hull_id"
	case "name":
		order = "v.name"
	default:
		return nil, fmt.Errorf("unsupported sort %q", q.SortBy)
	}
	limit := q.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	query := `SELECT v.hull_id, v.name, to_char(max(i.inspected_at), 'YYYY-MM-DD'),
		(current_date - max(i.inspected_at)::date - 365) AS days_overdue
		FROM vessels v JOIN inspections i ON i.vessel_id = v.id AND i.result = 'passed'
		GROUP BY v.id HAVING max(i.inspected_at) < now() - interval '1 year'
		ORDER BY ` + order + ` LIMIT $1`
	rows, err := r.db.QueryContext(ctx, query, limit) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dto.OverdueRow
	for rows.Next() {
		var row dto.OverdueRow
		if err := rows.Scan(&row.HullID, &row.Name, &row.LastChecked, &row.DaysOverdue); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// SaveRequest stores a report request for the worker.
func (r *ReportRepo) SaveRequest(ctx context.Context, req *domain.ReportRequest) error {
	return r.db.QueryRowContext(ctx, `INSERT INTO report_requests
		(lock_id, period_from, period_to, group_by, format, requested_by, status)
		VALUES ($1, $2, $3, $4, $5, $6, 'queued') RETURNING id, created_at`,
		req.LockID, req.From, req.To, req.GroupBy, req.Format, req.RequestedBy).Scan(&req.ID, &req.CreatedAt)
}

// LoadRequest loads a stored report request.
func (r *ReportRepo) LoadRequest(ctx context.Context, id int64) (*domain.ReportRequest, error) {
	var req domain.ReportRequest
	err := r.db.QueryRowContext(ctx, `SELECT id, lock_id, period_from, period_to, group_by, format, requested_by, status
		FROM report_requests WHERE id = $1`, id).Scan(&req.ID, &req.LockID, &req.From, &req.To, &req.GroupBy, &req.Format, &req.RequestedBy, &req.Status)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &req, err
}

// MarkRequestDone records the output file of a finished report.
func (r *ReportRepo) MarkRequestDone(ctx context.Context, id int64, outputFile string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE report_requests SET status = 'done', output_file = $1 WHERE id = $2`, outputFile, id)
	return err
}

// AggregateRow is one bucket of a passage report.
type AggregateRow struct {
	Bucket     string
	Passages   int
	Tonnage    float64
	AvgWaitMin float64
}

var bucketExpressions = map[string]string{
	"day":   "to_char(date_trunc('day', b.slot_start), 'YYYY-MM-DD')",
	"week":  "to_char(date_trunc('week', b.slot_start), 'IYYY-IW')",
	"month": "to_char(date_trunc('month', b.slot_start), 'YYYY-MM')",
}

// PassageAggregate computes a stored report request.
func (r *ReportRepo) PassageAggregate(ctx context.Context, req *domain.ReportRequest) ([]AggregateRow, error) {
	bucket, ok := bucketExpressions[req.GroupBy]
	if !ok {
		bucket = "v." + req.GroupBy
	}
	q := fmt.Sprintf(`SELECT %s AS bucket, count(*), coalesce(sum(v.length_m * v.beam_m * v.draft_m), 0),
		coalesce(avg(extract(epoch FROM (b.slot_start - b.created_at)) / 60), 0)
		FROM bookings b JOIN vessels v ON v.id = b.vessel_id
		WHERE b.lock_id = $1 AND b.slot_start >= $2 AND b.slot_start < $3 AND b.status = 'completed'
		GROUP BY 1 ORDER BY 1`, bucket)
	rows, err := r.db.QueryContext(ctx, q, req.LockID, req.From, req.To) // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AggregateRow
	for rows.Next() {
		var row AggregateRow
		if err := rows.Scan(&row.Bucket, &row.Passages, &row.Tonnage, &row.AvgWaitMin); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}
