package dto

import (
	"time"
)

// CitationSearch is bound from the query string of GET /api/citations.
type CitationSearch struct {
	Plate      string
	PlateState string
	Status     string
	SortBy     string
	SortDir    string
	Limit      int
	Offset     int
}

// IssueCitationRequest is posted by officers' handheld devices.
type IssueCitationRequest struct {
	Plate        string    `json:"plate"`
	PlateState   string    `json:"plate_state"`
	ViolationCd  string    `json:"violation_code"`
	ZoneCode     string    `json:"zone_code"`
	Street       string    `json:"street"`
	ObservedAt   time.Time `json:"observed_at"`
	PhotoURL     string    `json:"photo_url"`
	DeviceSerial string    `json:"device_serial"`
}

// SubmitAppealRequest is posted by motorists from the public site.
type SubmitAppealRequest struct {
	CitationNumber string `json:"citation_number" form:"citation_number"`
	Name           string `json:"name" form:"name"`
	Email          string `json:"email" form:"email"`
	Statement      string `json:"statement" form:"statement"`
}

// AppealAcknowledgement is returned to the motorist after an appeal is filed.
type AppealAcknowledgement struct {
	AppealID int64  `json:"appeal_id"`
	Letter   string `json:"letter"`
}

// PaymentRequest is posted from the public payment page.
type PaymentRequest struct {
	CitationNumber string `json:"citation_number" form:"citation_number"`
	CardToken      string `json:"card_token" form:"card_token"`
	AmountCents    int64  `json:"amount_cents" form:"amount_cents"`
}

// LoginRequest is used by officers logging in to the supervisor console.
type LoginRequest struct {
	Username string `json:"username" form:"username"`
	Password string `json:"password" form:"password"`
}

// OfficerLookup is a public "verify your officer" search.
type OfficerLookup struct {
	Badge string `query:"badge"`
}

// EvidenceReceived is published when a handheld uploads a batch of photos.
type EvidenceReceived struct {
	BatchID      string    `json:"batch_id"`
	CitationID   int64     `json:"citation_id"`
	DeviceSerial string    `json:"device_serial"`
	ArchivePath  string    `json:"archive_path"`
	ArchiveKind  string    `json:"archive_kind"`
	PhotoName    string    `json:"photo_name"`
	ReceivedAt   time.Time `json:"received_at"`
}

// CitationIssued is published after a citation has been stored.
type CitationIssued struct {
	CitationID int64     `json:"citation_id"`
	Number     string    `json:"number"`
	Plate      string    `json:"plate"`
	PlateState string    `json:"plate_state"`
	PhotoURL   string    `json:"photo_url"`
	IssuedAt   time.Time `json:"issued_at"`
}
