// Package store opens the database handles shared by the repositories.
package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Handles bundles the three access styles used across the code base: sqlx for
// the scale-house tables, pgx for the lab and rail tables, GORM for contracts.
type Handles struct {
	SQL  *sqlx.DB
	Pool *pgxpool.Pool
	ORM  *gorm.DB
}

// Open connects all three handles to the same Postgres database.
func Open(ctx context.Context, dsn string) (*Handles, error) {
	sdb, err := sqlx.Connect("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlx connect: %w", err)
	}
	sdb.SetMaxOpenConns(20)
	sdb.SetConnMaxIdleTime(5 * time.Minute)

	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("pgx pool: %w", err)
	}

	orm, err := gorm.Open(postgres.New(postgres.Config{Conn: sdb.DB}), &gorm.Config{
		Logger: logger.Default.LogMode(logger.Warn),
	})
	if err != nil {
		return nil, fmt.Errorf("gorm open: %w", err)
	}
	return &Handles{SQL: sdb, Pool: pool, ORM: orm}, nil
}

// Close releases every handle.
func (h *Handles) Close() {
	h.Pool.Close()
	_ = h.SQL.Close()
}

// OpenMongo connects to the audit/event store.
func OpenMongo(ctx context.Context, uri, dbName string) (*mongo.Database, error) {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	client, err := mongo.Connect(cctx, options.Client().ApplyURI(uri))
	if err != nil {
		return nil, err
	}
	if err := client.Ping(cctx, nil); err != nil {
		return nil, err
	}
	return client.Database(dbName), nil
}
