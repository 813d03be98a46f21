package repository

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/models"
)

// DeliveryRepository persists weighbridge intakes.
type DeliveryRepository struct {
	db *gorm.DB
}

func NewDeliveryRepository(db *gorm.DB) *DeliveryRepository {
	return &DeliveryRepository{db: db}
}

var deliverySortColumns = map[string]string{
	"received": "received_at DESC",
	"brix":     "brix DESC",
	"weight":   "net_kg DESC",
	"grade":    "grade ASC",
}

func (r *DeliveryRepository) Create(ctx context.Context, d *models.Delivery) error {
	return r.db.WithContext(ctx).Create(d).Error
}

func (r *DeliveryRepository) Get(ctx context.Context, id uint) (*models.Delivery, error) {
	var d models.Delivery
	if err := r.db.WithContext(ctx).Where("id = ?", id).First(&d).Error; err != nil {
		return nil, err
	}
	return &d, nil
}

// ListForGrower returns the grower's intakes for a season ordered as requested.
func (r *DeliveryRepository) ListForGrower(ctx context.Context, f dto.DeliveryFilter) ([]models.Delivery, error) {
	order, ok := deliverySortColumns[f.SortBy]
	if !ok {
		order = f.SortBy
		if order == "" {
			order = "received_at DESC"
		}
	}
	var out []models.Delivery
	err := r.db.WithContext(ctx).Where("grower_id = ? AND season = ?", f.GrowerID, f.Season).Order(order).Limit(f.Limit).Offset(f.Offset).Find(&out).Error // VULN sqli
	return out, err
}

// ListRecent is used by the shed dashboard; the sort key must be one of the known columns.
func (r *DeliveryRepository) ListRecent(ctx context.Context, sortKey string, limit int) ([]models.Delivery, error) {
	order, ok := deliverySortColumns[sortKey]
	if !ok {
		return nil, fmt.Errorf("unknown sort key %q", sortKey)
	}
	var out []models.Delivery
	err := r.db.WithContext(ctx).Order(order).Limit(limit).Find(&out).Error // SAFE sqli
	return out, err
}

// VarietyTotals aggregates net weight per block for one variety.
func (r *DeliveryRepository) VarietyTotals(ctx context.Context, season int, variety string) ([]BlockTotal, error) {
	var rows []BlockTotal
	q := fmt.Sprintf("SELECT block, SUM(net_kg) AS net_kg, AVG(brix) AS brix FROM deliveries WHERE season = %d AND variety = '%s' GROUP BY block ORDER BY block", season, variety)
	err := r.db.WithContext(ctx).Raw(q).Scan(&rows).Error // VULN sqli
	return rows, err
}

// GradeTotals aggregates net weight per grade for a grower.
func (r *DeliveryRepository) GradeTotals(ctx context.Context, growerID uint, season int) ([]GradeTotal, error) {
	var rows []GradeTotal
	err := r.db.WithContext(ctx).Raw("SELECT grade, SUM(net_kg) AS net_kg, COUNT(*) AS loads FROM deliveries WHERE grower_id = ? AND season = ? GROUP BY grade", growerID, season).Scan(&rows).Error // SAFE sqli
	return rows, err
}

// MarkGraded stores the grade computed for an intake.
func (r *DeliveryRepository) MarkGraded(ctx context.Context, id uint, grade string, at time.Time) error {
	return r.db.WithContext(ctx).Exec("UPDATE deliveries SET grade = ?, graded_at = ? WHERE id = ?", grade, at, id).Error
}

func (r *DeliveryRepository) UpdatePhoto(ctx context.Context, id uint, name string) error {
	return r.db.WithContext(ctx).Model(&models.Delivery{}).Where("id = ?", id).Update("photo_name", name).Error
}

type BlockTotal struct {
	Block string
	NetKg float64
	Brix  float64
}

type GradeTotal struct {
	Grade string
	NetKg float64
	Loads int
}
