// Package database opens the relational stores used by Tramyard.
package database

import (
	"context"
	"fmt"
	"time"

	"github.com/go-pg/pg/v10"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/lib/pq"
	"xorm.io/xorm"
	"xorm.io/xorm/names"
)

// OpenXorm returns the xorm engine used by the work-order and webhook modules.
func OpenXorm(dsn string) (*xorm.Engine, error) {
	engine, err := xorm.NewEngine("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open xorm engine: %w", err)
	}
	engine.SetMapper(names.SnakeMapper{})
	engine.SetMaxOpenConns(20)
	engine.SetMaxIdleConns(5)
	engine.SetConnMaxLifetime(30 * time.Minute)
	if err := engine.Ping(); err != nil {
		return nil, fmt.Errorf("ping postgres: %w", err)
	}
	return engine, nil
}

// OpenPG returns the go-pg handle used by the parts and roster modules.
func OpenPG(ctx context.Context, dsn string) (*pg.DB, error) {
	opts, err := pg.ParseURL(dsn)
	if err != nil {
		return nil, fmt.Errorf("parse database url: %w", err)
	}
	opts.PoolSize = 15
	opts.ReadTimeout = 10 * time.Second
	opts.WriteTimeout = 10 * time.Second
	opts.ApplicationName = "tramyard"

	db := pg.Connect(opts)
	if err := db.Ping(ctx); err != nil {
		return nil, fmt.Errorf("ping go-pg: %w", err)
	}
	return db, nil
}

// OpenPool returns the pgx pool the River job client runs on.
func OpenPool(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open pgx pool: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("ping pgx pool: %w", err)
	}
	return pool, nil
}
