package models

import "time"

type FleetAccount struct {
	ID              string    `db:"id" json:"id"`
	ParentID        *string   `db:"parent_id" json:"parent_id,omitempty"`
	Name            string    `db:"name" json:"name"`
	BillingEmail    string    `db:"billing_email" json:"billing_email"`
	Website         string    `db:"website" json:"website"`
	InvoiceTemplate string    `db:"invoice_template" json:"-"`
	Currency        string    `db:"currency" json:"currency"`
	VehicleCount    int       `db:"vehicle_count" json:"vehicle_count"`
	CreatedAt       time.Time `db:"created_at" json:"created_at"`
}

type FleetUser struct {
	ID           string    `db:"id" json:"id"`
	AccountID    string    `db:"account_id" json:"account_id"`
	Email        string    `db:"email" json:"email"`
	PasswordHash string    `db:"password_hash" json:"-"`
	Role         string    `db:"role" json:"role"`
	CreatedAt    time.Time `db:"created_at" json:"created_at"`
}

// Driver is a person allowed to charge on behalf of a fleet account.
type Driver struct {
	ID             string    `db:"id" json:"id"`
	AccountID      string    `db:"account_id" json:"account_id"`
	Name           string    `db:"name" json:"name"`
	Email          string    `db:"email" json:"email"`
	PasswordDigest string    `db:"password_digest" json:"-"`
	RFIDTag        *string   `db:"rfid_tag" json:"rfid_tag,omitempty"`
	CreatedAt      time.Time `db:"created_at" json:"created_at"`
}

type Vehicle struct {
	ID        string  `db:"id" json:"id"`
	AccountID string  `db:"account_id" json:"account_id"`
	Plate     string  `db:"plate" json:"plate"`
	Model     string  `db:"model" json:"model"`
	BatteryKW float64 `db:"battery_kwh" json:"battery_kwh"`
}
