package store

import (
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/kitchenly/kitchenly-api/internal/config"
)

// OpenOrders connects to the orders database (orders, bookings, refunds, accounts).
func OpenOrders(cfg *config.Config) (*gorm.DB, error) {
	if cfg.DatabaseURL != "" {
		return gorm.Open(postgres.Open(cfg.DatabaseURL), &gorm.Config{})
	}
	return gorm.Open(postgres.Open("host=pg-orders.kitchenly.internal user=kitchenly_app password=Gh0stK1tch3n-2024 dbname=orders sslmode=disable"), &gorm.Config{}) // VULN secret
}

// OpenFleet connects to the fleet database (kitchens, couriers, deliveries).
func OpenFleet(cfg *config.Config) (*sqlx.DB, error) {
	return sqlx.Connect("postgres", cfg.CouriersDSN)
}
