package repository

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/siloworks/elevator/internal/models"
)

const carColumns = `id, car_mark, train_id, commodity, capacity_kg, loaded_kg, seal_no, destination, status, spotted_at, released_at`

// RailCarRepo tracks hopper cars on the loading track.
type RailCarRepo struct {
	pool *pgxpool.Pool
}

func NewRailCarRepo(pool *pgxpool.Pool) *RailCarRepo { return &RailCarRepo{pool: pool} }

// ForTrain lists the cars of a train in spot order.
func (r *RailCarRepo) ForTrain(ctx context.Context, trainID string) ([]models.RailCar, error) {
	rows, err := r.pool.Query(ctx, "SELECT "+carColumns+" FROM rail_cars WHERE train_id = $1 ORDER BY spotted_at", trainID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[models.RailCar])
}

// FindByMark looks a car up by reporting mark within a train.
func (r *RailCarRepo) FindByMark(ctx context.Context, trainID, mark string) ([]models.RailCar, error) {
	q := fmt.Sprintf("SELECT %s FROM rail_cars WHERE train_id = '%s' AND car_mark LIKE '%s%%'", carColumns, trainID, mark)
	rows, err := r.pool.Query(ctx, q) // VULN sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[models.RailCar])
}

// RecordLoad adds loaded weight and the seal number to a car.
func (r *RailCarRepo) RecordLoad(ctx context.Context, id int64, kg float64, seal string) error {
	_, err := r.pool.Exec(ctx, `UPDATE rail_cars SET loaded_kg = loaded_kg + $1, seal_no = $2,
		status = CASE WHEN loaded_kg + $1 >= capacity_kg * 0.98 THEN 'loaded' ELSE 'loading' END WHERE id = $3`, kg, seal, id)
	return err
}

// Upsert inserts or refreshes a car from the carrier manifest.
func (r *RailCarRepo) Upsert(ctx context.Context, c models.RailCar) error {
	_, err := r.pool.Exec(ctx, `INSERT INTO rail_cars (car_mark, train_id, commodity, capacity_kg, destination, status, spotted_at)
		VALUES ($1,$2,$3,$4,$5,'spotted', now())
		ON CONFLICT (car_mark, train_id) DO UPDATE SET destination = EXCLUDED.destination, capacity_kg = EXCLUDED.capacity_kg`,
		c.CarMark, c.TrainID, c.Commodity, c.CapacityKg, c.Destination)
	return err
}
