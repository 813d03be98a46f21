package repository

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/siloworks/elevator/internal/models"
)

// SampleRepo stores lab grading results through pgx.
type SampleRepo struct {
	pool *pgxpool.Pool
}

func NewSampleRepo(pool *pgxpool.Pool) *SampleRepo { return &SampleRepo{pool: pool} }

// Insert writes a new sample row.
func (r *SampleRepo) Insert(ctx context.Context, s *models.Sample) error {
	row := r.pool.QueryRow(ctx, `INSERT INTO samples
		(ticket_id, moisture_pct, test_weight, foreign_pct, damaged_pct, grade, graded_by, meter_serial, created_at)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8, now()) RETURNING id, created_at`,
		s.TicketID, s.MoisturePct, s.TestWeight, s.ForeignPct, s.DamagedPct, s.Grade, s.GradedBy, s.MeterSerial)
	return row.Scan(&s.ID, &s.CreatedAt)
}

// ForTicket returns all samples pulled from a ticket, newest first.
func (r *SampleRepo) ForTicket(ctx context.Context, ticketID int64) ([]models.Sample, error) {
	const q = `SELECT id, ticket_id, moisture_pct, test_weight, foreign_pct, damaged_pct,
		grade, graded_by, meter_serial, image_archive, created_at
		FROM samples WHERE ticket_id = $1 ORDER BY created_at DESC`
	rows, err := r.pool.Query(ctx, q, ticketID) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[models.Sample])
}

// SetImageArchive records where the extracted probe images live.
func (r *SampleRepo) SetImageArchive(ctx context.Context, sampleID int64, dir string) error {
	_, err := r.pool.Exec(ctx, `UPDATE samples SET image_archive = $1 WHERE id = $2`, dir, sampleID)
	return err
}

// DiscountsFor loads the moisture discount schedule of a commodity.
func (r *SampleRepo) DiscountsFor(ctx context.Context, commodity string) ([]models.Discount, error) {
	q := "SELECT commodity, moisture_min, moisture_max, rate_per_ton, shrink_pct FROM discount_schedules WHERE commodity = '" + commodity + "' ORDER BY moisture_min"
	rows, err := r.pool.Query(ctx, q) // VULN sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[models.Discount])
}
