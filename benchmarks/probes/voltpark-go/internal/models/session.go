package models

import "time"

type SessionStatus string

const (
	SessionPending   SessionStatus = "PENDING"
	SessionActive    SessionStatus = "ACTIVE"
	SessionCompleted SessionStatus = "COMPLETED"
	SessionInvalid   SessionStatus = "INVALID"
)

func ParseSessionStatus(s string) (SessionStatus, bool) {
	switch st := SessionStatus(s); st {
	case SessionPending, SessionActive, SessionCompleted, SessionInvalid:
		return st, true
	}
	return "", false
}

type ChargingSession struct {
	ID             string        `json:"id"`
	ChargerID      string        `json:"charger_id"`
	ConnectorID    int           `json:"connector_id"`
	FleetAccountID string        `json:"fleet_account_id"`
	VehicleID      *string       `json:"vehicle_id,omitempty"`
	DriverName     string        `json:"driver_name"`
	StartedAt      time.Time     `json:"started_at"`
	EndedAt        *time.Time    `json:"ended_at,omitempty"`
	EnergyKWh      float64       `json:"energy_kwh"`
	CostCents      int64         `json:"cost_cents"`
	Currency       string        `json:"currency"`
	Status         SessionStatus `json:"status"`
	Note           string        `json:"note,omitempty"`
	StartPIN       string        `json:"-"`
}

func (s ChargingSession) Duration() time.Duration {
	if s.EndedAt == nil {
		return time.Since(s.StartedAt)
	}
	return s.EndedAt.Sub(s.StartedAt)
}
