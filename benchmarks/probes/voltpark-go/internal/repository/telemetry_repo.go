package repository

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// TelemetryRepo is used by the charger-facing gRPC service.
type TelemetryRepo struct {
	pool *pgxpool.Pool
}

func NewTelemetryRepo(pool *pgxpool.Pool) *TelemetryRepo {
	return &TelemetryRepo{pool: pool}
}

func (r *TelemetryRepo) RecordHeartbeat(ctx context.Context, chargerID, status, firmware string) error {
	batch := &pgx.Batch{}
	batch.Queue(`UPDATE chargers SET status = $2, firmware_version = $3, last_heartbeat = now() WHERE id = $1`,
		chargerID, status, firmware)
	batch.Queue(`INSERT INTO charger_heartbeats (charger_id, status, received_at) VALUES ($1, $2, now())`,
		chargerID, status)
	return r.pool.SendBatch(ctx, batch).Close()
}

// KeyHash returns the SHA-256 hex digest of the charger's provisioning key.
func (r *TelemetryRepo) KeyHash(ctx context.Context, chargerID string) (string, error) {
	var hash string
	err := r.pool.QueryRow(ctx, `SELECT key_sha256 FROM charger_credentials WHERE charger_id = $1 AND revoked_at IS NULL`,
		chargerID).Scan(&hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", ErrNotFound
	}
	return hash, err
}

func (r *TelemetryRepo) MarkOffline(ctx context.Context, silentFor time.Duration) (int64, error) {
	tag, err := r.pool.Exec(ctx, `UPDATE chargers SET status = 'OFFLINE'
		WHERE status <> 'OFFLINE' AND last_heartbeat < now() - make_interval(secs => $1)`, silentFor.Seconds())
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
