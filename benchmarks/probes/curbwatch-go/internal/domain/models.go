package domain

import (
	"time"
)

type CitationStatus string

const (
	CitationOpen     CitationStatus = "open"
	CitationPaid     CitationStatus = "paid"
	CitationAppealed CitationStatus = "appealed"
	CitationVoided   CitationStatus = "voided"
)

// Citation is a parking ticket written by an enforcement officer.
type Citation struct {
	ID           int64          `json:"id"`
	Number       string         `json:"number"`
	Plate        string         `json:"plate"`
	PlateState   string         `json:"plate_state"`
	ViolationCd  string         `json:"violation_code"`
	ZoneCode     string         `json:"zone_code"`
	Street       string         `json:"street"`
	OfficerBadge string         `json:"officer_badge"`
	AmountCents  int64          `json:"amount_cents"`
	Status       CitationStatus `json:"status"`
	IssuedAt     time.Time      `json:"issued_at"`
	DueAt        time.Time      `json:"due_at"`
	PhotoCount   int            `json:"photo_count"`
}

func (c Citation) IsPayable() bool {
	return c.Status == CitationOpen
}

// Violation is an entry in the municipal fine schedule.
type Violation struct {
	Code        string `json:"code"`
	Description string `json:"description"`
	FineCents   int64  `json:"fine_cents"`
}

// Payment records a settled citation.
type Payment struct {
	ID          int64     `json:"id"`
	CitationID  int64     `json:"citation_id"`
	AmountCents int64     `json:"amount_cents"`
	Reference   string    `json:"reference"`
	PaidAt      time.Time `json:"paid_at"`
}

type PermitKind string

const (
	PermitResidential PermitKind = "residential"
	PermitVisitor     PermitKind = "visitor"
	PermitContractor  PermitKind = "contractor"
	PermitFleet       PermitKind = "fleet"
)

// Permit authorises a vehicle to park in a residential parking zone.
type Permit struct {
	ID             int64      `json:"id"`
	Kind           PermitKind `json:"kind"`
	ZoneCode       string     `json:"zone_code"`
	Plate          string     `json:"plate"`
	HolderName     string     `json:"holder_name"`
	HolderEmail    string     `json:"holder_email"`
	StreetName     string     `json:"street_name"`
	HouseNumber    string     `json:"house_number"`
	ActivationCode string     `json:"-"`
	Status         string     `json:"status"`
	ValidFrom      time.Time  `json:"valid_from"`
	ValidUntil     time.Time  `json:"valid_until"`
	DocumentPath   string     `json:"-"`
	ReturnURL      string     `json:"-"`
}

// Zone is a residential parking zone.
type Zone struct {
	ID          int64  `json:"id"`
	Code        string `json:"code"`
	Name        string `json:"name"`
	MaxPermits  int    `json:"max_permits"`
	HourlyLimit int    `json:"hourly_limit"`
}

// FleetAccount is a delivery/rental company that receives citation notices by webhook.
type FleetAccount struct {
	ID           int64     `json:"id"`
	CompanyName  string    `json:"company_name"`
	ContactEmail string    `json:"contact_email"`
	Website      string    `json:"website"`
	WebhookURL   string    `json:"webhook_url"`
	PasswordHash string    `json:"-"`
	CreatedAt    time.Time `json:"created_at"`
}

// Vehicle is a record mirrored from the state registry.
type Vehicle struct {
	Plate      string `bun:"plate" json:"plate"`
	State      string `bun:"state" json:"state"`
	Make       string `bun:"make" json:"make"`
	Model      string `bun:"model" json:"model"`
	Color      string `bun:"color" json:"color"`
	OwnerName  string `bun:"owner_name" json:"owner_name"`
	ZoneCode   string `bun:"zone_code" json:"zone_code"`
	FleetID    *int64 `bun:"fleet_id" json:"fleet_id,omitempty"`
	Registered bool   `bun:"registered" json:"registered"`
}

// Appeal is a motorist's dispute of a citation.
type Appeal struct {
	ID            int64     `json:"id"`
	CitationID    int64     `json:"citation_id"`
	CitationNo    string    `json:"citation_number"`
	AppellantName string    `json:"appellant_name"`
	Email         string    `json:"email"`
	Statement     string    `json:"statement"`
	Status        string    `json:"status"`
	Decision      string    `json:"decision"`
	SubmittedAt   time.Time `json:"submitted_at"`
	DecidedBy     string    `json:"decided_by,omitempty"`
}

// Officer is an enforcement officer as known to the directory.
type Officer struct {
	Badge    string   `json:"badge"`
	Name     string   `json:"name"`
	Unit     string   `json:"unit"`
	Email    string   `json:"email"`
	Roles    []string `json:"roles"`
	Username string   `json:"username"`
}

func (o Officer) HasRole(role string) bool {
	for _, r := range o.Roles {
		if r == role {
			return true
		}
	}
	return false
}

// SavedReport is a reporting definition saved by a supervisor.
type SavedReport struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Owner     string    `json:"owner"`
	GroupBy   string    `json:"group_by"`
	FromDate  time.Time `json:"from_date"`
	ToDate    time.Time `json:"to_date"`
	CreatedAt time.Time `json:"created_at"`
}
