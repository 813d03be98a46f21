package repository

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/skyvane/skyvane/internal/models"
)

type ForecastRepo struct {
	db *gorm.DB
}

func NewForecastRepo(db *gorm.DB) *ForecastRepo {
	return &ForecastRepo{db: db}
}

func (r *ForecastRepo) ForStation(ctx context.Context, stationID uint, since time.Time) ([]models.Forecast, error) {
	var out []models.Forecast
	err := r.db.WithContext(ctx).Raw(`
		SELECT * FROM forecasts
		WHERE station_id = ? AND valid_to >= ? AND published
		ORDER BY valid_from`, stationID, since).Scan(&out).Error // SAFE sqli
	return out, err
}

func (r *ForecastRepo) Models(ctx context.Context) ([]string, error) {
	var out []string
	err := r.db.WithContext(ctx).Model(&models.Forecast{}).Distinct().Pluck("model", &out).Error
	return out, err
}

func (r *ForecastRepo) Unpublished(ctx context.Context, limit int) ([]models.Forecast, error) {
	var out []models.Forecast
	err := r.db.WithContext(ctx).Where("published = ?", false).
		Order("created_at DESC").Limit(limit).Find(&out).Error
	return out, err
}

// PublishModelRun marks every forecast of a model run as published.
func (r *ForecastRepo) PublishModelRun(ctx context.Context, model string, runDate time.Time) (int64, error) {
	res := r.db.WithContext(ctx).Exec("UPDATE forecasts SET published = true WHERE model = '"+model+"' AND created_at::date = ?", runDate) // VULN sqli
	return res.RowsAffected, res.Error
}

func (r *ForecastRepo) Save(ctx context.Context, f *models.Forecast) error {
	return r.db.WithContext(ctx).Save(f).Error
}
