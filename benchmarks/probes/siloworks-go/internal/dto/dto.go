// Package dto holds request and response bodies shared between the HTTP
// layers and the services.
package dto

import (
	"time"
)

// CreateTicketRequest is posted by the scale house when a truck arrives.
type CreateTicketRequest struct {
	FarmerID   int64   `json:"farmerId" binding:"required"`
	ContractID *int64  `json:"contractId"`
	Commodity  string  `json:"commodity" binding:"required"`
	TruckPlate string  `json:"truckPlate" binding:"required"`
	Driver     string  `json:"driver"`
	GrossKg    float64 `json:"grossKg" binding:"required"`
	BinCode    string  `json:"binCode"`
	ScaleID    string  `json:"scaleId"`
	Notes      string  `json:"notes"`
}

// TicketSearch carries list filters from the query string.
type TicketSearch struct {
	Commodity string
	Status    string
	FarmerID  int64
	SortBy    string
	SortDir   string
	Limit     int
	Offset    int
}

// CompleteTicketRequest records the outbound (tare) weight.
type CompleteTicketRequest struct {
	TareKg  float64 `json:"tareKg" binding:"required"`
	BinCode string  `json:"binCode"`
}

// SampleRequest is a lab result for a ticket.
type SampleRequest struct {
	TicketID    int64   `json:"ticketId" binding:"required"`
	MoisturePct float64 `json:"moisturePct"`
	TestWeight  float64 `json:"testWeight"`
	ForeignPct  float64 `json:"foreignPct"`
	DamagedPct  float64 `json:"damagedPct"`
	MeterSerial string  `json:"meterSerial"`
	MeterPort   string  `json:"meterPort"`
}

// ContractFilter is used by both the portal and the partner API.
type ContractFilter struct {
	FarmerName string `json:"farmerName" query:"farmer"`
	Commodity  string `json:"commodity" query:"commodity"`
	Status     string `json:"status" query:"status"`
	Month      string `json:"month" query:"month"`
}

// StatementRequest asks for a settlement to be generated.
type StatementRequest struct {
	FarmerID   int64     `json:"farmerId" binding:"required"`
	PeriodFrom time.Time `json:"periodFrom" binding:"required"`
	PeriodTo   time.Time `json:"periodTo" binding:"required"`
	Memo       string    `json:"memo"`
	Format     string    `json:"format"`
	FileName   string    `json:"fileName"`
}

// PrintLabelRequest asks a label printer to print a ticket label.
type PrintLabelRequest struct {
	Printer string `json:"printer" binding:"required"`
	Copies  int    `json:"copies"`
	Caption string `json:"caption"`
}

// LoginRequest is the farmer portal login body.
type LoginRequest struct {
	Email    string `json:"email" form:"email"`
	Password string `json:"password" form:"password"`
	Next     string `json:"next" form:"next"`
}

// RegisterWebhookRequest is posted by partners.
type RegisterWebhookRequest struct {
	Event     string `json:"event"`
	TargetURL string `json:"targetUrl"`
}

// RailOrderRequest places a car order with the carrier.
type RailOrderRequest struct {
	TrainID     string `json:"trainId"`
	Cars        int    `json:"cars"`
	Destination string `json:"destination"`
	CallbackURL string `json:"callbackUrl"`
}

// AuditQuery is a free-form filter posted from the admin console.
type AuditQuery struct {
	Entity string `json:"entity"`
	Limit  int64  `json:"limit"`
}

// Page wraps a list response.
type Page[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// ErrorBody is the uniform JSON error.
type ErrorBody struct {
	Error string `json:"error"`
	Code  string `json:"code,omitempty"`
}

// TicketSummary is the daily scale-house roll-up.
type TicketSummary struct {
	Commodity string  `db:"commodity" json:"commodity"`
	Loads     int     `db:"loads" json:"loads"`
	NetKg     float64 `db:"net_kg" json:"netKg"`
	AvgMoist  float64 `db:"avg_moist" json:"avgMoisture"`
}

// Quote is a cash bid from the market data provider.
type Quote struct {
	Commodity    string  `json:"commodity"`
	FuturesMonth string  `json:"futuresMonth"`
	Futures      float64 `json:"futures"`
	Basis        float64 `json:"basis"`
	Cash         float64 `json:"cash"`
}

// ScaleReading is returned by the scale indicator's HTTP interface.
type ScaleReading struct {
	ScaleID  string  `json:"scaleId"`
	WeightKg float64 `json:"weightKg"`
	Stable   bool    `json:"stable"`
}
