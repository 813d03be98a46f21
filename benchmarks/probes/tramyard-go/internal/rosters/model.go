// Package rosters plans driver shifts, publishes weekly rosters and handles
// shift swaps and acknowledgements.
package rosters

import (
	"time"
)

// Shift is one scheduled driving duty.
type Shift struct {
	tableName struct{} `pg:"shifts"`

	ID             int64      `pg:"id,pk" json:"id"`
	Depot          string     `pg:"depot" json:"depot"`
	Line           string     `pg:"line" json:"line"`
	RouteName      string     `pg:"route_name" json:"routeName"`
	DriverBadge    string     `pg:"driver_badge" json:"driverBadge,omitempty"`
	StartsAt       time.Time  `pg:"starts_at" json:"startsAt"`
	EndsAt         time.Time  `pg:"ends_at" json:"endsAt"`
	Note           string     `pg:"note" json:"note,omitempty"`
	AckToken       string     `pg:"ack_token" json:"-"`
	AcknowledgedAt *time.Time `pg:"acknowledged_at" json:"acknowledgedAt,omitempty"`
}

// Driver is a tram driver's roster profile.
type Driver struct {
	tableName struct{} `pg:"drivers"`

	Badge         string `pg:"badge,pk" json:"badge"`
	FullName      string `pg:"full_name" json:"fullName"`
	HomeDepot     string `pg:"home_depot" json:"homeDepot"`
	PreferredLine string `pg:"preferred_line" json:"preferredLine"`
	Mobile        string `pg:"mobile" json:"-"`
	Email         string `pg:"email" json:"-"`
}

// NoticeTemplate is a depot-specific shift notice message.
type NoticeTemplate struct {
	tableName struct{} `pg:"notice_templates"`

	ID        int64     `pg:"id,pk"`
	Depot     string    `pg:"depot,unique:depot_name"`
	Name      string    `pg:"name,unique:depot_name"`
	Body      string    `pg:"body"`
	UpdatedBy string    `pg:"updated_by"`
	UpdatedAt time.Time `pg:"updated_at,default:now()"`
}

type SwapRequest struct {
	tableName struct{} `pg:"shift_swaps"`

	ID          int64      `pg:"id,pk" json:"id"`
	ShiftID     int64      `pg:"shift_id" json:"shiftId"`
	FromBadge   string     `pg:"from_badge" json:"fromBadge"`
	ToBadge     string     `pg:"to_badge" json:"toBadge"`
	Code        string     `pg:"code" json:"-"`
	ExpiresAt   time.Time  `pg:"expires_at" json:"expiresAt"`
	ConfirmedAt *time.Time `pg:"confirmed_at" json:"confirmedAt,omitempty"`
}

type ShiftView struct {
	ID        int64
	RouteName string
	Line      string
	Driver    string
	Start     string
	End       string
	Note      string
}

type DayView struct {
	Date   string
	Shifts []ShiftView
}

type WeekView struct {
	Depot     string
	WeekStart time.Time
	Days      []DayView
	ReturnTo  string
}

type WeekRequest struct {
	Depot     string
	WeekStart time.Time
	ReturnTo  string
}

type NoteRequest struct {
	ShiftID int64
	Note    string `json:"note"`
}

type PreferenceRequest struct {
	Badge string
	Line  string `json:"line"`
}

type TemplateRequest struct {
	Depot string
	Name  string
	Body  string `json:"body"`
	Actor string
}

type NoticeRequest struct {
	ShiftID  int64
	Template string `json:"template"`
}

type SwapRequestDTO struct {
	ShiftID   int64
	FromBadge string
	ToBadge   string `json:"toBadge"`
}

type ConfirmSwapRequest struct {
	ID   int64
	Code string `json:"code"`
}

type ExportRequest struct {
	Depot     string
	WeekStart time.Time `json:"weekStart"`
	FileName  string    `json:"fileName"`
}

type DirectoryRequest struct {
	Badge  string
	Depot  string
	Prefix string
}

type HTMLResponse struct {
	HTML string
}

type OKResponse struct {
	OK bool `json:"ok"`
}
