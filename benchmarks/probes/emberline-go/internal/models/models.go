// Package models holds the persistent entities shared by the API, the
// partner gateway and the background worker.
package models

import "time"

// Incident is a single wildfire incident tracked by the dispatch center.
type Incident struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	Code        string    `gorm:"uniqueIndex;size:32" json:"code"`
	Name        string    `gorm:"size:200" json:"name"`
	Status      string    `gorm:"size:32;index" json:"status"`
	Region      string    `gorm:"size:64;index" json:"region"`
	Acres       float64   `json:"acres"`
	Containment int       `json:"containment"`
	Notes       string    `json:"notes"`
	MapURL      string    `json:"map_url"`
	ReportedAt  time.Time `json:"reported_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// Crew is a hand crew, engine strike team or helitack module.
type Crew struct {
	ID             uint       `gorm:"primaryKey" json:"id"`
	CallSign       string     `gorm:"size:32;uniqueIndex" json:"call_sign"`
	Kind           string     `gorm:"size:32" json:"kind"`
	HomeBase       string     `gorm:"size:64" json:"home_base"`
	Status         string     `gorm:"size:32" json:"status"`
	Members        int        `json:"members"`
	IncidentID     *uint      `json:"incident_id,omitempty"`
	CheckinCode    string     `gorm:"size:16" json:"-"`
	CheckinExpires *time.Time `json:"-"`
}

// EvacZone is a pre-planned evacuation zone.
type EvacZone struct {
	ID       uint   `gorm:"primaryKey" json:"id"`
	ZoneCode string `gorm:"size:32;uniqueIndex" json:"zone_code"`
	County   string `gorm:"size:64;index" json:"county"`
	Level    string `gorm:"size:16" json:"level"` // ready, set, go
	Polygon  string `json:"polygon"`
}

// Partner is an outside agency (county OES, state forestry, federal) that
// consumes the partner API.
type Partner struct {
	ID             string    `gorm:"primaryKey;size:64" json:"id"`
	Name           string    `json:"name"`
	ContactEmail   string    `json:"contact_email"`
	PasswordHash   string    `json:"-"`
	APIKey         string    `json:"-"`
	WebhookURL     string    `json:"webhook_url"`
	NotifyTemplate string    `json:"notify_template"`
	CreatedAt      time.Time `json:"created_at"`
}

// DispatchRule is a partner supplied prioritisation rule.
type DispatchRule struct {
	ID         uint   `gorm:"primaryKey" json:"id"`
	PartnerID  string `gorm:"size:64;index" json:"partner_id"`
	Name       string `json:"name"`
	Expression string `json:"expression"`
	Enabled    bool   `json:"enabled"`
}

// ResourceRequest is a request for crews or apparatus placed by a partner.
type ResourceRequest struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	IncidentID  uint      `json:"incident_id"`
	PartnerID   string    `gorm:"size:64;index" json:"partner_id"`
	Kind        string    `json:"kind"`
	Quantity    int       `json:"quantity"`
	Status      string    `json:"status"`
	CallbackURL string    `json:"callback_url"`
	CreatedAt   time.Time `json:"created_at"`
}

// ConsoleUser is a local break-glass operator account.
type ConsoleUser struct {
	ID           uint   `gorm:"primaryKey"`
	Username     string `gorm:"size:64;uniqueIndex"`
	PasswordHash string
	Role         string
}

// TelemetryPoint is one AVL/sensor sample stored in MongoDB.
type TelemetryPoint struct {
	Unit      string    `bson:"unit" json:"unit"`
	Sensor    string    `bson:"sensor" json:"sensor"`
	Lat       float64   `bson:"lat" json:"lat"`
	Lon       float64   `bson:"lon" json:"lon"`
	Value     float64   `bson:"value" json:"value"`
	Timestamp time.Time `bson:"ts" json:"ts"`
}
