// Package models holds the persisted domain types of the elevator.
package models

import (
	"time"
)

// Ticket is a scale ticket written when a truck crosses the inbound scale.
type Ticket struct {
	ID          int64      `db:"id" json:"id"`
	TicketNo    string     `db:"ticket_no" json:"ticketNo"`
	FarmerID    int64      `db:"farmer_id" json:"farmerId"`
	ContractID  *int64     `db:"contract_id" json:"contractId,omitempty"`
	Commodity   string     `db:"commodity" json:"commodity"`
	TruckPlate  string     `db:"truck_plate" json:"truckPlate"`
	Driver      string     `db:"driver" json:"driver"`
	GrossKg     float64    `db:"gross_kg" json:"grossKg"`
	TareKg      float64    `db:"tare_kg" json:"tareKg"`
	BinCode     string     `db:"bin_code" json:"binCode"`
	ScaleID     string     `db:"scale_id" json:"scaleId"`
	Notes       string     `db:"notes" json:"notes"`
	PhotoFile   string     `db:"photo_file" json:"photoFile"`
	Status      string     `db:"status" json:"status"`
	PickupPIN   string     `db:"pickup_pin" json:"-"`
	CreatedAt   time.Time  `db:"created_at" json:"createdAt"`
	CompletedAt *time.Time `db:"completed_at" json:"completedAt,omitempty"`
}

// NetKg is gross minus tare, never negative.
func (t Ticket) NetKg() float64 {
	n := t.GrossKg - t.TareKg
	if n < 0 {
		return 0
	}
	return n
}

// Ticket statuses.
const (
	TicketOpen     = "open"
	TicketSampled  = "sampled"
	TicketComplete = "complete"
	TicketRejected = "rejected"
)

// Sample is a probe sample pulled from a truck and graded in the lab.
type Sample struct {
	ID           int64     `db:"id" json:"id"`
	TicketID     int64     `db:"ticket_id" json:"ticketId"`
	MoisturePct  float64   `db:"moisture_pct" json:"moisturePct"`
	TestWeight   float64   `db:"test_weight" json:"testWeight"`
	ForeignPct   float64   `db:"foreign_pct" json:"foreignPct"`
	DamagedPct   float64   `db:"damaged_pct" json:"damagedPct"`
	Grade        string    `db:"grade" json:"grade"`
	GradedBy     string    `db:"graded_by" json:"gradedBy"`
	MeterSerial  string    `db:"meter_serial" json:"meterSerial"`
	ImageArchive string    `db:"image_archive" json:"imageArchive"`
	CreatedAt    time.Time `db:"created_at" json:"createdAt"`
}

// Discount schedule for a commodity, loaded from the grading tables.
type Discount struct {
	Commodity   string  `db:"commodity"`
	MoistureMin float64 `db:"moisture_min"`
	MoistureMax float64 `db:"moisture_max"`
	RatePerTon  float64 `db:"rate_per_ton"`
	ShrinkPct   float64 `db:"shrink_pct"`
}
