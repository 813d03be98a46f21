package repository

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/lib/pq"

	"github.com/skyvane/skyvane/internal/models"
)

type ReadingRepo struct {
	db *sql.DB
}

func NewReadingRepo(db *sql.DB) *ReadingRepo {
	return &ReadingRepo{db: db}
}

// InsertBatch copies readings into the readings table in a single transaction.
func (r *ReadingRepo) InsertBatch(ctx context.Context, stationID uint, readings []models.Reading) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("readings",
		"station_id", "observed_at", "temp_c", "humidity_pct", "pressure_hpa", "wind_ms", "wind_dir_deg", "precip_mm"))
	if err != nil {
		return err
	}
	for _, rd := range readings {
		if _, err := stmt.ExecContext(ctx, stationID, rd.ObservedAt, rd.TempC, rd.HumidityPct,
			rd.PressureHPa, rd.WindMS, rd.WindDirDeg, rd.PrecipMM); err != nil {
			stmt.Close()
			return err
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return err
	}
	if err := stmt.Close(); err != nil {
		return err
	}
	return tx.Commit()
}

func (r *ReadingRepo) Range(ctx context.Context, stationID int64, from, to time.Time, limit int) ([]models.Reading, error) {
	rows, err := r.db.QueryContext(ctx, `
		SELECT id, station_id, observed_at, temp_c, humidity_pct, pressure_hpa, wind_ms, wind_dir_deg, precip_mm
		FROM readings
		WHERE station_id = $1 AND observed_at >= $2 AND observed_at < $3
		ORDER BY observed_at
		LIMIT $4`, stationID, from, to, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var out []models.Reading
	for rows.Next() {
		var rd models.Reading
		if err := rows.Scan(&rd.ID, &rd.StationID, &rd.ObservedAt, &rd.TempC, &rd.HumidityPct,
			&rd.PressureHPa, &rd.WindMS, &rd.WindDirDeg, &rd.PrecipMM); err != nil {
			return nil, err
		}
		out = append(out, rd)
	}
	return out, rows.Err()
}

func (r *ReadingRepo) ByIDs(ctx context.Context, ids []int64) ([]models.Reading, error) {
	rows, err := r.db.QueryContext(ctx, `
		SELECT id, station_id, observed_at, temp_c, humidity_pct, pressure_hpa, wind_ms, wind_dir_deg, precip_mm
		FROM readings WHERE id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Reading
	for rows.Next() {
		var rd models.Reading
		if err := rows.Scan(&rd.ID, &rd.StationID, &rd.ObservedAt, &rd.TempC, &rd.HumidityPct,
			&rd.PressureHPa, &rd.WindMS, &rd.WindDirDeg, &rd.PrecipMM); err != nil {
			return nil, err
		}
		out = append(out, rd)
	}
	return out, rows.Err()
}

func (r *ReadingRepo) UpdateCalibrated(ctx context.Context, rd models.Reading) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE readings SET temp_c = $1, humidity_pct = $2, pressure_hpa = $3, calibrated = true WHERE id = $4`,
		rd.TempC, rd.HumidityPct, rd.PressureHPa, rd.ID)
	return err
}

// Aggregate buckets readings with date_trunc. bucket is a Postgres field name
// such as "hour" or "day".
func (r *ReadingRepo) Aggregate(ctx context.Context, stationID int64, bucket string, from, to time.Time) ([]models.AggregateRow, error) {
	q := fmt.Sprintf(`
		SELECT date_trunc('%s', observed_at) AS bucket,
		       avg(temp_c), max(wind_ms), coalesce(sum(precip_mm), 0), count(*)
		FROM readings
		WHERE station_id = $1 AND observed_at >= $2 AND observed_at < $3
		GROUP BY 1
		ORDER BY 1`, bucket)
	rows, err := r.db.QueryContext(ctx, q, stationID, from, to) // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var out []models.AggregateRow
	for rows.Next() {
		var a models.AggregateRow
		if err := rows.Scan(&a.Bucket, &a.AvgTemp, &a.MaxWind, &a.Precip, &a.Samples); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

type StationExtreme struct {
	Code  string  `json:"code"`
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

// TopStations ranks stations by the maximum of column since the given time.
// column must be one of the readings metric columns.
func (r *ReadingRepo) TopStations(ctx context.Context, column string, since time.Time, limit int) ([]StationExtreme, error) {
	q := fmt.Sprintf(`
		SELECT s.code, s.name, max(r.%s) AS v
		FROM readings r JOIN stations s ON s.id = r.station_id
		WHERE r.observed_at >= $1
		GROUP BY s.code, s.name
		ORDER BY v DESC
		LIMIT $2`, column)
	rows, err := r.db.QueryContext(ctx, q, since, limit) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var out []StationExtreme
	for rows.Next() {
		var e StationExtreme
		if err := rows.Scan(&e.Code, &e.Name, &e.Value); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func (r *ReadingRepo) PurgeStation(ctx context.Context, stationID uint) (int64, error) {
	res, err := r.db.ExecContext(ctx, `DELETE FROM readings WHERE station_id = $1`, stationID)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
