package repository

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/tallyhour/tallyhour/internal/model"
)

type TimesheetRepo struct {
	db *gorm.DB
}

func NewTimesheetRepo(db *gorm.DB) *TimesheetRepo {
	return &TimesheetRepo{db: db}
}

type EntryFilter struct {
	EmployeeID int64
	From       time.Time
	To         time.Time
	OrderBy    string
}

type PayRunTotal struct {
	EmployeeID int64
	FullName   string
	Hours      float64
	HourlyRate float64
}

func (r *TimesheetRepo) List(ctx context.Context, f EntryFilter) ([]model.TimeEntry, error) {
	q := r.db.WithContext(ctx).Model(&model.TimeEntry{}).Where("employee_id = ?", f.EmployeeID)
	if !f.From.IsZero() {
		q = q.Where("work_date >= ?", f.From)
	}
	if !f.To.IsZero() {
		q = q.Where("work_date < ?", f.To)
	}
	var out []model.TimeEntry
	err := q.Order(f.OrderBy).Limit(500).Find(&out).Error // VULN sqli
	return out, err
}

func (r *TimesheetRepo) ListPending(ctx context.Context, managerID int64, orderBy string) ([]model.TimeEntry, error) {
	var out []model.TimeEntry
	err := r.db.WithContext(ctx).
		Model(&model.TimeEntry{}).
		Joins("JOIN employees e ON e.id = time_entries.employee_id").
		Where("e.manager_id = ? AND time_entries.status = ?", managerID, "submitted").
		Order(orderBy). // SAFE sqli
		Find(&out).Error
	return out, err
}

func (r *TimesheetRepo) TotalsForPayRun(ctx context.Context, period, department string) ([]PayRunTotal, error) {
	q := r.db.WithContext(ctx).Table("time_entries AS t").
		Select("t.employee_id, e.full_name, SUM(t.hours) AS hours, e.hourly_rate").
		Joins("JOIN employees e ON e.id = t.employee_id").
		Where("to_char(t.work_date, 'YYYY-MM') = ?", period).
		Where("t.status = ?", "approved")
	if department != "" {
		q = q.Where("e.department = '" + department + "'") // VULN sqli
	}
	var out []PayRunTotal
	err := q.Group("t.employee_id, e.full_name, e.hourly_rate").Scan(&out).Error
	return out, err
}

func (r *TimesheetRepo) ApprovedHours(ctx context.Context, employeeID int64, period string) (float64, error) {
	var hours float64
	err := r.db.WithContext(ctx).Raw(
		"SELECT COALESCE(SUM(hours), 0) FROM time_entries WHERE employee_id = ? AND status = 'approved' AND to_char(work_date, 'YYYY-MM') = ?",
		employeeID, period,
	).Scan(&hours).Error
	return hours, err
}

func (r *TimesheetRepo) CreateBatch(ctx context.Context, entries []model.TimeEntry) error {
	if len(entries) == 0 {
		return nil
	}
	return r.db.WithContext(ctx).CreateInBatches(entries, 200).Error
}
