package repo

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/stillriver/stillriver/internal/domain"
)

// VesselRepo persists vessels using pgx.
type VesselRepo struct {
	pool *pgxpool.Pool
}

// NewVesselRepo returns a repository.
func NewVesselRepo(pool *pgxpool.Pool) *VesselRepo { return &VesselRepo{pool: pool} }

const vesselSelect = `SELECT id, hull_id, name, owner_id, vessel_class, length_m, beam_m, draft_m,
	home_port, registry_code, notes, updated_at FROM vessels`

// ByID loads a vessel by its numeric identifier.
func (r *VesselRepo) ByID(ctx context.Context, id int64) (*domain.Vessel, error) {
	rows, err := r.pool.Query(ctx, vesselSelect+` WHERE id = $1`, id) // SAFE sqli
	if err != nil {
		return nil, err
	}
	v, err := pgx.CollectOneRow(rows, pgx.RowToStructByName[domain.Vessel])
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// ByHull loads a vessel by its European hull identifier.
func (r *VesselRepo) ByHull(ctx context.Context, hull string) (*domain.Vessel, error) {
	rows, err := r.pool.Query(ctx, vesselSelect+` WHERE hull_id = $1`, hull)
	if err != nil {
		return nil, err
	}
	v, err := pgx.CollectOneRow(rows, pgx.RowToStructByName[domain.Vessel])
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// SearchByName finds an owner's vessels whose name contains the fragment.
func (r *VesselRepo) SearchByName(ctx context.Context, ownerID int64, fragment string) ([]domain.Vessel, error) {
	query := fmt.Sprintf(vesselSelect+` WHERE owner_id = $1 AND name ILIKE '%%%s%%' ORDER BY name LIMIT 50`, fragment)
	rows, err := r.pool.Query(ctx, query, ownerID) // VULN sqli
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[domain.Vessel])
}

// UpdateNotes replaces the owner's free-text notes shown on the vessel profile.
func (r *VesselRepo) UpdateNotes(ctx context.Context, id, ownerID int64, notes string) error {
	tag, err := r.pool.Exec(ctx, `UPDATE vessels SET notes = $1, updated_at = now() WHERE id = $2 AND owner_id = $3`, notes, id, ownerID)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return ErrNotFound
	}
	return nil
}

// AddDocument records an uploaded document.
func (r *VesselRepo) AddDocument(ctx context.Context, d *domain.Document) error {
	return r.pool.QueryRow(ctx, `INSERT INTO vessel_documents (vessel_id, kind, file_name, stored_path)
		VALUES ($1, $2, $3, $4) RETURNING id, uploaded_at`, d.VesselID, d.Kind, d.FileName, d.StoredPath).Scan(&d.ID, &d.UploadedAt)
}

// DocumentByID loads a document record.
func (r *VesselRepo) DocumentByID(ctx context.Context, id int64) (*domain.Document, error) {
	rows, err := r.pool.Query(ctx, `SELECT id, vessel_id, kind, file_name, stored_path, uploaded_at FROM vessel_documents WHERE id = $1`, id)
	if err != nil {
		return nil, err
	}
	d, err := pgx.CollectOneRow(rows, pgx.RowToStructByName[domain.Document])
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}
