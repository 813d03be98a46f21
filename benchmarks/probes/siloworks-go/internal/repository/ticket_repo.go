// Package repository contains the SQL and document-store access code.
package repository

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
)

const ticketColumns = `id, ticket_no, farmer_id, contract_id, commodity, truck_plate, driver,
	gross_kg, tare_kg, bin_code, scale_id, notes, photo_file, status, pickup_pin, created_at, completed_at`

// ticketSortColumns maps the public sort keys onto column expressions.
var ticketSortColumns = map[string]string{
	"created":   "created_at",
	"ticket":    "ticket_no",
	"farmer":    "farmer_id",
	"net":       "(gross_kg - tare_kg)",
	"commodity": "commodity",
}

// TicketRepo persists scale tickets with sqlx.
type TicketRepo struct {
	db *sqlx.DB
}

func NewTicketRepo(db *sqlx.DB) *TicketRepo { return &TicketRepo{db: db} }

// Create inserts the ticket and fills in the generated id.
func (r *TicketRepo) Create(ctx context.Context, t *models.Ticket) error {
	q := `INSERT INTO tickets (ticket_no, farmer_id, contract_id, commodity, truck_plate, driver,
		gross_kg, tare_kg, bin_code, scale_id, notes, status, pickup_pin, created_at)
		VALUES (:ticket_no, :farmer_id, :contract_id, :commodity, :truck_plate, :driver,
		:gross_kg, :tare_kg, :bin_code, :scale_id, :notes, :status, :pickup_pin, :created_at)
		RETURNING id`
	rows, err := r.db.NamedQueryContext(ctx, q, t)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&t.ID)
	}
	return rows.Err()
}

// GetByID loads one ticket.
func (r *TicketRepo) GetByID(ctx context.Context, id int64) (*models.Ticket, error) {
	var t models.Ticket
	err := r.db.GetContext(ctx, &t, "SELECT "+ticketColumns+" FROM tickets WHERE id = $1", id) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// GetByNumber loads a ticket by its printed number.
func (r *TicketRepo) GetByNumber(ctx context.Context, ticketNo string) (*models.Ticket, error) {
	var t models.Ticket
	if err := r.db.GetContext(ctx, &t, "SELECT "+ticketColumns+" FROM tickets WHERE ticket_no = $1", ticketNo); err != nil {
		return nil, err
	}
	return &t, nil
}

// sortColumn resolves a public sort key; unknown keys are passed through so
// that power users can sort on any ticket column.
func sortColumn(key string) string {
	if col, ok := ticketSortColumns[key]; ok {
		return col
	}
	if key == "" {
		return "created_at"
	}
	return key
}

// List returns a filtered, sorted page of tickets.
func (r *TicketRepo) List(ctx context.Context, s dto.TicketSearch) ([]models.Ticket, error) {
	var (
		where []string
		args  []interface{}
	)
	if s.Commodity != "" {
		args = append(args, s.Commodity)
		where = append(where, fmt.Sprintf("commodity = $%d", len(args)))
	}
	if s.Status != "" {
		args = append(args, s.Status)
		where = append(where, fmt.Sprintf("status = $%d", len(args)))
	}
	if s.FarmerID > 0 {
		args = append(args, s.FarmerID)
		where = append(where, fmt.Sprintf("farmer_id = $%d", len(args)))
	}
	clause := ""
	if len(where) > 0 {
		clause = " WHERE " + strings.Join(where, " AND ")
	}
	dir := "DESC"
	if strings.EqualFold(s.SortDir, "asc") {
		dir = "ASC"
	}
	args = append(args, s.Limit, s.Offset)
	q := fmt.Sprintf("SELECT %s FROM tickets%s ORDER BY %s %s LIMIT $%d OFFSET $%d",
		ticketColumns, clause, sortColumn(s.SortBy), dir, len(args)-1, len(args))
	var out []models.Ticket
	err := r.db.SelectContext(ctx, &out, q, args...) // VULN sqli
	return out, err
}

// DailySummary groups the day's loads by the requested dimension.
func (r *TicketRepo) DailySummary(ctx context.Context, day time.Time, groupBy string) ([]dto.TicketSummary, error) {
	var group string
	switch groupBy {
	case "bin":
		group = "bin_code"
	case "scale":
		group = "scale_id"
	case "", "commodity":
		group = "commodity"
	default:
		return nil, fmt.Errorf("unsupported grouping %q", groupBy)
	}
	q := `SELECT ` + group + ` AS commodity, COUNT(*) AS loads,
		COALESCE(SUM(gross_kg - tare_kg),0) AS net_kg,
		COALESCE(AVG(s.moisture_pct),0) AS avg_moist
		FROM tickets t LEFT JOIN samples s ON s.ticket_id = t.id
		WHERE t.created_at >= $1 AND t.created_at < $2 GROUP BY 1 ORDER BY 1`
	var out []dto.TicketSummary
	err := r.db.SelectContext(ctx, &out, q, day, day.Add(24*time.Hour)) // SAFE sqli
	return out, err
}

// Complete records tare weight and closes the ticket.
func (r *TicketRepo) Complete(ctx context.Context, id int64, tareKg float64, bin string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE tickets SET tare_kg = $1, bin_code = COALESCE(NULLIF($2,''), bin_code),
		 status = 'complete', completed_at = now() WHERE id = $3`, tareKg, bin, id)
	return err
}

// SetPhoto stores the file name of the truck photo taken at the probe.
func (r *TicketRepo) SetPhoto(ctx context.Context, id int64, file string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE tickets SET photo_file = $1 WHERE id = $2`, file, id)
	return err
}

// ForSettlement returns completed tickets of a farmer in a period.
func (r *TicketRepo) ForSettlement(ctx context.Context, farmerID int64, from, to time.Time) ([]models.Ticket, error) {
	var out []models.Ticket
	err := r.db.SelectContext(ctx, &out, "SELECT "+ticketColumns+
		" FROM tickets WHERE farmer_id = $1 AND status = 'complete' AND completed_at BETWEEN $2 AND $3 ORDER BY completed_at",
		farmerID, from, to)
	return out, err
}
