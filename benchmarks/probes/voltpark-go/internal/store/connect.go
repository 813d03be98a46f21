package store

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
	"go.mongodb.org/mongo-driver/mongo/readpref"
)

// Stores bundles the database handles. Older repositories were written
// against database/sql and sqlx; the hot paths use pgx directly.
type Stores struct {
	SQLX  *sqlx.DB
	SQL   *sql.DB
	Pool  *pgxpool.Pool
	Mongo *mongo.Database
}

func Open(ctx context.Context, pgDSN, mongoURI, mongoDB string) (*Stores, error) {
	db, err := sqlx.ConnectContext(ctx, "postgres", pgDSN)
	if err != nil {
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	db.SetMaxOpenConns(25)
	db.SetMaxIdleConns(5)
	db.SetConnMaxLifetime(30 * time.Minute)

	poolCfg, err := pgxpool.ParseConfig(pgDSN)
	if err != nil {
		return nil, fmt.Errorf("parse pgx config: %w", err)
	}
	poolCfg.MaxConns = 20
	poolCfg.HealthCheckPeriod = time.Minute
	pool, err := pgxpool.NewWithConfig(ctx, poolCfg)
	if err != nil {
		return nil, fmt.Errorf("pgx pool: %w", err)
	}

	st := &Stores{SQLX: db, SQL: db.DB, Pool: pool}
	if mongoURI == "" {
		return st, nil
	}
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI).SetConnectTimeout(10*time.Second))
	if err != nil {
		return nil, fmt.Errorf("connect mongo: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := client.Ping(pingCtx, readpref.Primary()); err != nil {
		return nil, fmt.Errorf("ping mongo: %w", err)
	}
	st.Mongo = client.Database(mongoDB)
	return st, nil
}

func (s *Stores) Close(ctx context.Context) {
	_ = s.SQLX.Close()
	s.Pool.Close()
	if s.Mongo != nil {
		_ = s.Mongo.Client().Disconnect(ctx)
	}
}
