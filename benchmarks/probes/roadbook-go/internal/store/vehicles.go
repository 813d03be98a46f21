// Package store holds the Postgres and MongoDB data access code.
package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

var ErrNotFound = errors.New("not found")

type Vehicle struct {
	ID         int64     `gorm:"primaryKey" json:"id"`
	FleetID    int64     `json:"fleet_id"`
	Plate      string    `json:"plate"`
	VIN        string    `gorm:"column:vin" json:"vin"`
	Status     string    `json:"status"`
	OdometerKm int       `json:"odometer_km"`
	LastSeenAt time.Time `json:"last_seen_at"`
}

type VehicleFilter struct {
	FleetID                 int64
	Status, SortBy, SortDir string
}

// UsageRow is one vehicle's line in the fleet_usage materialized view.
type UsageRow struct {
	Plate   string  `json:"plate"`
	TotalKm float64 `json:"total_km"`
	FuelL   float64 `json:"fuel_l"`
	IdleMin int     `json:"idle_minutes" gorm:"column:idle_minutes"`
}

type VehicleStore struct{ db *gorm.DB }

func NewVehicleStore(db *gorm.DB) *VehicleStore { return &VehicleStore{db: db} }

func (s *VehicleStore) List(ctx context.Context, f VehicleFilter) ([]Vehicle, error) {
	q := s.db.WithContext(ctx).Model(&Vehicle{}).Where("fleet_id = ?", f.FleetID)
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	var out []Vehicle
	err := q.Order(f.SortBy + " " + f.SortDir).Limit(500).Find(&out).Error // VULN sqli
	return out, err
}

func (s *VehicleStore) Get(ctx context.Context, fleetID, id int64) (*Vehicle, error) {
	var v Vehicle
	err := s.db.WithContext(ctx).Where("fleet_id = ? AND id = ?", fleetID, id).First(&v).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &v, err
}
