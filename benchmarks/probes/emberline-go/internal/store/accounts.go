package store

import (
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/emberline/dispatch/internal/models"
)

// PartnerStore persists partner agencies, their rules and requests.
type PartnerStore struct {
	db *gorm.DB
}

// NewPartnerStore returns a partner store backed by db.
func NewPartnerStore(db *gorm.DB) *PartnerStore {
	return &PartnerStore{db: db}
}

// Get loads one partner.
func (s *PartnerStore) Get(ctx context.Context, id string) (*models.Partner, error) {
	var p models.Partner
	if err := s.db.WithContext(ctx).Where("id = ?", id).First(&p).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &p, nil
}

// Create inserts a partner.
func (s *PartnerStore) Create(ctx context.Context, p *models.Partner) error {
	return s.db.WithContext(ctx).Create(p).Error
}

// UpdateTemplate stores the partner's notification template.
func (s *PartnerStore) UpdateTemplate(ctx context.Context, id, tpl string) error {
	return s.db.WithContext(ctx).Model(&models.Partner{}).Where("id = ?", id).Update("notify_template", tpl).Error
}

// SaveRule inserts or replaces a dispatch rule.
func (s *PartnerStore) SaveRule(ctx context.Context, r *models.DispatchRule) error {
	return s.db.WithContext(ctx).Save(r).Error
}

// RulesFor returns enabled rules for a partner.
func (s *PartnerStore) RulesFor(ctx context.Context, partnerID string) ([]models.DispatchRule, error) {
	var rules []models.DispatchRule
	err := s.db.WithContext(ctx).Where("partner_id = ? AND enabled = ?", partnerID, true).Order("id").Find(&rules).Error
	return rules, err
}

// CreateRequest inserts a resource request.
func (s *PartnerStore) CreateRequest(ctx context.Context, rr *models.ResourceRequest) error {
	return s.db.WithContext(ctx).Create(rr).Error
}

// UpdateRequestStatus changes the status of a resource request.
func (s *PartnerStore) UpdateRequestStatus(ctx context.Context, id uint, status string) error {
	return s.db.WithContext(ctx).Model(&models.ResourceRequest{}).Where("id = ?", id).Update("status", status).Error
}

// UserStore persists local console accounts.
type UserStore struct {
	db *gorm.DB
}

// NewUserStore returns a user store backed by db.
func NewUserStore(db *gorm.DB) *UserStore {
	return &UserStore{db: db}
}

// ByUsername returns a local account or ErrNotFound.
func (s *UserStore) ByUsername(ctx context.Context, username string) (*models.ConsoleUser, error) {
	var u models.ConsoleUser
	if err := s.db.WithContext(ctx).Where("username = ?", username).First(&u).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &u, nil
}

// Create inserts a local account.
func (s *UserStore) Create(ctx context.Context, u *models.ConsoleUser) error {
	return s.db.WithContext(ctx).Create(u).Error
}

// Snapshot is an operational picture exchanged between neighbouring
// dispatch centers during mutual-aid handoffs.
type Snapshot struct {
	TakenAt   time.Time
	Region    string
	Source    string
	Incidents []models.Incident
	Crews     []models.Crew
	Extras    map[string]interface{}
}

func init() {
	gob.Register(map[string]interface{}{})
	gob.Register([]interface{}{})
	gob.Register(time.Time{})
}

// DecodeSnapshot reads a gob encoded snapshot.
func DecodeSnapshot(r io.Reader) (*Snapshot, error) {
	var snap Snapshot
	if err := gob.NewDecoder(r).Decode(&snap); err != nil { // VULN deser
		return nil, fmt.Errorf("decode snapshot: %w", err)
	}
	return &snap, nil
}

// ApplySnapshot upserts the incidents contained in a snapshot.
func (s *PartnerStore) ApplySnapshot(ctx context.Context, snap *Snapshot) (int, error) {
	n := 0
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for i := range snap.Incidents {
			inc := snap.Incidents[i]
			inc.ID = 0
			if err := tx.Clauses(clause.OnConflict{
				Columns:   []clause.Column{{Name: "code"}},
				DoUpdates: clause.AssignmentColumns([]string{"status", "acres", "containment", "updated_at"}),
			}).Create(&inc).Error; err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
