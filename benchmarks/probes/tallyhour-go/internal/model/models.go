package model

import "time"

type Employee struct {
	ID           int64     `json:"id" gorm:"primaryKey"`
	BadgeNo      string    `json:"badge_no"`
	FullName     string    `json:"full_name"`
	Email        string    `json:"email"`
	Department   string    `json:"department"`
	HourlyRate   float64   `json:"hourly_rate"`
	Username     string    `json:"username"`
	ManagerID    *int64    `json:"manager_id,omitempty"`
	PasswordHash string    `json:"-"`
	KioskPINHash string    `json:"-"`
	ListSortPref string    `json:"-"`
	CreatedAt    time.Time `json:"created_at"`
}

type TimeEntry struct {
	ID         int64     `json:"id" gorm:"primaryKey"`
	EmployeeID int64     `json:"employee_id"`
	WorkDate   time.Time `json:"work_date"`
	Hours      float64   `json:"hours"`
	Project    string    `json:"project"`
	Note       string    `json:"note"`
	Status     string    `json:"status"`
}

func (TimeEntry) TableName() string { return "time_entries" }

type AuditEvent struct {
	Actor          string    `bson:"actor" json:"actor"`
	Action         string    `bson:"action" json:"action"`
	EmployeeID     int64     `bson:"employee_id" json:"employee_id"`
	Hours          float64   `bson:"hours" json:"hours"`
	ScheduledHours float64   `bson:"scheduled_hours" json:"scheduled_hours"`
	Site           string    `bson:"site,omitempty" json:"site,omitempty"`
	At             time.Time `bson:"at" json:"at"`
}

// TimesheetDraft is the in-progress week an employee has not yet submitted.
type TimesheetDraft struct {
	EmployeeID int64
	Week       string
	Entries    []TimeEntry
	Extra      map[string]interface{}
}

type PayLine struct {
	Label  string
	Hours  float64
	Rate   float64
	Amount float64
}
