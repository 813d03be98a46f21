package events

import (
	"encoding/json"
	"time"
)

const (
	TopicReportRequested  = "voltpark.reports.requested"
	TopicFirmwareUploaded = "voltpark.firmware.uploaded"
	TopicVendorRelease    = "voltpark.firmware.vendor-release"
	TopicTicketCreated    = "voltpark.tickets.created"
	TopicSessionCompleted = "voltpark.sessions.completed"
)

// Envelope wraps every message written to Kafka.
type Envelope struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	OccurredAt time.Time       `json:"occurred_at"`
	Payload    json.RawMessage `json:"payload"`
}

type ReportRequested struct {
	ReportID    string    `json:"report_id"`
	AccountID   string    `json:"account_id"`
	Metric      string    `json:"metric"`
	Dimension   string    `json:"dimension"`
	Granularity string    `json:"granularity"`
	Timezone    string    `json:"timezone"`
	From        time.Time `json:"from"`
	To          time.Time `json:"to"`
	FileName    string    `json:"file_name"`
	RequestedBy string    `json:"requested_by"`
}

type FirmwareUploaded struct {
	BundlePath string `json:"bundle_path"`
	Vendor     string `json:"vendor"`
	Version    string `json:"version"`
	UploadedBy string `json:"uploaded_by"`
}

type VendorReleaseFetched struct {
	BundlePath string `json:"bundle_path"`
	Vendor     string `json:"vendor"`
	Version    string `json:"version"`
}

type TicketCreated struct {
	Reference      string `json:"reference"`
	ChargerID      string `json:"charger_id"`
	FleetAccountID string `json:"fleet_account_id"`
	Priority       string `json:"priority"`
}

type SessionCompleted struct {
	SessionID      string  `json:"session_id"`
	ChargerID      string  `json:"charger_id"`
	FleetAccountID string  `json:"fleet_account_id"`
	EnergyKWh      float64 `json:"energy_kwh"`
	CostCents      int64   `json:"cost_cents"`
}
