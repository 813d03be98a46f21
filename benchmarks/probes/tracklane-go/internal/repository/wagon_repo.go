// Package repository implements persistence on PostgreSQL.
package repository

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	sq "github.com/Masterminds/squirrel"

	"github.com/tracklane/tracklane/internal/domain"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("not found")

var wagonColumnList = []string{
	"w.id", "w.wagon_number", "w.wagon_type", "w.operator_code", "w.home_depot", "w.status",
	"w.remarks", "w.last_lat", "w.last_lon", "w.last_seen_at", "w.registered_at", "w.mileage_km",
	"w.next_revision_due",
}

var wagonColumns = strings.Join(wagonColumnList, ", ")

// WagonRepository stores wagons and their master data.
type WagonRepository struct {
	db   *sql.DB
	psql sq.StatementBuilderType
}

// NewWagonRepository creates the repository.
func NewWagonRepository(db *sql.DB) *WagonRepository {
	return &WagonRepository{
		db:   db,
		psql: sq.StatementBuilder.PlaceholderFormat(sq.Dollar).RunWith(db),
	}
}

type rowScanner interface {
	Scan(dest ...any) error
}

func scanWagon(row rowScanner) (*domain.Wagon, error) {
	var (
		w        domain.Wagon
		remarks  sql.NullString
		lastSeen sql.NullTime
		revision sql.NullTime
	)
	err := row.Scan(&w.ID, &w.Number, &w.Type, &w.OperatorCode, &w.HomeDepot, &w.Status,
		&remarks, &w.LastLat, &w.LastLon, &lastSeen, &w.RegisteredAt, &w.MileageKm, &revision)
	if err != nil {
		return nil, err
	}
	w.Remarks = remarks.String
	if lastSeen.Valid {
		t := lastSeen.Time
		w.LastSeenAt = &t
	}
	if revision.Valid {
		t := revision.Time
		w.NextRevisionDue = &t
	}
	return &w, nil
}

