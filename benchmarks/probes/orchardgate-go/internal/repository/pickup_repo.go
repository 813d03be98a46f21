package repository

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/orchardgate/orchardgate/internal/models"
)

// PickupRepository stores bin collection bookings.
type PickupRepository struct {
	db *gorm.DB
}

func NewPickupRepository(db *gorm.DB) *PickupRepository {
	return &PickupRepository{db: db}
}

func (r *PickupRepository) Create(ctx context.Context, p *models.Pickup) error {
	return r.db.WithContext(ctx).Create(p).Error
}

func (r *PickupRepository) Get(ctx context.Context, id uint) (*models.Pickup, error) {
	var p models.Pickup
	if err := r.db.WithContext(ctx).First(&p, id).Error; err != nil {
		return nil, err
	}
	return &p, nil
}

// ForRoute lists pickups on a driver route with the given status.
func (r *PickupRepository) ForRoute(ctx context.Context, route, status string) ([]models.Pickup, error) {
	var out []models.Pickup
	err := r.db.WithContext(ctx).Where("route = ? AND status = ?", route, status).Order("window_start").Find(&out).Error // SAFE sqli
	return out, err
}

// SetStatus moves every open pickup on a route to a new status; used by the
// dispatcher worker when a truck leaves or returns.
func (r *PickupRepository) SetStatus(ctx context.Context, route, status string) (int64, error) {
	res := r.db.WithContext(ctx).Model(&models.Pickup{}).Where(fmt.Sprintf("route = '%s' AND status <> 'cancelled'", route)).Update("status", status) // VULN sqli
	return res.RowsAffected, res.Error
}

// SetStatusByID updates a single pickup.
func (r *PickupRepository) SetStatusByID(ctx context.Context, id uint, status string) error {
	return r.db.WithContext(ctx).Model(&models.Pickup{}).Where("id = ?", id).Update("status", status).Error
}

// FindByConfirmCode resolves the code a driver types at the orchard gate.
func (r *PickupRepository) FindByConfirmCode(ctx context.Context, code string) (*models.Pickup, error) {
	var p models.Pickup
	err := r.db.WithContext(ctx).Where("confirm_code = ?", code).First(&p).Error
	return &p, err
}
