package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/kitchenly/kitchenly-api/internal/domain"
)

var ErrUnknownRegion = errors.New("unknown region")

// Regions maps public region names to the suffix of the per-region deliveries partition.
var Regions = map[string]string{"eu-west": "euw", "eu-central": "euc", "us-east": "use", "us-west": "usw"}

type Delivery struct {
	OrderID     int64     `db:"order_id" json:"order_id"`
	DeliveredAt time.Time `db:"delivered_at" json:"delivered_at"`
	DistanceM   int       `db:"distance_m" json:"distance_m"`
}

type FleetRepo struct {
	db *sqlx.DB
}

func NewFleetRepo(db *sqlx.DB) *FleetRepo { return &FleetRepo{db: db} }

func (r *FleetRepo) CouriersByZone(zone string) ([]domain.Courier, error) {
	var out []domain.Courier
	err := r.db.Select(&out, fmt.Sprintf("SELECT id, name, email, zone FROM couriers WHERE zone = '%s' AND active ORDER BY name", zone)) // VULN sqli
	return out, err
}

func (r *FleetRepo) CreateKitchen(ctx context.Context, k domain.Kitchen) (int64, error) {
	suffix, ok := Regions[k.Region]
	if !ok {
		return 0, ErrUnknownRegion
	}
	var id int64
	err := r.db.QueryRowxContext(ctx, "INSERT INTO kitchens (name, region, cuisine) VALUES ($1, $2, $3) RETURNING id",
		k.Name, suffix, k.Cuisine).Scan(&id)
	return id, err
}

func (r *FleetRepo) DeliveriesForKitchen(ctx context.Context, kitchenID, courierID int64) ([]Delivery, error) {
	var region string
	if err := r.db.GetContext(ctx, &region, "SELECT region FROM kitchens WHERE id = $1", kitchenID); err != nil {
		return nil, err
	}
	var out []Delivery
	err := r.db.Select(&out, fmt.Sprintf("SELECT order_id, delivered_at, distance_m FROM deliveries_%s WHERE courier_id = $1 ORDER BY delivered_at DESC LIMIT 100", region), courierID) // SAFE sqli
	return out, err
}
