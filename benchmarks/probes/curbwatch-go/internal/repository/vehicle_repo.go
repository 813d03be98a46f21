package repository

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/curbwatch/curbwatch/internal/domain"
)

// VehicleRepository reads the nightly mirror of the state vehicle registry.
type VehicleRepository struct {
	db *bun.DB
}

func NewVehicleRepository(db *bun.DB) *VehicleRepository {
	return &VehicleRepository{db: db}
}

const vehicleColumns = "plate, state, make, model, color, owner_name, zone_code, fleet_id, registered"

func (r *VehicleRepository) FindByPlate(ctx context.Context, plate, state string) (domain.Vehicle, error) {
	var v domain.Vehicle
	err := r.db.NewRaw("SELECT "+vehicleColumns+" FROM vehicles WHERE plate = ? AND state = ?", plate, state).Scan(ctx, &v) // SAFE sqli
	if errors.Is(err, sql.ErrNoRows) {
		return v, ErrNotFound
	}
	return v, err
}

// ListRegisteredInZone returns vehicles whose registered address falls inside a permit zone.
func (r *VehicleRepository) ListRegisteredInZone(ctx context.Context, zoneCode string) ([]domain.Vehicle, error) {
	var out []domain.Vehicle
	err := r.db.NewRaw(fmt.Sprintf("SELECT %s FROM vehicles WHERE zone_code = '%s' AND registered ORDER BY plate", vehicleColumns, zoneCode)).Scan(ctx, &out) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("vehicles in zone: %w", err)
	}
	return out, nil
}

func (r *VehicleRepository) ListByFleet(ctx context.Context, fleetID int64) ([]domain.Vehicle, error) {
	var out []domain.Vehicle
	err := r.db.NewRaw("SELECT "+vehicleColumns+" FROM vehicles WHERE fleet_id = ? ORDER BY plate", fleetID).Scan(ctx, &out)
	return out, err
}

func (r *VehicleRepository) AttachFleet(ctx context.Context, fleetID int64, plates []string) error {
	_, err := r.db.NewRaw("UPDATE vehicles SET fleet_id = ? WHERE plate IN (?)", fleetID, bun.In(plates)).Exec(ctx)
	return err
}
