package models

import "time"

type ChargerStatus string

const (
	ChargerAvailable   ChargerStatus = "AVAILABLE"
	ChargerCharging    ChargerStatus = "CHARGING"
	ChargerFaulted     ChargerStatus = "FAULTED"
	ChargerUnavailable ChargerStatus = "UNAVAILABLE"
	ChargerOffline     ChargerStatus = "OFFLINE"
)

func (s ChargerStatus) Valid() bool {
	switch s {
	case ChargerAvailable, ChargerCharging, ChargerFaulted, ChargerUnavailable, ChargerOffline:
		return true
	}
	return false
}

type Charger struct {
	ID              string        `db:"id" json:"id"`
	SiteID          string        `db:"site_id" json:"site_id"`
	SerialNumber    string        `db:"serial_number" json:"serial_number"`
	Vendor          string        `db:"vendor" json:"vendor"`
	Model           string        `db:"model" json:"model"`
	FirmwareVersion string        `db:"firmware_version" json:"firmware_version"`
	City            string        `db:"city" json:"city"`
	Address         string        `db:"address" json:"address"`
	Latitude        float64       `db:"latitude" json:"latitude"`
	Longitude       float64       `db:"longitude" json:"longitude"`
	MaxPowerKW      float64       `db:"max_power_kw" json:"max_power_kw"`
	Status          ChargerStatus `db:"status" json:"status"`
	ConsoleHost     string        `db:"console_host" json:"-"`
	LastHeartbeat   *time.Time    `db:"last_heartbeat" json:"last_heartbeat,omitempty"`
	CreatedAt       time.Time     `db:"created_at" json:"created_at"`
}

type ConnectorType string

const (
	ConnectorCCS2    ConnectorType = "CCS2"
	ConnectorCHAdeMO ConnectorType = "CHADEMO"
	ConnectorType2   ConnectorType = "TYPE2"
)

type Connector struct {
	ChargerID   string        `db:"charger_id" json:"charger_id"`
	ConnectorID int           `db:"connector_id" json:"connector_id"`
	Type        ConnectorType `db:"type" json:"type"`
	MaxPowerKW  float64       `db:"max_power_kw" json:"max_power_kw"`
	Status      ChargerStatus `db:"status" json:"status"`
}
