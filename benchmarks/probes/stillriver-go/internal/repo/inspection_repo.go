package repo

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"

	"github.com/stillriver/stillriver/internal/domain"
)

// InspectionRepo persists inspections, photos and gate events using sqlx.
type InspectionRepo struct {
	db *sqlx.DB
}

// NewInspectionRepo returns a repository.
func NewInspectionRepo(db *sqlx.DB) *InspectionRepo { return &InspectionRepo{db: db} }

// LatestForHull returns the most recent inspection of a hull.
func (r *InspectionRepo) LatestForHull(ctx context.Context, hull string) (*domain.Inspection, error) {
	var in domain.Inspection
	err := r.db.GetContext(ctx, &in, `SELECT id, vessel_id, hull_id, inspector_id, lock_id, result, findings, signed_off, inspected_at
		FROM inspections WHERE hull_id = $1 ORDER BY inspected_at DESC LIMIT 1`, hull)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &in, err
}

// ByID loads an inspection.
func (r *InspectionRepo) ByID(ctx context.Context, id int64) (*domain.Inspection, error) {
	var in domain.Inspection
	err := r.db.GetContext(ctx, &in, `SELECT id, vessel_id, hull_id, inspector_id, lock_id, result, findings, signed_off, inspected_at
		FROM inspections WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &in, err
}

// Create inserts an inspection.
func (r *InspectionRepo) Create(ctx context.Context, in *domain.Inspection) error {
	rows, err := r.db.NamedQueryContext(ctx, `INSERT INTO inspections (vessel_id, hull_id, inspector_id, lock_id, result, findings)
		VALUES (:vessel_id, :hull_id, :inspector_id, :lock_id, :result, :findings) RETURNING id, inspected_at`, in)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&in.ID, &in.InspectedAt)
	}
	return rows.Err()
}

// SignOff finalises an inspection.
func (r *InspectionRepo) SignOff(ctx context.Context, id int64, result domain.InspectionResult, findings, inspector string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE inspections SET result = $1, findings = $2, signed_off = true, inspector_id = $3
		WHERE id = $4 AND signed_off = false`, result, findings, inspector, id)
	return err
}

// AddPhoto records a photo attached to an inspection.
func (r *InspectionRepo) AddPhoto(ctx context.Context, p *domain.Photo) error {
	return r.db.QueryRowxContext(ctx, `INSERT INTO inspection_photos (inspection_id, path, source_url)
		VALUES ($1, $2, $3) RETURNING id, created_at`, p.InspectionID, p.Path, p.SourceURL).Scan(&p.ID, &p.CreatedAt)
}

// InsertGateEvent stores a gate event from the PLC bridge.
func (r *InspectionRepo) InsertGateEvent(ctx context.Context, ev domain.GateEvent) error {
	_, err := r.db.NamedExecContext(ctx, `INSERT INTO gate_events (lock_id, chamber, gate, state, operator, occurred_at)
		VALUES (:lock_id, :chamber, :gate, :state, :operator, :occurred_at)`, ev) // SAFE sqli
	return err
}
