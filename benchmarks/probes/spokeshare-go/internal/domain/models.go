package domain

import "time"

// VehicleKind is one of the vehicle families in the fleet: bike, ebike or scooter.
type VehicleKind string

type Dock struct {
	ID       int64  `db:"id" json:"id"`
	Name     string `db:"name" json:"name"`
	Zone     string `db:"zone" json:"zone"`
	Capacity int    `db:"capacity" json:"capacity"`
	Free     int    `db:"free_slots" json:"free_slots"`
}

type Vehicle struct {
	ID         int64       `db:"id" json:"id"`
	Serial     string      `db:"serial" json:"serial"`
	Kind       VehicleKind `db:"kind" json:"kind"`
	BatteryPct int         `db:"battery_pct" json:"battery_pct"`
	Status     string      `db:"status" json:"status"`
}

type Ride struct {
	ID          string      `json:"id"`
	RiderID     string      `json:"rider_id"`
	VehicleKind VehicleKind `json:"vehicle_kind"`
	StartedAt   time.Time   `json:"started_at"`
	EndedAt     *time.Time  `json:"ended_at,omitempty"`
	FareCents   int64       `json:"fare_cents"`
	Status      string      `json:"status"`
}

type Rider struct {
	ID, Email, PasswordHash string
	KioskAccount            bool // opened at a 2019 dock kiosk
}

type Repair struct {
	ID         int64      `bun:"id,pk" json:"id"`
	VehicleID  int64      `bun:"vehicle_id" json:"vehicle_id"`
	Part       string     `bun:"part" json:"part"`
	Technician string     `bun:"technician" json:"technician"`
	OpenedAt   time.Time  `bun:"opened_at" json:"opened_at"`
	ClosedAt   *time.Time `bun:"closed_at" json:"closed_at,omitempty"`
}

type TelemetryEvent struct {
	Serial     string    `bson:"serial" json:"serial"`
	Zone       string    `bson:"zone" json:"zone"`
	TS         time.Time `bson:"ts" json:"ts"`
	BatteryPct int       `bson:"battery_pct" json:"battery_pct"`
	Fault      string    `bson:"fault,omitempty" json:"fault,omitempty"`
}

type FareQuote struct {
	Minutes float64     `json:"minutes"`
	Kind    VehicleKind `json:"kind"`
}
