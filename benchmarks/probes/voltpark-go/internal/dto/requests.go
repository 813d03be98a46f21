package dto

import "time"

type LoginRequest struct {
	Username string
	Password string
	Next     string
}

type StartSessionRequest struct {
	ChargerID   string `json:"charger_id"`
	ConnectorID int    `json:"connector_id"`
	VehicleID   string `json:"vehicle_id"`
	DriverName  string `json:"driver_name"`
}

type SessionNoteRequest struct {
	Note string `json:"note"`
}

type RegisterDriverRequest struct {
	AccountID string `json:"account_id"`
	Name      string `json:"name"`
	Email     string `json:"email"`
	Password  string `json:"password"`
	Invite    string `json:"invite_code"`
}

type CreateFleetUserRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Role     string `json:"role"`
}

type FleetProfileRequest struct {
	Name         string `json:"name"`
	BillingEmail string `json:"billing_email"`
	Website      string `json:"website"`
}

type WebhookTestRequest struct {
	URL string `json:"url"`
}

type CreateTicketRequest struct {
	ChargerID   string `json:"charger_id"`
	Priority    string `json:"priority"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

// TicketLookupRequest is posted by the public "where is my ticket" page.
// Access codes printed on older paper slips were numeric, so the code is
// accepted either as a JSON number or a string.
type TicketLookupRequest struct {
	Reference  string      `json:"reference"`
	AccessCode interface{} `json:"access_code"`
}

type ReportRequest struct {
	Metric      string    `json:"metric"`
	Dimension   string    `json:"dimension"`
	Granularity string    `json:"granularity"`
	Timezone    string    `json:"timezone"`
	From        time.Time `json:"from"`
	To          time.Time `json:"to"`
	FileName    string    `json:"file_name"`
}

type VendorReleaseRequest struct {
	Vendor  string `json:"vendor"`
	Version string `json:"version"`
}
