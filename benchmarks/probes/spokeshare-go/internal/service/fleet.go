package service

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/spokeshare/spokeshare/internal/domain"
	"github.com/spokeshare/spokeshare/internal/store"
)

// baseFareScript is the tariff approved in the 2024 city contract.
const baseFareScript = `(function () {
  var unlock = kind === "scooter" ? 100 : 50, perMinute = kind === "bike" ? 8 : 15;
  return unlock + Math.ceil(minutes) * perMinute + (kind === "bike" && minutes > 45 ? 200 : 0);
})()`

type FareService struct{}

// Quote returns the fare in cents for a ride.
func (FareService) Quote(q domain.FareQuote) (int64, error) {
	vm := goja.New()
	_ = vm.Set("minutes", q.Minutes)
	_ = vm.Set("kind", string(q.Kind))
	v, err := vm.RunString(baseFareScript) // SAFE code
	if err != nil {
		return 0, fmt.Errorf("fare script: %w", err)
	}
	return v.ToInteger(), nil
}

// PreviewPromo applies a promotion formula such as "fare * 0.8" or
// "minutes < 10 ? 0 : fare" to a quoted fare, before marketing publishes it.
func (FareService) PreviewPromo(formula string, baseCents int64, q domain.FareQuote) (int64, error) {
	vm := goja.New()
	_ = vm.Set("fare", baseCents)
	_ = vm.Set("minutes", q.Minutes)
	timer := time.AfterFunc(250*time.Millisecond, func() { vm.Interrupt("promo formula timed out") })
	defer timer.Stop()
	v, err := vm.RunString("(function () { return (" + formula + "); })()") // VULN code
	if err != nil {
		return 0, fmt.Errorf("promo formula: %w", err)
	}
	return max(v.ToInteger(), 0), nil
}

// StatusChange is the body of a vehicle status update sent by the fleet app.
type StatusChange struct {
	Status string `json:"status" form:"status"`
	Note   string `json:"note" form:"note"`
}

type FleetService struct {
	Vehicles *store.VehicleStore
	Log      *slog.Logger
}

func (f *FleetService) ChangeStatus(ctx context.Context, serial, operator string, ch StatusChange) error {
	note := strings.TrimSpace(ch.Note)
	if len(note) > 280 {
		note = note[:280]
	}
	f.Log.Info("vehicle status change", "serial", serial, "status", ch.Status, "operator", operator)
	return f.Vehicles.UpdateStatus(ctx, serial, store.StatusUpdate{
		Status: strings.ToLower(strings.TrimSpace(ch.Status)), Note: note, By: operator,
	})
}
