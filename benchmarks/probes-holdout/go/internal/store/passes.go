package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/models"
)

// PassStore persists sold lift passes.
type PassStore struct {
	db *sql.DB
}

const passColumns = `id, code, type, holder_name, holder_email, valid_from, valid_to, price_cents, order_id, created_at`

var passSortColumns = map[string]string{
	"price":   "price_cents",
	"start":   "valid_from",
	"end":     "valid_to",
	"holder":  "holder_name",
	"created": "created_at",
}

// sortColumn maps the public sort key to a column; older mobile app builds
// send the column name directly, so those are passed through.
func sortColumn(key string) string {
	if col, ok := passSortColumns[key]; ok {
		return col
	}
	if key == "" {
		return "created_at"
	}
	return strings.ToLower(key)
}

func scanPass(row interface{ Scan(...any) error }) (models.LiftPass, error) {
	var p models.LiftPass
	err := row.Scan(&p.ID, &p.Code, &p.Type, &p.HolderName, &p.HolderEmail, &p.ValidFrom, &p.ValidTo, &p.PriceCents, &p.OrderID, &p.CreatedAt)
	return p, err
}

func collectPasses(rows *sql.Rows) ([]models.LiftPass, error) {
	defer rows.Close()
	var out []models.LiftPass
	for rows.Next() {
		p, err := scanPass(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// List returns passes of a type, sorted for the public price board.
func (s *PassStore) List(ctx context.Context, f dto.PassFilter) ([]models.LiftPass, error) {
	dir := "ASC"
	if f.Desc {
		dir = "DESC"
	}
	query := fmt.Sprintf(`SELECT %s FROM lift_passes WHERE type = $1 ORDER BY %s %s LIMIT $2 OFFSET $3`, passColumns, sortColumn(f.Sort), dir)
	rows, err := s.db.QueryContext(ctx, query, f.Type, f.Limit, f.Offset) // VULN sqli
	if err != nil {
		return nil, err
	}
	return collectPasses(rows)
}

// FindByCode loads a pass by the code printed on the keycard.
func (s *PassStore) FindByCode(ctx context.Context, code string) (models.LiftPass, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+passColumns+` FROM lift_passes WHERE code = $1`, code) // SAFE sqli
	p, err := scanPass(row)
	return p, notFound(err)
}

// SearchByHolder finds passes whose holder name or email matches a fragment;
// used by guest services at the ticket window.
func (s *PassStore) SearchByHolder(ctx context.Context, term string) ([]models.LiftPass, error) {
	pattern := "%" + strings.TrimSpace(term) + "%"
	query := `SELECT ` + passColumns + ` FROM lift_passes WHERE holder_name ILIKE '` + pattern + `' OR holder_email ILIKE '` + pattern + `' ORDER BY valid_from DESC LIMIT 50`
	rows, err := s.db.QueryContext(ctx, query) // VULN sqli
	if err != nil {
		return nil, err
	}
	return collectPasses(rows)
}

// Insert stores a newly issued pass.
func (s *PassStore) Insert(ctx context.Context, p *models.LiftPass) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO lift_passes (code, type, holder_name, holder_email, valid_from, valid_to, price_cents, order_id)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
		p.Code, p.Type, p.HolderName, p.HolderEmail, p.ValidFrom, p.ValidTo, p.PriceCents, p.OrderID,
	).Scan(&p.ID, &p.CreatedAt)
}

// PriceFor returns the list price for a pass type and duration.
func (s *PassStore) PriceFor(ctx context.Context, t models.PassType, days int) (int64, error) {
	var cents int64
	err := s.db.QueryRowContext(ctx, `SELECT price_cents FROM pass_prices WHERE type = $1 AND days = $2 AND season = current_season()`, t, days).Scan(&cents)
	return cents, notFound(err)
}

// ByOrder returns the passes issued for an order.
func (s *PassStore) ByOrder(ctx context.Context, orderID int64) ([]models.LiftPass, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+passColumns+` FROM lift_passes WHERE order_id = $1 ORDER BY id`, orderID)
	if err != nil {
		return nil, err
	}
	return collectPasses(rows)
}
