package repository

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/orchardgate/orchardgate/internal/models"
)

// ProfileRepository stores cooperative grading profiles.
type ProfileRepository struct {
	db *gorm.DB
}

func NewProfileRepository(db *gorm.DB) *ProfileRepository {
	return &ProfileRepository{db: db}
}

func (r *ProfileRepository) Active(ctx context.Context) (*models.GradingProfile, error) {
	var p models.GradingProfile
	err := r.db.WithContext(ctx).Where("active = ?", true).First(&p).Error
	return &p, err
}

func (r *ProfileRepository) ByName(ctx context.Context, name string) (*models.GradingProfile, error) {
	var p models.GradingProfile
	err := r.db.WithContext(ctx).Where(&models.GradingProfile{Name: name}).First(&p).Error
	return &p, err
}

// Upsert saves a profile formula keyed by name.
func (r *ProfileRepository) Upsert(ctx context.Context, p *models.GradingProfile) error {
	return r.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "name"}},
		DoUpdates: clause.AssignmentColumns([]string{"formula", "updated_by"}),
	}).Create(p).Error
}

// Activate switches the active grading profile atomically.
func (r *ProfileRepository) Activate(ctx context.Context, name string) error {
	return r.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("UPDATE grading_profiles SET active = false").Error; err != nil {
			return err
		}
		return tx.Exec("UPDATE grading_profiles SET active = true WHERE name = ?", name).Error
	})
}
