package database

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/lib/pq"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/curbwatch/curbwatch/internal/config"
)

// Handles bundles the three database access paths used by the services:
// plain database/sql for citations, pgx for permits and reporting and
// Bun for the vehicle registry mirror.
type Handles struct {
	SQL  *sql.DB
	Pool *pgxpool.Pool
	Bun  *bun.DB
}

func Open(ctx context.Context, cfg config.DatabaseConfig) (*Handles, error) {
	sqldb, err := sql.Open("postgres", cfg.DSN)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if cfg.MaxOpenConns > 0 {
		sqldb.SetMaxOpenConns(cfg.MaxOpenConns)
	}
	sqldb.SetConnMaxIdleTime(5 * time.Minute)

	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := sqldb.PingContext(pingCtx); err != nil {
		return nil, fmt.Errorf("ping postgres: %w", err)
	}

	pool, err := pgxpool.New(ctx, cfg.DSN)
	if err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("pgx pool: %w", err)
	}

	return &Handles{
		SQL:  sqldb,
		Pool: pool,
		Bun:  bun.NewDB(sqldb, pgdialect.New()),
	}, nil
}

func (h *Handles) Close() {
	if h.Pool != nil {
		h.Pool.Close()
	}
	if h.SQL != nil {
		h.SQL.Close()
	}
}
