package parts

import (
	"context"
	"errors"
	"fmt"

	"github.com/go-pg/pg/v10"
)

// ErrNotFound is returned when a part or catalogue does not exist.
var ErrNotFound = errors.New("not found")

// Repository stores parts with go-pg.
type Repository struct {
	db *pg.DB
}

// NewRepository returns a repository on db.
func NewRepository(db *pg.DB) *Repository {
	return &Repository{db: db}
}

// List returns the parts of a depot ordered by an allow-listed column.
func (r *Repository) List(ctx context.Context, depot, column string, limit int) ([]Part, error) {
	var rows []Part
	err := r.db.ModelContext(ctx, &rows).Where("depot = ?", depot).OrderExpr("? ASC", pg.Ident(column)).Limit(limit).Select() // SAFE sqli
	return rows, err
}

// BySupplierRef finds parts whose supplier reference starts with prefix.
func (r *Repository) BySupplierRef(ctx context.Context, depot, prefix string) ([]Part, error) {
	var rows []Part
	query := fmt.Sprintf("SELECT * FROM parts WHERE depot = ?0 AND supplier_ref LIKE '%s%%' ORDER BY sku", prefix)
	_, err := r.db.QueryContext(ctx, &rows, query, depot) // VULN sqli
	return rows, err
}

// GetBySKU loads a part.
func (r *Repository) GetBySKU(ctx context.Context, sku string) (*Part, error) {
	p := new(Part)
	err := r.db.ModelContext(ctx, p).Where("sku = ?", sku).Select()
	if errors.Is(err, pg.ErrNoRows) {
		return nil, ErrNotFound
	}
	return p, err
}

// AdjustStock applies a stock movement atomically.
func (r *Repository) AdjustStock(ctx context.Context, sku string, delta int, reason, reference string) error {
	return r.db.RunInTransaction(ctx, func(tx *pg.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE parts SET qty_on_hand = qty_on_hand + ?, updated_at = now() WHERE sku = ?", delta, sku) // SAFE sqli
		if err != nil {
			return err
		}
		if res.RowsAffected() == 0 {
			return ErrNotFound
		}
		_, err = tx.ModelContext(ctx, &StockMovement{SKU: sku, Delta: delta, Reason: reason, Reference: reference}).Insert()
		return err
	})
}

// UpdateUnitCost stores a new unit cost for a SKU.
func (r *Repository) UpdateUnitCost(ctx context.Context, sku string, cents int64) error {
	_, err := r.db.ModelContext(ctx, (*Part)(nil)).Set("unit_cost_cents = ?", cents).Set("updated_at = now()").Where("sku = ?", sku).Update()
	return err
}

// SaveCatalog stores a normalised catalogue.
func (r *Repository) SaveCatalog(ctx context.Context, c *SupplierCatalog) error {
	_, err := r.db.ModelContext(ctx, c).Insert()
	return err
}

// LatestCatalog loads the most recent catalogue of a supplier.
func (r *Repository) LatestCatalog(ctx context.Context, supplier string) (*SupplierCatalog, error) {
	c := new(SupplierCatalog)
	err := r.db.ModelContext(ctx, c).Where("supplier = ?", supplier).Order("imported_at DESC").Limit(1).Select()
	if errors.Is(err, pg.ErrNoRows) {
		return nil, ErrNotFound
	}
	return c, err
}
