package models

import "time"

type Tariff struct {
	ID               int64     `json:"id"`
	Name             string    `json:"name"`
	Currency         string    `json:"currency"`
	PricePerKWh      float64   `json:"price_per_kwh"`
	PricePerMinute   float64   `json:"price_per_minute"`
	IdleFeePerMinute float64   `json:"idle_fee_per_minute"`
	SessionFee       float64   `json:"session_fee"`
	ValidFrom        time.Time `json:"valid_from"`
	OperatorID       int64     `json:"operator_id"`
}

// CostCents computes the price of a session under this tariff.
func (t Tariff) CostCents(energyKWh float64, duration time.Duration) int64 {
	total := t.SessionFee + t.PricePerKWh*energyKWh + t.PricePerMinute*duration.Minutes()
	return int64(total*100 + 0.5)
}
