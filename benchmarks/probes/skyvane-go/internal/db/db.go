// Package db opens the Postgres (GORM and database/sql) and MongoDB handles.
package db

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/lib/pq"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/skyvane/skyvane/internal/config"
	"github.com/skyvane/skyvane/internal/models"
)

type Handles struct {
	Gorm  *gorm.DB
	SQL   *sql.DB
	Mongo *mongo.Database
	mc    *mongo.Client
}

func Open(ctx context.Context, cfg *config.Config) (*Handles, error) {
	sqlDB, err := sql.Open("postgres", cfg.Database.PostgresDSN)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	sqlDB.SetMaxOpenConns(cfg.Database.MaxOpen)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	if err := sqlDB.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("ping postgres: %w", err)
	}

	logLevel := logger.Warn
	if !cfg.IsProduction() {
		logLevel = logger.Info
	}
	gdb, err := gorm.Open(postgres.New(postgres.Config{Conn: sqlDB}), &gorm.Config{
		Logger: logger.Default.LogMode(logLevel),
	})
	if err != nil {
		return nil, fmt.Errorf("open gorm: %w", err)
	}

	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.Database.MongoURI))
	if err != nil {
		return nil, fmt.Errorf("connect mongo: %w", err)
	}

	return &Handles{Gorm: gdb, SQL: sqlDB, Mongo: mc.Database(cfg.Database.MongoDB), mc: mc}, nil
}

func (h *Handles) Migrate() error {
	return h.Gorm.AutoMigrate(
		&models.Station{},
		&models.Forecast{},
		&models.Partner{},
		&models.AdminUser{},
		&models.APIUser{},
	)
}

func (h *Handles) Close(ctx context.Context) {
	_ = h.mc.Disconnect(ctx)
	_ = h.SQL.Close()
}
