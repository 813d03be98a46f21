// Package dto contains request and message payloads.
package dto

import (
	"time"
)

// RegisterWagonRequest is posted by partners to register a wagon.
type RegisterWagonRequest struct {
	Number    string `json:"number"`
	Type      string `json:"type"`
	HomeDepot string `json:"home_depot"`
	MileageKm int64  `json:"mileage_km"`
	Remarks   string `json:"remarks"`
}

// UpdateRemarksRequest replaces free text remarks on a wagon.
type UpdateRemarksRequest struct {
	Remarks string `json:"remarks"`
}

// ListWagonsQuery is the parsed query string for GET /wagons.
type ListWagonsQuery struct {
	Sort     string
	Page     int
	PageSize int
}

// ShareLinkRequest creates a short tracking link for consignees.
type ShareLinkRequest struct {
	WagonID   int64  `json:"wagon_id"`
	TargetURL string `json:"target_url"`
	TTLHours  int    `json:"ttl_hours"`
}

// LabelPreviewRequest renders a wagon placard label in a partner supplied layout.
type LabelPreviewRequest struct {
	Format string `json:"format"`
	Copies int    `json:"copies"`
}

// FeedImportRequest asks the API to pull positions from a telematics feed.
type FeedImportRequest struct {
	Source   string `json:"source"`
	Provider string `json:"provider"`
}

// WebhookRequest registers a partner callback.
type WebhookRequest struct {
	CallbackURL string   `json:"callback_url"`
	Events      []string `json:"events"`
}

// CreateOrderForm is submitted from the portal maintenance screen.
type CreateOrderForm struct {
	WagonID      int64
	Component    string
	Description  string
	Priority     string
	ExternalLink string
	CreatedBy    string
}

// ReportRequest asks the report service to render a PDF.
type ReportRequest struct {
	Title     string
	Depot     string
	Sort      string
	Requester string
}

// TelemetryEvent is emitted by on-board units through the telematics bridge.
type TelemetryEvent struct {
	WagonNumber string    `json:"wagon_number"`
	Lat         float64   `json:"lat"`
	Lon         float64   `json:"lon"`
	SpeedKmh    float64   `json:"speed_kmh"`
	AtDepot     bool      `json:"at_depot"`
	RecordedAt  time.Time `json:"recorded_at"`
}

// DefectEvent is emitted by wayside detectors.
type DefectEvent struct {
	WagonNumber   string    `json:"wagon_number"`
	DetectorID    string    `json:"detector_id"`
	Severity      string    `json:"severity"`
	ComponentCode string    `json:"component_code"`
	Reading       float64   `json:"reading"`
	ObservedAt    time.Time `json:"observed_at"`
}

// StatusChangedEvent is published whenever a wagon changes status.
type StatusChangedEvent struct {
	WagonID     int64     `json:"wagon_id"`
	WagonNumber string    `json:"wagon_number"`
	Operator    string    `json:"operator_code"`
	OldStatus   string    `json:"old_status"`
	NewStatus   string    `json:"new_status"`
	ChangedAt   time.Time `json:"changed_at"`
}

// Job types on the jobs topic.
const (
	JobExportTable      = "export_table"
	JobArchivePhotos    = "archive_photos"
	JobSendNotification = "send_notification"
)

// JobMessage is a background job request.
type JobMessage struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	RequestedBy string            `json:"requested_by"`
	Params      map[string]string `json:"params"`
	CreatedAt   time.Time         `json:"created_at"`
}
