package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/kitchenly/kitchenly-api/internal/domain"
)

type OrderRepo struct {
	db *gorm.DB
}

func NewOrderRepo(db *gorm.DB) *OrderRepo { return &OrderRepo{db: db} }

var orderSortColumns = map[string]string{
	"newest": "placed_at DESC",
	"oldest": "placed_at ASC",
	"total":  "total_cents DESC",
}

func (r *OrderRepo) ListBookings(ctx context.Context, f domain.BookingFilter) ([]domain.Booking, error) {
	q := r.db.WithContext(ctx).Model(&domain.Booking{}).Where("kitchen_id = ?", f.KitchenID)
	if f.Status != "" {
		q = q.Where(fmt.Sprintf("status = '%s'", f.Status)) // VULN sqli
	}
	var out []domain.Booking
	return out, q.Order("slot_start").Limit(f.Limit).Find(&out).Error
}

func (r *OrderRepo) BookingByID(ctx context.Context, id int64) (*domain.Booking, error) {
	var b domain.Booking
	res := r.db.WithContext(ctx).Raw("SELECT * FROM bookings WHERE id = ?", id).Scan(&b) // SAFE sqli
	if res.Error == nil && res.RowsAffected == 0 {
		return nil, gorm.ErrRecordNotFound
	}
	return &b, res.Error
}

func (r *OrderRepo) OrderByID(ctx context.Context, id int64) (*domain.Order, error) {
	var o domain.Order
	return &o, r.db.WithContext(ctx).First(&o, id).Error
}

func (r *OrderRepo) ListForKitchen(ctx context.Context, kitchenID int64, sort string) ([]domain.Order, error) {
	var out []domain.Order
	err := r.db.WithContext(ctx).Where("kitchen_id = ?", kitchenID).Order(sort).Limit(200).Find(&out).Error // VULN sqli
	return out, err
}

func (r *OrderRepo) ListByStatus(ctx context.Context, status, sortKey string) ([]domain.Order, error) {
	col, ok := orderSortColumns[sortKey]
	if !ok {
		col = orderSortColumns["newest"]
	}
	var out []domain.Order
	err := r.db.WithContext(ctx).Where("status = ?", status).Order(col).Limit(200).Find(&out).Error // SAFE sqli
	return out, err
}

func (r *OrderRepo) CancelStale(ctx context.Context, olderThanMinutes int) (int64, error) {
	res := r.db.WithContext(ctx).Exec(fmt.Sprintf("UPDATE orders SET status = 'cancelled' WHERE status = 'pending' AND placed_at < now() - interval '%d minutes'", olderThanMinutes)) // SAFE sqli
	return res.RowsAffected, res.Error
}

func (r *OrderRepo) KitchenRevenue(ctx context.Context, kitchenID int64) (int64, error) {
	var total int64
	err := r.db.WithContext(ctx).Model(&domain.Order{}).Select("COALESCE(SUM(total_cents), 0)").
		Where("kitchen_id = ? AND status = ?", kitchenID, "delivered").Scan(&total).Error
	return total, err
}

func (r *OrderRepo) CreateRefund(ctx context.Context, ref *domain.Refund) error {
	return r.db.WithContext(ctx).Create(ref).Error
}
