package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/models"
)

// BulletinStore persists avalanche bulletins and field observations.
type BulletinStore struct {
	db *sql.DB
}

// Latest returns the current bulletin for a region.
func (s *BulletinStore) Latest(ctx context.Context, region string) (models.Bulletin, error) {
	var b models.Bulletin
	var problems string
	err := s.db.QueryRowContext(ctx,
		`SELECT id, region, danger_level, summary, problems, issued_at, valid_until, source
		 FROM bulletins WHERE region = $1 ORDER BY issued_at DESC LIMIT 1`, region,
	).Scan(&b.ID, &b.Region, &b.DangerLevel, &b.Summary, &problems, &b.IssuedAt, &b.ValidUntil, &b.Source)
	b.Problems = splitCSV(problems)
	return b, notFound(err)
}

// Upsert stores a bulletin, replacing one with the same region and issue time.
func (s *BulletinStore) Upsert(ctx context.Context, b *models.Bulletin) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO bulletins (region, danger_level, summary, problems, issued_at, valid_until, source)
		 VALUES ($1, $2, $3, $4, $5, $6, $7)
		 ON CONFLICT (region, issued_at) DO UPDATE SET danger_level = EXCLUDED.danger_level, summary = EXCLUDED.summary, problems = EXCLUDED.problems
		 RETURNING id`,
		b.Region, b.DangerLevel, b.Summary, joinCSV(b.Problems), b.IssuedAt, b.ValidUntil, b.Source,
	).Scan(&b.ID)
}

// AddObservation stores a field observation.
func (s *BulletinStore) AddObservation(ctx context.Context, o *models.Observation) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO observations (region, reporter, description, photo_path, observed_at) VALUES ($1, $2, $3, $4, now()) RETURNING id, observed_at`,
		o.Region, o.Reporter, o.Description, o.PhotoPath,
	).Scan(&o.ID, &o.ObservedAt)
}

// RecentObservations lists the last field reports for a region.
func (s *BulletinStore) RecentObservations(ctx context.Context, region string) ([]models.Observation, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, region, reporter, description, photo_path, observed_at FROM observations WHERE region = $1 ORDER BY observed_at DESC LIMIT 20`, region)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Observation
	for rows.Next() {
		var o models.Observation
		if err := rows.Scan(&o.ID, &o.Region, &o.Reporter, &o.Description, &o.PhotoPath, &o.ObservedAt); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func splitCSV(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func joinCSV(v []string) string {
	return strings.Join(v, ",")
}
