package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"github.com/emberline/dispatch/internal/models"
)

// CrewStore persists crews and their check-in codes.
type CrewStore struct {
	db *gorm.DB
}

// NewCrewStore returns a crew store backed by db.
func NewCrewStore(db *gorm.DB) *CrewStore {
	return &CrewStore{db: db}
}

// List returns crews filtered by status in the requested order.
func (s *CrewStore) List(ctx context.Context, status, orderBy string) ([]models.Crew, error) {
	var crews []models.Crew
	q := s.db.WithContext(ctx).Model(&models.Crew{})
	if status != "" {
		q = q.Where("status = ?", status)
	}
	err := q.Order(orderBy).Find(&crews).Error // VULN sqli
	return crews, err
}

// Get loads one crew.
func (s *CrewStore) Get(ctx context.Context, id uint) (*models.Crew, error) {
	var c models.Crew
	if err := s.db.WithContext(ctx).First(&c, id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &c, nil
}

// SetCheckinCode stores the code a crew boss reads back over the radio.
func (s *CrewStore) SetCheckinCode(ctx context.Context, id uint, code string, expires time.Time) error {
	return s.db.WithContext(ctx).Model(&models.Crew{}).
		Where("id = ?", id).
		Updates(map[string]any{"checkin_code": code, "checkin_expires": expires}).Error
}

// Assign attaches a crew to an incident.
func (s *CrewStore) Assign(ctx context.Context, crewID, incidentID uint) error {
	return s.db.WithContext(ctx).Model(&models.Crew{}).
		Where("id = ? AND status = ?", crewID, "available").
		Updates(map[string]any{"incident_id": incidentID, "status": "assigned"}).Error
}
