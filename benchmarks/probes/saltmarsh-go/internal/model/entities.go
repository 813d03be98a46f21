package model

import "time"

// Ring is a row of the ring_records table.
type Ring struct {
	ID          int64     `db:"id"`
	RingNumber  string    `db:"ring_number"`
	Species     string    `db:"species"`
	Age         string    `db:"age"`
	Sex         string    `db:"sex"`
	WingMM      float64   `db:"wing_mm"`
	MassG       float64   `db:"mass_g"`
	SiteCode    string    `db:"site_code"`
	RingerID    int64     `db:"ringer_id"`
	CapturedAt  time.Time `db:"captured_at"`
	PhotoKey    string    `db:"photo_key"`
	Notes       string    `db:"notes"`
	IsRetrap    bool      `db:"is_retrap"`
	ExternalRef string    `db:"external_ref"`
}

// SavedFilter is a named filter a ringer can re-run from the dashboard.
type SavedFilter struct {
	ID      int64     `db:"id"`
	OwnerID int64     `db:"owner_id"`
	Name    string    `db:"name"`
	Clause  string    `db:"clause"`
	Created time.Time `db:"created_at"`
}

// Trip is a volunteer field trip to a ringing site.
type Trip struct {
	ID          int64     `db:"id"`
	SiteCode    string    `db:"site_code"`
	Title       string    `db:"title"`
	StartsAt    time.Time `db:"starts_at"`
	MaxPlaces   int       `db:"max_places"`
	LeaderNote  string    `db:"leader_note"`
	InviteCode  string    `db:"invite_code"`
	TideStation string    `db:"tide_station"`
	LeaderID    int64     `db:"leader_id"`
}

// Volunteer is a registered ringer or helper.
type Volunteer struct {
	ID           int64     `db:"id"`
	Email        string    `db:"email"`
	DisplayName  string    `db:"display_name"`
	PasswordHash string    `db:"password_hash"`
	Role         string    `db:"role"`
	WebhookURL   string    `db:"webhook_url"`
	ResetToken   string    `db:"reset_token"`
	CreatedAt    time.Time `db:"created_at"`
}

// Permit is a site access / ringing licence document.
type Permit struct {
	ID          int64     `db:"id" json:"id"`
	SiteCode    string    `db:"site_code" json:"siteCode"`
	Holder      string    `db:"holder" json:"holder"`
	Authority   string    `db:"authority" json:"authority"`
	ValidFrom   time.Time `db:"valid_from" json:"validFrom"`
	ValidUntil  time.Time `db:"valid_until" json:"validUntil"`
	DocumentKey string    `db:"document_key" json:"documentKey"`
	Status      string    `db:"status" json:"status"`
}
