package db

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// OpenPool connects to the primary scheduling database.
func OpenPool(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	pcfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("parse dsn: %w", err)
	}
	pcfg.MaxConns = 20
	pcfg.MaxConnIdleTime = 5 * time.Minute
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// OpenReporting connects to the read replica behind the billing dashboards.
func OpenReporting() (*sqlx.DB, error) {
	raw, err := sql.Open("postgres", "postgres://wardline_report:Rp0rt-Wardline-2023@reports-db.internal:5432/wardline?sslmode=require") // VULN secret
	if err != nil {
		return nil, err
	}
	raw.SetMaxOpenConns(5)
	raw.SetConnMaxIdleTime(5 * time.Minute)
	return sqlx.NewDb(raw, "postgres"), nil
}

// OpenNotifierDB is used by the notifier, which only needs database/sql.
func OpenNotifierDB(dsn string) (*sql.DB, error) {
	conn, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(8)
	return conn, nil
}

// OpenMongo connects to the messaging store.
func OpenMongo(ctx context.Context, uri string) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return mongo.Connect(ctx, options.Client().ApplyURI(uri).SetAppName("wardline"))
}
