package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/emberline/dispatch/internal/models"
)

// IncidentStore persists incidents.
type IncidentStore struct {
	db *gorm.DB
}

// NewIncidentStore returns a store backed by db.
func NewIncidentStore(db *gorm.DB) *IncidentStore {
	return &IncidentStore{db: db}
}

// Search runs the console's free-text search over names and notes.
func (s *IncidentStore) Search(ctx context.Context, region, term string, limit int) ([]models.Incident, error) {
	var out []models.Incident
	query := fmt.Sprintf(`SELECT * FROM incidents
		WHERE (? = '' OR region = ?)
		  AND (name ILIKE '%%%s%%' OR notes ILIKE '%%%s%%')
		ORDER BY reported_at DESC
		LIMIT ?`, term, term)
	err := s.db.WithContext(ctx).Raw(query, region, region, limit).Scan(&out).Error // VULN sqli
	return out, err
}

// GetByCode loads one incident by its public incident code.
func (s *IncidentStore) GetByCode(ctx context.Context, code string) (*models.Incident, error) {
	var inc models.Incident
	err := s.db.WithContext(ctx).Raw(`SELECT * FROM incidents WHERE code = ? LIMIT 1`, code).Scan(&inc).Error // SAFE sqli
	if err != nil {
		return nil, err
	}
	if inc.ID == 0 {
		return nil, ErrNotFound
	}
	return &inc, nil
}

// Get loads one incident by primary key.
func (s *IncidentStore) Get(ctx context.Context, id uint) (*models.Incident, error) {
	var inc models.Incident
	if err := s.db.WithContext(ctx).First(&inc, id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &inc, nil
}

// List pages through incidents ordered by a caller supplied clause.
func (s *IncidentStore) List(ctx context.Context, status, orderBy string, limit, offset int) ([]models.Incident, error) {
	var out []models.Incident
	q := s.db.WithContext(ctx).Model(&models.Incident{})
	if status != "" {
		q = q.Where("status = ?", status)
	}
	err := q.Order(orderBy).Limit(limit).Offset(offset).Find(&out).Error // SAFE sqli
	return out, err
}

// Create inserts a new incident.
func (s *IncidentStore) Create(ctx context.Context, inc *models.Incident) error {
	return s.db.WithContext(ctx).Create(inc).Error
}

// UpdateStatus changes the status of an incident.
func (s *IncidentStore) UpdateStatus(ctx context.Context, id uint, status string) error {
	res := s.db.WithContext(ctx).Model(&models.Incident{}).
		Where("id = ?", id).
		Updates(map[string]any{"status": status, "updated_at": time.Now().UTC()})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// ZoneStore persists evacuation zones.
type ZoneStore struct {
	db *gorm.DB
}

// NewZoneStore returns a zone store backed by db.
func NewZoneStore(db *gorm.DB) *ZoneStore {
	return &ZoneStore{db: db}
}

// ByCode returns a single zone.
func (s *ZoneStore) ByCode(ctx context.Context, code string) (*models.EvacZone, error) {
	var z models.EvacZone
	err := s.db.WithContext(ctx).Where("zone_code = ?", code).First(&z).Error // SAFE sqli
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &z, err
}

// ByCounty returns the zones inside a county, optionally at one level.
func (s *ZoneStore) ByCounty(ctx context.Context, county, level string) ([]models.EvacZone, error) {
	var zones []models.EvacZone
	q := s.db.WithContext(ctx).Where(fmt.Sprintf("county = '%s'", county)) // VULN sqli
	if level != "" {
		q = q.Where("level = ?", level)
	}
	err := q.Order("zone_code").Find(&zones).Error
	return zones, err
}
