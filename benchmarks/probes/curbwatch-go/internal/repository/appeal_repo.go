package repository

import (
	"context"
	"database/sql"
	"errors"

	"github.com/curbwatch/curbwatch/internal/domain"
)

type AppealRepository struct {
	db *sql.DB
}

func NewAppealRepository(db *sql.DB) *AppealRepository {
	return &AppealRepository{db: db}
}

const appealSelect = `SELECT a.id, a.citation_id, c.number, a.appellant_name, a.email, a.statement,
       a.status, COALESCE(a.decision, ''), a.submitted_at, COALESCE(a.decided_by, '')
  FROM appeals a JOIN citations c ON c.id = a.citation_id`

func scanAppeal(s rowScanner) (domain.Appeal, error) {
	var a domain.Appeal
	err := s.Scan(&a.ID, &a.CitationID, &a.CitationNo, &a.AppellantName, &a.Email, &a.Statement,
		&a.Status, &a.Decision, &a.SubmittedAt, &a.DecidedBy)
	return a, err
}

func (r *AppealRepository) Create(ctx context.Context, a *domain.Appeal) error {
	const q = `INSERT INTO appeals (citation_id, appellant_name, email, statement, status, submitted_at)
	           VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id`
	return r.db.QueryRowContext(ctx, q, a.CitationID, a.AppellantName, a.Email, a.Statement, a.SubmittedAt).Scan(&a.ID)
}

func (r *AppealRepository) Get(ctx context.Context, id int64) (domain.Appeal, error) {
	a, err := scanAppeal(r.db.QueryRowContext(ctx, appealSelect+" WHERE a.id = $1", id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

// ListPending returns the hearing officers' work queue.
func (r *AppealRepository) ListPending(ctx context.Context, sortKey, dir string) ([]domain.Appeal, error) {
	rows, err := r.db.QueryContext(ctx, appealSelect+" WHERE a.status = $1 ORDER BY "+appealOrderClause(sortKey, dir), "pending") // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Appeal
	for rows.Next() {
		a, err := scanAppeal(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func (r *AppealRepository) Decide(ctx context.Context, id int64, decision, decidedBy string) error {
	res, err := r.db.ExecContext(ctx,
		`UPDATE appeals SET status = 'decided', decision = $1, decided_by = $2 WHERE id = $3 AND status = 'pending'`,
		decision, decidedBy, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}
