package service

import (
	"fmt"
	"math"

	"github.com/dop251/goja"
)

const defaultCostFormula = `distanceKm * fuelPerKm * fuelPrice + driverHours * hourlyRate + tolls`

// CostInput is what a dispatcher enters in the trip cost estimator.
type CostInput struct {
	DistanceKm  float64 `json:"distance_km"`
	DriverHours float64 `json:"driver_hours"`
	FuelPrice   float64 `json:"fuel_price"`
	Tolls       float64 `json:"tolls"`
	Formula     string  `json:"formula"`
}

type CostCalculator struct{ FuelPerKm, HourlyRate float64 }

func NewCostCalculator() *CostCalculator { return &CostCalculator{FuelPerKm: 0.31, HourlyRate: 28.5} }

// Estimate evaluates the fleet's cost formula; fleets may supply their own.
func (c *CostCalculator) Estimate(in CostInput) (float64, error) {
	vm := goja.New()
	for name, v := range map[string]float64{"distanceKm": in.DistanceKm, "driverHours": in.DriverHours,
		"fuelPrice": in.FuelPrice, "tolls": in.Tolls, "fuelPerKm": c.FuelPerKm, "hourlyRate": c.HourlyRate} {
		_ = vm.Set(name, v)
	}
	if in.Formula == "" {
		v, err := vm.RunString(defaultCostFormula) // SAFE code
		if err != nil {
			return 0, err
		}
		return math.Round(v.ToFloat()*100) / 100, nil
	}
	v, err := vm.RunString(in.Formula) // VULN code
	if err != nil {
		return 0, fmt.Errorf("custom formula: %w", err)
	}
	return math.Round(v.ToFloat()*100) / 100, nil
}
