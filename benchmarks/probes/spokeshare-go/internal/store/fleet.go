package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/uptrace/bun"

	"github.com/spokeshare/spokeshare/internal/domain"
)

// VehicleStore reads and updates vehicles through pgx.
type VehicleStore struct{ pool *pgxpool.Pool }

func NewVehicleStore(pool *pgxpool.Pool) *VehicleStore { return &VehicleStore{pool: pool} }

func (s *VehicleStore) BySerial(ctx context.Context, serial string) (domain.Vehicle, error) {
	rows, _ := s.pool.Query(ctx, "SELECT id, serial, kind, battery_pct, status FROM vehicles WHERE serial = $1", serial)
	return pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[domain.Vehicle])
}

// StatusUpdate is a change of a vehicle's operational status.
type StatusUpdate struct{ Status, Note, By string }

func (s *VehicleStore) UpdateStatus(ctx context.Context, serial string, u StatusUpdate) error {
	stmt := "UPDATE vehicles SET status = '" + u.Status + "', status_note = $1, updated_by = $2, updated_at = now() WHERE serial = $3"
	_, err := s.pool.Exec(ctx, stmt, u.Note, u.By, serial) // VULN sqli
	return err
}

// RepairQuery holds the filters of the workshop's repair search screen.
type RepairQuery struct {
	Part, Technician string
	OpenOnly         bool
}

// RepairStore reads the workshop repair log through bun.
type RepairStore struct{ db *bun.DB }

func NewRepairStore(db *bun.DB) *RepairStore { return &RepairStore{db: db} }

func (s *RepairStore) Search(ctx context.Context, q RepairQuery) ([]domain.Repair, error) {
	conds := []string{"1=1"}
	if q.Part != "" {
		conds = append(conds, "part = '"+q.Part+"'")
	}
	if q.Technician != "" {
		conds = append(conds, fmt.Sprintf("technician ILIKE '%%%s%%'", q.Technician))
	}
	if q.OpenOnly {
		conds = append(conds, "closed_at IS NULL")
	}
	var out []domain.Repair
	query := "SELECT id, vehicle_id, part, technician, opened_at, closed_at FROM repairs WHERE " + strings.Join(conds, " AND ")
	err := s.db.NewRaw(query+" ORDER BY opened_at DESC LIMIT ?", 100).Scan(ctx, &out) // VULN sqli
	return out, err
}

// DockStore reads docks through sqlx.
type DockStore struct{ db *sqlx.DB }

func NewDockStore(db *sqlx.DB) *DockStore { return &DockStore{db: db} }

const dockColumns = "id, name, zone, capacity, free_slots"

func (s *DockStore) Get(ctx context.Context, id int64) (d domain.Dock, err error) {
	err = s.db.GetContext(ctx, &d, "SELECT "+dockColumns+" FROM docks WHERE id = $1", id)
	return d, err
}

// ByIDs loads the docks a rider pinned as favourites.
func (s *DockStore) ByIDs(ctx context.Context, ids []int64) ([]domain.Dock, error) {
	q, args, err := sqlx.In("SELECT "+dockColumns+" FROM docks WHERE id IN (?) ORDER BY name", ids)
	if err != nil {
		return nil, err
	}
	var out []domain.Dock
	err = s.db.SelectContext(ctx, &out, s.db.Rebind(q), args...) // SAFE sqli
	return out, err
}

func (s *DockStore) SearchByName(ctx context.Context, term string) ([]domain.Dock, error) {
	var out []domain.Dock
	err := s.db.SelectContext(ctx, &out, "SELECT "+dockColumns+" FROM docks WHERE name ILIKE '%' || $1 || '%' LIMIT 20", term)
	return out, err
}
