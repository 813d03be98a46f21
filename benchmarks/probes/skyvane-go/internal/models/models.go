// Package models holds persistent entities shared by the Skyvane services.
package models

import (
	"time"

	"go.mongodb.org/mongo-driver/bson/primitive"
)

type StationStatus string

const (
	StationActive      StationStatus = "active"
	StationMaintenance StationStatus = "maintenance"
	StationRetired     StationStatus = "retired"
)

// Station is a physical weather station operated by Skyvane or a partner.
type Station struct {
	ID            uint          `gorm:"primaryKey" json:"id"`
	Code          string        `gorm:"uniqueIndex;size:16" json:"code"`
	Name          string        `gorm:"size:128" json:"name"`
	Description   string        `gorm:"type:text" json:"description"`
	Region        string        `gorm:"size:64;index" json:"region"`
	Latitude      float64       `json:"latitude"`
	Longitude     float64       `json:"longitude"`
	ElevationM    float64       `json:"elevation_m"`
	Status        StationStatus `gorm:"size:16" json:"status"`
	GatewayHost   string        `gorm:"size:255" json:"gateway_host"`
	SensorModel   string        `gorm:"size:64" json:"sensor_model"`
	Calibration   string        `gorm:"type:text" json:"calibration,omitempty"`
	PartnerID     *uint         `gorm:"index" json:"partner_id,omitempty"`
	PairingCode   string        `gorm:"size:8" json:"-"`
	LastReadingAt *time.Time    `json:"last_reading_at,omitempty"`
	CreatedAt     time.Time     `json:"created_at"`
	UpdatedAt     time.Time     `json:"updated_at"`
}

// Reading is a single sensor observation. Stored in the readings hypertable.
type Reading struct {
	ID          int64     `json:"id"`
	StationID   uint      `json:"station_id"`
	ObservedAt  time.Time `json:"observed_at"`
	TempC       float64   `json:"temp_c"`
	HumidityPct float64   `json:"humidity_pct"`
	PressureHPa float64   `json:"pressure_hpa"`
	WindMS      float64   `json:"wind_ms"`
	WindDirDeg  int       `json:"wind_dir_deg"`
	PrecipMM    float64   `json:"precip_mm"`
}

// AggregateRow is one bucket of an aggregated reading series.
type AggregateRow struct {
	Bucket  time.Time `json:"bucket"`
	AvgTemp float64   `json:"avg_temp"`
	MaxWind float64   `json:"max_wind"`
	Precip  float64   `json:"precip"`
	Samples int64     `json:"samples"`
}

type Severity int

const (
	SeverityInfo Severity = iota + 1
	SeverityAdvisory
	SeverityWarning
	SeverityEmergency
)

// Alert documents live in MongoDB.
type Alert struct {
	ID          primitive.ObjectID `bson:"_id,omitempty" json:"id"`
	StationCode string             `bson:"station_code" json:"station_code"`
	Kind        string             `bson:"kind" json:"kind"`
	Severity    Severity           `bson:"severity" json:"severity"`
	Message     string             `bson:"message" json:"message"`
	Tags        []string           `bson:"tags" json:"tags"`
	Status      string             `bson:"status" json:"status"`
	AckToken    string             `bson:"ack_token" json:"-"`
	AckedBy     string             `bson:"acked_by,omitempty" json:"acked_by,omitempty"`
	RaisedAt    time.Time          `bson:"raised_at" json:"raised_at"`
	ResolvedAt  *time.Time         `bson:"resolved_at,omitempty" json:"resolved_at,omitempty"`
}

// Forecast is a published model run for a station.
type Forecast struct {
	ID         uint      `gorm:"primaryKey" json:"id"`
	StationID  uint      `gorm:"index" json:"station_id"`
	Model      string    `gorm:"size:32" json:"model"`
	ValidFrom  time.Time `json:"valid_from"`
	ValidTo    time.Time `json:"valid_to"`
	TempMinC   float64   `json:"temp_min_c"`
	TempMaxC   float64   `json:"temp_max_c"`
	PrecipProb float64   `json:"precip_prob"`
	Summary    string    `gorm:"size:255" json:"summary"`
	Published  bool      `json:"published"`
	CreatedAt  time.Time `json:"created_at"`
}

// Partner is an external organisation that consumes or contributes data.
type Partner struct {
	ID              uint      `gorm:"primaryKey" json:"id"`
	Slug            string    `gorm:"uniqueIndex;size:64" json:"slug"`
	Name            string    `gorm:"size:128" json:"name"`
	Website         string    `gorm:"size:255" json:"website"`
	WebhookURL      string    `gorm:"size:512" json:"webhook_url"`
	FeedURL         string    `gorm:"size:512" json:"feed_url"`
	MessageTemplate string    `gorm:"type:text" json:"message_template"`
	APIKeyHash      string    `gorm:"size:128" json:"-"`
	Active          bool      `json:"active"`
	CreatedAt       time.Time `json:"created_at"`
}

// AdminUser is a local fallback account for the admin console.
type AdminUser struct {
	ID           uint   `gorm:"primaryKey"`
	Username     string `gorm:"uniqueIndex;size:64"`
	PasswordHash string `gorm:"size:128"`
	DisplayName  string `gorm:"size:128"`
	Role         string `gorm:"size:32"`
	Disabled     bool
	CreatedAt    time.Time
}

// APIUser is an account for the public HTTP API.
type APIUser struct {
	ID           uint   `gorm:"primaryKey"`
	Email        string `gorm:"uniqueIndex;size:255"`
	PasswordHash string `gorm:"size:128"`
	Org          string `gorm:"size:64"`
	Role         string `gorm:"size:32"`
	CreatedAt    time.Time
}
