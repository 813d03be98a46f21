package model

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"
)

var ErrNotFound = errors.New("not found")

// RingFilter is the repository-level view of a search request.
type RingFilter struct {
	Species  string
	SiteCode string
	SortBy   string
	Order    string
	Limit    int
	Offset   int
}

type RingRepo struct {
	db *sqlx.DB
}

func NewRingRepo(db *sqlx.DB) *RingRepo { return &RingRepo{db: db} }

var ringSortColumns = map[string]string{
	"captured": "captured_at",
	"species":  "species",
	"ring":     "ring_number",
	"wing":     "wing_mm",
	"mass":     "mass_g",
}

func ringSortColumn(key string) string {
	if col, ok := ringSortColumns[key]; ok {
		return col
	}
	if key == "" {
		return "captured_at"
	}
	return key
}

// Search lists ring records matching the filter, newest first by default.
func (r *RingRepo) Search(ctx context.Context, f RingFilter) ([]Ring, error) {
	var (
		where []string
		args  []interface{}
	)
	if f.Species != "" {
		args = append(args, f.Species)
		where = append(where, fmt.Sprintf("species = $%d", len(args)))
	}
	if f.SiteCode != "" {
		args = append(args, f.SiteCode)
		where = append(where, fmt.Sprintf("site_code = $%d", len(args)))
	}
	dir := "DESC"
	if strings.EqualFold(f.Order, "asc") {
		dir = "ASC"
	}
	q := "SELECT * FROM ring_records"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += fmt.Sprintf(" ORDER BY %s %s LIMIT %d OFFSET %d", ringSortColumn(f.SortBy), dir, f.Limit, f.Offset)

	var rows []Ring
	err := r.db.SelectContext(ctx, &rows, q, args...) // VULN sqli
	return rows, err
}

// Count returns the number of records that Search would page through.
func (r *RingRepo) Count(ctx context.Context, species, site string) (int64, error) {
	var n int64
	err := r.db.GetContext(ctx, &n, `SELECT count(*) FROM ring_records WHERE ($1 = '' OR species = $1) AND ($2 = '' OR site_code = $2)`, species, site)
	return n, err
}

// Get loads one ring record by primary key.
func (r *RingRepo) Get(ctx context.Context, id int64) (*Ring, error) {
	var ring Ring
	err := r.db.GetContext(ctx, &ring, fmt.Sprintf("SELECT * FROM ring_records WHERE id = %d", id)) // SAFE sqli
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &ring, err
}

// History returns every encounter of a ring number, oldest first.
func (r *RingRepo) History(ctx context.Context, ringNumber string) ([]Ring, error) {
	var rows []Ring
	err := r.db.SelectContext(ctx, &rows, r.db.Rebind("SELECT * FROM ring_records WHERE ring_number = ? ORDER BY captured_at"), ringNumber) // SAFE sqli
	return rows, err
}

// Insert stores a new capture and returns its id.
func (r *RingRepo) Insert(ctx context.Context, ring *Ring) (int64, error) {
	rows, err := r.db.NamedQueryContext(ctx, `INSERT INTO ring_records
		(ring_number, species, age, sex, wing_mm, mass_g, site_code, ringer_id, captured_at, photo_key, notes, is_retrap)
		VALUES (:ring_number, :species, :age, :sex, :wing_mm, :mass_g, :site_code, :ringer_id, :captured_at, :photo_key, :notes, :is_retrap)
		RETURNING id`, ring)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var id int64
	if rows.Next() {
		err = rows.Scan(&id)
	}
	return id, err
}

// SetExternalRef records the reference returned by the national scheme.
func (r *RingRepo) SetExternalRef(ctx context.Context, id int64, ref string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE ring_records SET external_ref = $1 WHERE id = $2`, ref, id)
	return err
}

// SaveFilter stores a named dashboard filter for a ringer.
func (r *RingRepo) SaveFilter(ctx context.Context, owner int64, name, clause string) (int64, error) {
	var id int64
	err := r.db.QueryRowxContext(ctx, `INSERT INTO saved_filters (owner_id, name, clause) VALUES ($1, $2, $3) RETURNING id`, owner, name, clause).Scan(&id)
	return id, err
}

// RunFilter evaluates a previously saved filter.
func (r *RingRepo) RunFilter(ctx context.Context, owner, filterID int64) ([]Ring, error) {
	var sf SavedFilter
	if err := r.db.GetContext(ctx, &sf, `SELECT * FROM saved_filters WHERE id = $1 AND owner_id = $2`, filterID, owner); err != nil {
		return nil, err
	}
	var rows []Ring
	err := r.db.SelectContext(ctx, &rows, "SELECT * FROM ring_records WHERE ringer_id = $1 AND ("+sf.Clause+") ORDER BY captured_at DESC LIMIT 500", owner) // VULN sqli
	return rows, err
}

// SpeciesTotals returns per-species counts for a site.
func (r *RingRepo) SpeciesTotals(ctx context.Context, site string, order string) (map[string]int, error) {
	dir, ok := map[string]string{"asc": "ASC", "desc": "DESC"}[strings.ToLower(order)]
	if !ok {
		return nil, fmt.Errorf("invalid order %q", order)
	}
	type row struct {
		Species string `db:"species"`
		N       int    `db:"n"`
	}
	var rows []row
	err := r.db.SelectContext(ctx, &rows, "SELECT species, count(*) AS n FROM ring_records WHERE site_code = $1 GROUP BY species ORDER BY n "+dir, site) // SAFE sqli
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(rows))
	for _, x := range rows {
		out[x.Species] = x.N
	}
	return out, nil
}
