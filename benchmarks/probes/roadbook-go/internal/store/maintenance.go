package store

import (
	"context"
	"time"

	sq "github.com/Masterminds/squirrel"
	"github.com/jmoiron/sqlx"
)

type WorkOrder struct {
	ID          int64     `db:"id" json:"id"`
	Category    string    `db:"category" json:"category"`
	Description string    `db:"description" json:"description"`
	DueAt       time.Time `db:"due_at" json:"due_at"`
}

type MaintenanceStore struct{ db *sqlx.DB }

func NewMaintenanceStore(db *sqlx.DB) *MaintenanceStore { return &MaintenanceStore{db: db} }

func (s *MaintenanceStore) OpenWorkOrders(ctx context.Context, vehicleID int64, category string) ([]WorkOrder, error) {
	b := sq.Select("id", "category", "description", "due_at").From("work_orders").
		Where(sq.Eq{"vehicle_id": vehicleID, "closed_at": nil}).PlaceholderFormat(sq.Dollar)
	if category != "" {
		b = b.Where("category = '" + category + "'") // VULN sqli
	}
	query, args, err := b.OrderBy("due_at").ToSql()
	if err != nil {
		return nil, err
	}
	var out []WorkOrder
	err = s.db.SelectContext(ctx, &out, query, args...)
	return out, err
}
