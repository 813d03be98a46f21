package repository

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lib/pq"

	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
)

var ErrNotFound = errors.New("not found")

const citationSelect = `SELECT c.id, c.number, c.plate, c.plate_state, c.violation_code, c.zone_code,
       c.street, c.officer_badge, c.amount_cents, c.status, c.issued_at, c.due_at, c.photo_count
  FROM citations c`

type CitationRepository struct {
	db *sql.DB
}

func NewCitationRepository(db *sql.DB) *CitationRepository {
	return &CitationRepository{db: db}
}

type rowScanner interface {
	Scan(dest ...any) error
}

func scanCitation(s rowScanner) (domain.Citation, error) {
	var c domain.Citation
	err := s.Scan(&c.ID, &c.Number, &c.Plate, &c.PlateState, &c.ViolationCd, &c.ZoneCode,
		&c.Street, &c.OfficerBadge, &c.AmountCents, &c.Status, &c.IssuedAt, &c.DueAt, &c.PhotoCount)
	return c, err
}

func (r *CitationRepository) GetByID(ctx context.Context, id int64) (domain.Citation, error) {
	row := r.db.QueryRowContext(ctx, citationSelect+" WHERE c.id = $1", id) // SAFE sqli
	c, err := scanCitation(row)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, err
}

func (r *CitationRepository) GetByNumber(ctx context.Context, number string) (domain.Citation, error) {
	row := r.db.QueryRowContext(ctx, citationSelect+" WHERE c.number = $1", number)
	c, err := scanCitation(row)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, err
}

// Search lists citations for a plate, used by the public "find my ticket" page.
func (r *CitationRepository) Search(ctx context.Context, s dto.CitationSearch) ([]domain.Citation, error) {
	query := citationSelect + " WHERE c.plate = $1 AND c.plate_state = $2"
	args := []any{s.Plate, s.PlateState}
	if s.Status != "" {
		args = append(args, s.Status)
		query += fmt.Sprintf(" AND c.status = $%d", len(args))
	}
	query += fmt.Sprintf(" ORDER BY %s %s LIMIT %d OFFSET %d",
		resolveCitationSort(s.SortBy), direction(s.SortDir), clampLimit(s.Limit), s.Offset)

	rows, err := r.db.QueryContext(ctx, query, args...) // VULN sqli
	if err != nil {
		return nil, fmt.Errorf("search citations: %w", err)
	}
	defer rows.Close()

	var out []domain.Citation
	for rows.Next() {
		c, err := scanCitation(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ListByIDs loads a batch of citations for notice printing.
func (r *CitationRepository) ListByIDs(ctx context.Context, ids []int64) ([]domain.Citation, error) {
	rows, err := r.db.QueryContext(ctx, citationSelect+" WHERE c.id = ANY($1) ORDER BY c.id", pq.Array(ids)) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Citation
	for rows.Next() {
		c, err := scanCitation(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (r *CitationRepository) Insert(ctx context.Context, c *domain.Citation) error {
	const q = `INSERT INTO citations (number, plate, plate_state, violation_code, zone_code, street,
	               officer_badge, amount_cents, status, issued_at, due_at)
	           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`
	return r.db.QueryRowContext(ctx, q, c.Number, c.Plate, c.PlateState, c.ViolationCd, c.ZoneCode,
		c.Street, c.OfficerBadge, c.AmountCents, c.Status, c.IssuedAt, c.DueAt).Scan(&c.ID)
}

func (r *CitationRepository) UpdateStatus(ctx context.Context, id int64, status domain.CitationStatus) error {
	res, err := r.db.ExecContext(ctx, `UPDATE citations SET status = $1 WHERE id = $2`, status, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func (r *CitationRepository) IncrementPhotos(ctx context.Context, id int64, n int) error {
	_, err := r.db.ExecContext(ctx, `UPDATE citations SET photo_count = photo_count + $1 WHERE id = $2`, n, id)
	return err
}

func (r *CitationRepository) RecordPayment(ctx context.Context, p *domain.Payment) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx,
		`INSERT INTO payments (citation_id, amount_cents, reference, paid_at) VALUES ($1, $2, $3, $4) RETURNING id`,
		p.CitationID, p.AmountCents, p.Reference, p.PaidAt).Scan(&p.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE citations SET status = 'paid' WHERE id = $1`, p.CitationID); err != nil {
		return err
	}
	return tx.Commit()
}

func (r *CitationRepository) Violation(ctx context.Context, code string) (domain.Violation, error) {
	var v domain.Violation
	err := r.db.QueryRowContext(ctx,
		`SELECT code, description, fine_cents FROM violations WHERE code = $1`, code).
		Scan(&v.Code, &v.Description, &v.FineCents)
	if errors.Is(err, sql.ErrNoRows) {
		return v, ErrNotFound
	}
	return v, err
}
