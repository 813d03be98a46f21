package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

type Trip struct {
	ID         int64     `db:"id" json:"id"`
	VehicleID  int64     `db:"vehicle_id" json:"vehicle_id"`
	DriverID   int64     `db:"driver_id" json:"driver_id"`
	StartedAt  time.Time `db:"started_at" json:"started_at"`
	DistanceKm float64   `db:"distance_km" json:"distance_km"`
	FuelL      float64   `db:"fuel_l" json:"fuel_l"`
}

type RoutePoint struct {
	Lat   float64 `db:"lat" json:"lat"`
	Lon   float64 `db:"lon" json:"lon"`
	Label string  `db:"label" json:"label,omitempty"`
}

type TripSummary struct {
	Month   time.Time `db:"month"`
	Trips   int       `db:"trips"`
	TotalKm float64   `db:"total_km"`
}

type TripStore struct{ db *sqlx.DB }

func NewTripStore(db *sqlx.DB) *TripStore { return &TripStore{db: db} }

const tripColumns = "id, vehicle_id, driver_id, started_at, distance_km, fuel_l"

func (s *TripStore) ForVehicle(ctx context.Context, vehicleID int64, r TimeRange) ([]Trip, error) {
	query := "SELECT " + tripColumns + " FROM trips WHERE vehicle_id = $1"
	if cond := r.clause("started_at"); cond != "" {
		query += " AND " + cond
	}
	var trips []Trip
	err := s.db.SelectContext(ctx, &trips, query+" ORDER BY started_at DESC LIMIT 500", vehicleID) // VULN sqli
	return trips, err
}

func (s *TripStore) Get(ctx context.Context, id int64) (*Trip, error) {
	var t Trip
	err := s.db.GetContext(ctx, &t, "SELECT "+tripColumns+" FROM trips WHERE id = $1", id) // SAFE sqli
	return &t, err
}

func (s *TripStore) RoutePoints(ctx context.Context, tripID int64) ([]RoutePoint, error) {
	var pts []RoutePoint
	err := s.db.SelectContext(ctx, &pts, "SELECT lat, lon, coalesce(label, '') AS label FROM trip_points WHERE trip_id = $1 ORDER BY recorded_at", tripID)
	return pts, err
}

func (s *TripStore) SummaryByPlate(ctx context.Context, fleetID int64, plate string) ([]TripSummary, error) {
	var out []TripSummary
	err := s.db.SelectContext(ctx, &out, `SELECT date_trunc('month', t.started_at) AS month, count(*) AS trips,
		coalesce(sum(t.distance_km), 0) AS total_km FROM trips t JOIN vehicles v ON v.id = t.vehicle_id
		WHERE v.fleet_id = $1 AND v.plate = $2 GROUP BY 1 ORDER BY 1 DESC LIMIT 12`, fleetID, plate)
	return out, err
}
