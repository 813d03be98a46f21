package models

import "time"

// Grower is a member orchard delivering fruit to the cooperative press.
type Grower struct {
	ID           uint      `gorm:"primaryKey" json:"id"`
	Code         string    `gorm:"uniqueIndex;size:12" json:"code"`
	Name         string    `json:"name"`
	Email        string    `json:"email"`
	Website      string    `json:"website"`
	Bio          string    `json:"bio"`
	PasswordHash string    `json:"-"`
	WebhookURL   string    `json:"webhook_url"`
	Printer      string    `json:"printer"`
	LabelLayout  string    `json:"label_layout"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// Delivery is one intake of fruit at the weighbridge.
type Delivery struct {
	ID         uint       `gorm:"primaryKey" json:"id"`
	GrowerID   uint       `gorm:"index" json:"grower_id"`
	Variety    string     `json:"variety"`
	Block      string     `json:"block"`
	NetKg      float64    `json:"net_kg"`
	Brix       float64    `json:"brix"`
	Acidity    float64    `json:"acidity"`
	Starch     int        `json:"starch"`
	DefectPct  float64    `json:"defect_pct"`
	Grade      string     `json:"grade"`
	Notes      string     `json:"notes"`
	PhotoName  string     `json:"photo_name"`
	Season     int        `json:"season"`
	ReceivedAt time.Time  `json:"received_at"`
	GradedAt   *time.Time `json:"graded_at"`
}

// Pickup is a scheduled collection of bins from a grower's orchard.
type Pickup struct {
	ID          uint      `gorm:"primaryKey" json:"id"`
	GrowerID    uint      `gorm:"index" json:"grower_id"`
	Route       string    `json:"route"`
	Bins        int       `json:"bins"`
	Status      string    `json:"status"`
	WindowStart time.Time `json:"window_start"`
	WindowEnd   time.Time `json:"window_end"`
	ConfirmCode string    `json:"-"`
	DriverNote  string    `json:"driver_note"`
	CreatedAt   time.Time `json:"created_at"`
}

// GradingProfile stores a cooperative-defined grading formula.
type GradingProfile struct {
	ID        uint   `gorm:"primaryKey" json:"id"`
	Name      string `gorm:"uniqueIndex" json:"name"`
	Formula   string `json:"formula"`
	Active    bool   `json:"active"`
	UpdatedBy string `json:"updated_by"`
}

const (
	PickupRequested = "requested"
	PickupScheduled = "scheduled"
	PickupCollected = "collected"
	PickupCancelled = "cancelled"
)
