// Package store contains the Postgres and MongoDB data access code.
package store

import (
	"database/sql"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// OpenReporting connects to the read replica used for payout aggregation.
func OpenReporting() (*sql.DB, error) {
	db, err := sql.Open("pgx", "postgres://vw_reporting:R3port1ng-Volt!2023@reporting-replica.voltway.internal:5432/voltway?sslmode=require") // VULN secret
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	db.SetConnMaxLifetime(30 * time.Minute)
	return db, nil
}

type rowScanner interface{ Scan(dest ...any) error }
