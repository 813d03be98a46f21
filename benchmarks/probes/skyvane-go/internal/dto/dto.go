// Package dto contains request and response shapes for the Skyvane HTTP APIs.
package dto

import (
	"time"

	"github.com/skyvane/skyvane/internal/models"
)

type StationQuery struct {
	Query   string
	Region  string
	Status  string
	Sort    string
	Dir     string
	Page    int
	PerPage int
}

type CreateStationRequest struct {
	Code        string  `json:"code" binding:"required"`
	Name        string  `json:"name" binding:"required"`
	Description string  `json:"description"`
	Region      string  `json:"region"`
	Latitude    float64 `json:"latitude"`
	Longitude   float64 `json:"longitude"`
	ElevationM  float64 `json:"elevation_m"`
	SensorModel string  `json:"sensor_model"`
}

type UpdateStationRequest struct {
	Name        *string `json:"name" form:"name"`
	Description *string `json:"description" form:"description"`
	GatewayHost *string `json:"gateway_host" form:"gateway_host"`
	Calibration *string `json:"calibration" form:"calibration"`
	Status      *string `json:"status" form:"status"`
}

type ReadingInput struct {
	ObservedAt  time.Time `json:"observed_at"`
	TempC       float64   `json:"temp_c"`
	HumidityPct float64   `json:"humidity_pct"`
	PressureHPa float64   `json:"pressure_hpa"`
	WindMS      float64   `json:"wind_ms"`
	WindDirDeg  int       `json:"wind_dir_deg"`
	PrecipMM    float64   `json:"precip_mm"`
}

type ReadingBatch struct {
	StationCode string         `json:"station_code"`
	Readings    []ReadingInput `json:"readings"`
}

type AggregateRequest struct {
	StationID int64
	Interval  string
	From      time.Time
	To        time.Time
	OrderBy   string
}

type AggregateResponse struct {
	StationID int64                 `json:"station_id"`
	Interval  string                `json:"interval"`
	Rows      []models.AggregateRow `json:"rows"`
}

// AckAlertRequest is sent by station displays and the web dashboard.
// Legacy LCD panels send the token as a number, so it is decoded loosely.
type AckAlertRequest struct {
	Token any    `json:"token"`
	By    string `json:"by"`
}

type PartnerAckRequest struct {
	Token string `json:"token" binding:"required"`
	By    string `json:"by" binding:"required"`
}

type AlertListQuery struct {
	Filters map[string]string
	Limit   int64
}

type LoginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Next     string `json:"next"`
}

type LoginResponse struct {
	Token      string `json:"token"`
	RedirectTo string `json:"redirect_to,omitempty"`
}

type PartnerRegistration struct {
	Slug            string `json:"slug" binding:"required"`
	Name            string `json:"name" binding:"required"`
	Website         string `json:"website"`
	WebhookURL      string `json:"webhook_url"`
	FeedURL         string `json:"feed_url"`
	MessageTemplate string `json:"message_template"`
}

type PartnerStationUpdate struct {
	Description string `json:"description"`
	SensorModel string `json:"sensor_model"`
	Calibration string `json:"calibration"`
}

type ForecastPublishRequest struct {
	Model string `form:"model"`
	Note  string `form:"note"`
}

type DiagnosticsRequest struct {
	Host string `form:"host"`
}

type ExportRequest struct {
	StationIDs []uint    `json:"station_ids"`
	From       time.Time `json:"from"`
	To         time.Time `json:"to"`
	Format     string    `json:"format"`
}

type StationMetadataXML struct {
	Code      string  `xml:"code,attr"`
	Name      string  `xml:"name"`
	Region    string  `xml:"region"`
	Latitude  float64 `xml:"location>lat"`
	Longitude float64 `xml:"location>lon"`
	Elevation float64 `xml:"location>elevation"`
	Sensor    string  `xml:"sensor>model"`
}

type StationMetadataDoc struct {
	Stations []StationMetadataXML `xml:"station"`
}

type ErrorResponse struct {
	Error string `json:"error"`
}
