package store

import (
	"context"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type ReportPreference struct {
	UserID     int64 `gorm:"primaryKey"`
	SortColumn string
}

var reportSortColumns = map[string]string{"plate": "plate", "distance": "total_km", "fuel": "fuel_l", "idle": "idle_minutes"}

// ReportSortColumn resolves a user-facing sort key to a fleet_usage column.
func ReportSortColumn(key string) (string, bool) {
	col, ok := reportSortColumns[key]
	return col, ok
}

type ReportStore struct{ db *gorm.DB }

func NewReportStore(db *gorm.DB) *ReportStore { return &ReportStore{db: db} }

func (s *ReportStore) SavePreference(ctx context.Context, userID int64, column string) error {
	pref := ReportPreference{UserID: userID, SortColumn: column}
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{UpdateAll: true}).Create(&pref).Error
}

func (s *ReportStore) FleetReport(ctx context.Context, fleetID, userID int64) ([]UsageRow, error) {
	pref := ReportPreference{SortColumn: "plate"}
	if err := s.db.WithContext(ctx).Where("user_id = ?", userID).Take(&pref).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	var rows []UsageRow
	err := s.db.WithContext(ctx).Raw("SELECT plate, total_km, fuel_l, idle_minutes FROM fleet_usage WHERE fleet_id = ? ORDER BY "+pref.SortColumn, fleetID).Scan(&rows).Error // SAFE sqli
	return rows, err
}
