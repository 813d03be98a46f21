// Package domain holds the core Tracklane entities.
package domain

import (
	"time"
)

// Wagon statuses.
const (
	WagonInService   = "in_service"
	WagonLoaded      = "loaded"
	WagonEmpty       = "empty"
	WagonInWorkshop  = "in_workshop"
	WagonQuarantined = "quarantined"
	WagonRetired     = "retired"
)

// Wagon is a registered freight wagon identified by its 12 digit UIC number.
type Wagon struct {
	ID              int64      `json:"id" db:"id"`
	Number          string     `json:"number" db:"wagon_number"`
	Type            string     `json:"type" db:"wagon_type"`
	OperatorCode    string     `json:"operator_code" db:"operator_code"`
	HomeDepot       string     `json:"home_depot" db:"home_depot"`
	Status          string     `json:"status" db:"status"`
	Remarks         string     `json:"remarks" db:"remarks"`
	LastLat         float64    `json:"last_lat" db:"last_lat"`
	LastLon         float64    `json:"last_lon" db:"last_lon"`
	LastSeenAt      *time.Time `json:"last_seen_at,omitempty" db:"last_seen_at"`
	RegisteredAt    time.Time  `json:"registered_at" db:"registered_at"`
	MileageKm       int64      `json:"mileage_km" db:"mileage_km"`
	NextRevisionDue *time.Time `json:"next_revision_due,omitempty" db:"next_revision_due"`
}

// Overdue reports whether the periodic revision date has passed.
func (w *Wagon) Overdue(now time.Time) bool {
	return w.NextRevisionDue != nil && now.After(*w.NextRevisionDue)
}

// WagonSearch is the portal search form.
type WagonSearch struct {
	Text         string
	OperatorCode string
	Status       string
}

// WagonPage is a page request for the public list endpoint.
type WagonPage struct {
	OperatorCode string
	SortColumn   string
	Direction    string
	Limit        int
	Offset       int
}

// WagonFilter is the GraphQL filter.
type WagonFilter struct {
	Statuses     []string
	OperatorCode string
	Depot        string
	Limit        uint64
}

// PositionFix is a single GPS fix from an on-board telematics unit.
type PositionFix struct {
	WagonID    int64     `json:"wagon_id"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
	SpeedKmh   float64   `json:"speed_kmh"`
	RecordedAt time.Time `json:"recorded_at"`
}

// FleetRow is one aggregate line of the fleet summary report.
type FleetRow struct {
	WagonType    string `json:"wagon_type"`
	HomeDepot    string `json:"home_depot"`
	Total        int    `json:"total"`
	InWorkshop   int    `json:"in_workshop"`
	OverdueCount int    `json:"overdue_count"`
}

// Maintenance priorities.
const (
	PriorityRoutine  = "routine"
	PriorityUrgent   = "urgent"
	PriorityImmobile = "immobilise"
)

// MaintenanceOrder is a workshop order raised against a wagon.
type MaintenanceOrder struct {
	ID           int64      `json:"id" db:"id" goqu:"skipinsert"`
	WagonID      int64      `json:"wagon_id" db:"wagon_id"`
	Component    string     `json:"component" db:"component"`
	Description  string     `json:"description" db:"description"`
	Priority     string     `json:"priority" db:"priority"`
	Status       string     `json:"status" db:"status"`
	ExternalLink string     `json:"external_link" db:"external_link"`
	CreatedBy    string     `json:"created_by" db:"created_by"`
	CreatedAt    time.Time  `json:"created_at" db:"created_at"`
	ClosedAt     *time.Time `json:"closed_at,omitempty" db:"closed_at"`
	Attachments  []string   `json:"attachments" db:"-"`
}

// DefectReport is raised by a wayside detector (hot box, wheel impact, ...).
type DefectReport struct {
	ID            int64      `json:"id" db:"id" goqu:"skipinsert"`
	WagonNumber   string     `json:"wagon_number" db:"wagon_number"`
	DetectorID    string     `json:"detector_id" db:"detector_id"`
	Severity      string     `json:"severity" db:"severity"`
	ComponentCode string     `json:"component_code" db:"component_code"`
	Reading       float64    `json:"reading" db:"reading"`
	ObservedAt    time.Time  `json:"observed_at" db:"observed_at"`
	ClosedAt      *time.Time `json:"closed_at,omitempty" db:"closed_at"`
}

// Operator roles in the portal.
const (
	RoleViewer       = "viewer"
	RoleDispatcher   = "dispatcher"
	RoleDepotManager = "depot_manager"
	RoleAdmin        = "admin"
)

// Operator is a portal user, usually backed by the corporate directory.
type Operator struct {
	ID           int64     `json:"id"`
	Username     string    `json:"username"`
	DisplayName  string    `json:"display_name"`
	Email        string    `json:"email"`
	Role         string    `json:"role"`
	DepotCode    string    `json:"depot_code"`
	PasswordHash string    `json:"-"`
	CreatedAt    time.Time `json:"created_at"`
}

// Partner is an external freight customer using the public API.
type Partner struct {
	ID             int64    `json:"id"`
	Name           string   `json:"name"`
	ClientID       string   `json:"client_id"`
	PasswordDigest string   `json:"-"`
	OperatorCode   string   `json:"operator_code"`
	Scopes         []string `json:"scopes"`
}

// Webhook is a partner subscription to wagon events.
type Webhook struct {
	ID          int64     `json:"id"`
	PartnerID   int64     `json:"partner_id"`
	CallbackURL string    `json:"callback_url"`
	Events      []string  `json:"events"`
	Secret      string    `json:"-"`
	Active      bool      `json:"active"`
	CreatedAt   time.Time `json:"created_at"`
}

// NotificationTemplate is an editable e-mail body for a wagon event.
type NotificationTemplate struct {
	Event     string    `json:"event"`
	Subject   string    `json:"subject"`
	Body      string    `json:"body"`
	UpdatedBy string    `json:"updated_by"`
	UpdatedAt time.Time `json:"updated_at"`
}
