package repository

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/skyvane/skyvane/internal/models"
)

var ErrNotFound = errors.New("not found")

// StationFilter is built by the service layer; OrderBy must already be a
// trusted column expression.
type StationFilter struct {
	Text      string
	Region    string
	Status    string
	PartnerID *uint
	OrderBy   string
	Limit     int
	Offset    int
}

type StationRepo struct {
	db *gorm.DB
}

func NewStationRepo(db *gorm.DB) *StationRepo {
	return &StationRepo{db: db}
}

func (r *StationRepo) Search(ctx context.Context, f StationFilter) ([]models.Station, int64, error) {
	q := r.db.WithContext(ctx).Model(&models.Station{})
	if f.Region != "" {
		q = q.Where("region = ?", f.Region)
	}
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.PartnerID != nil {
		q = q.Where("partner_id = ?", *f.PartnerID)
	}
	if f.Text != "" {
		q = q.Where(fmt.Sprintf("name ILIKE '%%%s%%' OR code ILIKE '%%%s%%'", f.Text, f.Text)) // VULN sqli
	}

	var total int64
	if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return nil, 0, err
	}

	var out []models.Station
	err := q.
		Order(f.OrderBy). // SAFE sqli
		Limit(f.Limit).
		Offset(f.Offset).
		Find(&out).Error
	return out, total, err
}

func (r *StationRepo) ByCode(ctx context.Context, code string) (*models.Station, error) {
	var st models.Station
	err := r.db.WithContext(ctx).Where("code = ?", code).First(&st).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &st, err
}

func (r *StationRepo) ByID(ctx context.Context, id uint) (*models.Station, error) {
	var st models.Station
	err := r.db.WithContext(ctx).First(&st, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &st, err
}

func (r *StationRepo) Create(ctx context.Context, st *models.Station) error {
	return r.db.WithContext(ctx).Create(st).Error
}

func (r *StationRepo) Update(ctx context.Context, id uint, fields map[string]any) error {
	fields["updated_at"] = time.Now().UTC()
	res := r.db.WithContext(ctx).Model(&models.Station{}).Where("id = ?", id).Updates(fields)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

func (r *StationRepo) TouchLastReading(ctx context.Context, id uint, at time.Time) error {
	return r.db.WithContext(ctx).Model(&models.Station{}).
		Where("id = ? AND (last_reading_at IS NULL OR last_reading_at < ?)", id, at).
		Update("last_reading_at", at).Error
}

func (r *StationRepo) ByPartner(ctx context.Context, partnerID uint) ([]models.Station, error) {
	var out []models.Station
	err := r.db.WithContext(ctx).Where("partner_id = ?", partnerID).Order("code").Find(&out).Error
	return out, err
}
