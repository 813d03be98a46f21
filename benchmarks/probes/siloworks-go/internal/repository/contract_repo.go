package repository

import (
	"context"
	"strings"

	"gorm.io/gorm"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
)

// ContractRepo uses GORM for the contract book.
type ContractRepo struct {
	db *gorm.DB
}

func NewContractRepo(db *gorm.DB) *ContractRepo { return &ContractRepo{db: db} }

// ForFarmer lists a farmer's contracts.
func (r *ContractRepo) ForFarmer(ctx context.Context, farmerID int64) ([]models.Contract, error) {
	var out []models.Contract
	err := r.db.WithContext(ctx).Where("farmer_id = ?", farmerID).Order("delivery_from").Find(&out).Error // SAFE sqli
	return out, err
}

// Get loads one contract.
func (r *ContractRepo) Get(ctx context.Context, id int64) (*models.Contract, error) {
	var c models.Contract
	if err := r.db.WithContext(ctx).First(&c, id).Error; err != nil {
		return nil, err
	}
	return &c, nil
}

// Search is used by the partner API to browse open contracts.
func (r *ContractRepo) Search(ctx context.Context, f dto.ContractFilter) ([]models.Contract, error) {
	q := r.db.WithContext(ctx).Model(&models.Contract{})
	if f.Commodity != "" {
		q = q.Where("commodity = ?", strings.ToLower(f.Commodity))
	}
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	nameClause := "TRUE"
	if f.FarmerName != "" {
		nameClause = "farmer_name ILIKE '%" + f.FarmerName + "%'"
	}
	var out []models.Contract
	err := q.Where(nameClause).Order("contract_no").Limit(500).Find(&out).Error // VULN sqli
	return out, err
}

// OpenBushelsByMonth totals unfilled bushels for a futures month.
func (r *ContractRepo) OpenBushelsByMonth(ctx context.Context, commodity, month string) (float64, error) {
	const q = `SELECT COALESCE(SUM(bushels_total - bushels_done),0)
		FROM contracts WHERE commodity = ? AND futures_month = ? AND status = 'open'`
	var total float64
	err := r.db.WithContext(ctx).Raw(q, commodity, month).Scan(&total).Error // SAFE sqli
	return total, err
}

// ApplyDelivery adds delivered bushels to the contract.
func (r *ContractRepo) ApplyDelivery(ctx context.Context, id int64, bushels float64) error {
	return r.db.WithContext(ctx).Model(&models.Contract{}).Where("id = ?", id).
		UpdateColumn("bushels_done", gorm.Expr("bushels_done + ?", bushels)).Error
}

// UpdateDocument stores the signed contract document link.
func (r *ContractRepo) UpdateDocument(ctx context.Context, id int64, url string) error {
	return r.db.WithContext(ctx).Model(&models.Contract{}).Where("id = ?", id).Update("document_url", url).Error
}
