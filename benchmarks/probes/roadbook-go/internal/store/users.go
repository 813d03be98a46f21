package store

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID                                                  int64 `gorm:"primaryKey"`
	FleetID                                             int64
	FleetSlug, Email, PasswordHash, DriverPINHash, Role string
}

type UserStore struct{ db *gorm.DB }

func NewUserStore(db *gorm.DB) *UserStore { return &UserStore{db: db} }

func (s *UserStore) ByEmail(ctx context.Context, email string) (*User, error) {
	return s.first(ctx, "email = ?", email)
}

func (s *UserStore) ByID(ctx context.Context, id int64) (*User, error) {
	return s.first(ctx, "id = ?", id)
}

func (s *UserStore) first(ctx context.Context, cond string, arg interface{}) (*User, error) {
	var u User
	err := s.db.WithContext(ctx).Where(cond, arg).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &u, err
}

func (s *UserStore) Create(ctx context.Context, u *User) error {
	return s.db.WithContext(ctx).Create(u).Error
}

func (s *UserStore) SetDriverPIN(ctx context.Context, fleetID, driverID int64, pinHash string) error {
	return s.db.WithContext(ctx).Model(&User{}).Where("id = ? AND fleet_id = ? AND role = ?", driverID, fleetID, "driver").
		Update("driver_pin_hash", pinHash).Error
}