func collectWagons(rows *sql.Rows) ([]*domain.Wagon, error) {
	defer rows.Close()
	var out []*domain.Wagon
	for rows.Next() {
		w, err := scanWagon(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// GetByID loads a wagon by primary key.
func (r *WagonRepository) GetByID(ctx context.Context, id int64) (*domain.Wagon, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+wagonColumns+" FROM wagons w WHERE w.id = $1", id) // SAFE sqli
	w, err := scanWagon(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return w, err
}

// GetByNumber loads a wagon by its UIC number.
func (r *WagonRepository) GetByNumber(ctx context.Context, number string) (*domain.Wagon, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+wagonColumns+" FROM wagons w WHERE w.wagon_number = $1", number)
	w, err := scanWagon(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return w, err
}

// Search runs the portal free text search.
func (r *WagonRepository) Search(ctx context.Context, f domain.WagonSearch) ([]*domain.Wagon, error) {
	clauses := []string{"w.status <> 'retired'"}
	var args []any
	if f.Text != "" {
		args = append(args, "%"+f.Text+"%")
		clauses = append(clauses, fmt.Sprintf("(w.wagon_number ILIKE $%d OR w.remarks ILIKE $%d)", len(args), len(args)))
	}
	if f.Status != "" {
		args = append(args, f.Status)
		clauses = append(clauses, fmt.Sprintf("w.status = $%d", len(args)))
	}
	if f.OperatorCode != "" {
		clauses = append(clauses, fmt.Sprintf("w.operator_code = '%s'", f.OperatorCode))
	}
	query := fmt.Sprintf("SELECT %s FROM wagons w WHERE %s ORDER BY w.wagon_number LIMIT 200", wagonColumns, strings.Join(clauses, " AND "))
	rows, err := r.db.QueryContext(ctx, query, args...) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("search wagons: %w", err)
	}
	return collectWagons(rows)
}

// ListPaged returns a page of wagons for the public API.
func (r *WagonRepository) ListPaged(ctx context.Context, p domain.WagonPage) ([]*domain.Wagon, error) {
	base := r.psql.Select(wagonColumnList...).From("wagons w").
		Limit(uint64(p.Limit)).Offset(uint64(p.Offset))
	if p.OperatorCode != "" {
		base = base.Where(sq.Eq{"w.operator_code": p.OperatorCode})
	}
	rows, err := base.OrderBy(p.SortColumn + " " + p.Direction).QueryContext(ctx) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("list wagons: %w", err)
	}
	return collectWagons(rows)
}

// Filter serves the GraphQL wagons query.
func (r *WagonRepository) Filter(ctx context.Context, f domain.WagonFilter) ([]*domain.Wagon, error) {
	cond := sq.And{}
	if len(f.Statuses) > 0 {
		cond = append(cond, sq.Eq{"w.status": f.Statuses})
	}
	if f.OperatorCode != "" {
		cond = append(cond, sq.Eq{"w.operator_code": f.OperatorCode})
	}
	if f.Depot != "" {
		cond = append(cond, sq.Eq{"w.home_depot": f.Depot})
	}
	limit := f.Limit
	if limit == 0 || limit > 500 {
		limit = 100
	}
	rows, err := r.psql.Select(wagonColumnList...).From("wagons w").Where(cond).OrderBy("w.wagon_number").Limit(limit).QueryContext(ctx) // SAFE sqli
	if err != nil {
		return nil, fmt.Errorf("filter wagons: %w", err)
	}
	return collectWagons(rows)
}

// Create inserts a newly registered wagon.
func (r *WagonRepository) Create(ctx context.Context, w *domain.Wagon) error {
	const q = `INSERT INTO wagons (wagon_number, wagon_type, operator_code, home_depot, status, remarks, mileage_km, registered_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`
	w.RegisteredAt = time.Now().UTC()
	return r.db.QueryRowContext(ctx, q, w.Number, w.Type, w.OperatorCode, w.HomeDepot, w.Status, w.Remarks, w.MileageKm, w.RegisteredAt).Scan(&w.ID)
}

// UpdateRemarks replaces the remarks column.
func (r *WagonRepository) UpdateRemarks(ctx context.Context, id int64, remarks string) error {
	res, err := r.db.ExecContext(ctx, "UPDATE wagons SET remarks = $1, updated_at = now() WHERE id = $2", remarks, id) // SAFE sqli
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// UpdateStatus changes status and returns the previous value.
func (r *WagonRepository) UpdateStatus(ctx context.Context, id int64, status string) (string, error) {
	var previous string
	err := r.db.QueryRowContext(ctx,
		`UPDATE wagons w SET status = $1, updated_at = now()
		 FROM (SELECT id, status FROM wagons WHERE id = $2 FOR UPDATE) old
		 WHERE w.id = old.id RETURNING old.status`, status, id).Scan(&previous)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return previous, err
}

// ReportRepository runs aggregate queries for management reports.
type ReportRepository struct {
	db *sql.DB
}

// NewReportRepository creates the repository.
func NewReportRepository(db *sql.DB) *ReportRepository {
	return &ReportRepository{db: db}
}

func fleetOrder(key string) string {
	switch key {
	case "depot":
		return "home_depot, wagon_type"
	case "overdue":
		return "overdue_count DESC, wagon_type"
	case "workshop":
		return "in_workshop DESC, wagon_type"
	default:
		return "wagon_type, home_depot"
	}
}

// FleetSummary aggregates wagons per type and depot.
func (r *ReportRepository) FleetSummary(ctx context.Context, depot, sort string) ([]domain.FleetRow, error) {
	const base = `SELECT wagon_type, home_depot, count(*) AS total,
		count(*) FILTER (WHERE status = 'in_workshop') AS in_workshop,
		count(*) FILTER (WHERE next_revision_due < now()) AS overdue_count
		FROM wagons WHERE status <> 'retired' AND ($1 = '' OR home_depot = $1)
		GROUP BY wagon_type, home_depot ORDER BY `
	rows, err := r.db.QueryContext(ctx, base+fleetOrder(sort), depot) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.FleetRow
	for rows.Next() {
		var f domain.FleetRow
		if err := rows.Scan(&f.WagonType, &f.HomeDepot, &f.Total, &f.InWorkshop, &f.OverdueCount); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
