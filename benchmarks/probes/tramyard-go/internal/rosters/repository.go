package rosters

import (
	"context"
	"errors"
	"time"

	"github.com/go-pg/pg/v10"
)

// ErrNotFound is returned for unknown roster records.
var ErrNotFound = errors.New("not found")

// Repository stores roster data with go-pg.
type Repository struct {
	db *pg.DB
}

// NewRepository returns a repository on db.
func NewRepository(db *pg.DB) *Repository {
	return &Repository{db: db}
}

// WeekForDepot lists the shifts of a depot in [from, to).
func (r *Repository) WeekForDepot(ctx context.Context, depot string, from, to time.Time) ([]Shift, error) {
	var rows []Shift
	err := r.db.ModelContext(ctx, &rows).Where("depot = ?", depot).Where("starts_at >= ? AND starts_at < ?", from, to).Order("starts_at ASC").Select() // SAFE sqli
	return rows, err
}

// GetShift loads a shift.
func (r *Repository) GetShift(ctx context.Context, id int64) (*Shift, error) {
	s := &Shift{ID: id}
	if err := r.db.ModelContext(ctx, s).WherePK().Select(); err != nil {
		if errors.Is(err, pg.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return s, nil
}

// UpdateNote stores the dispatcher's note on a shift.
func (r *Repository) UpdateNote(ctx context.Context, id int64, note string) error {
	_, err := r.db.ModelContext(ctx, (*Shift)(nil)).Set("note = ?", note).Where("id = ?", id).Update()
	return err
}

// SetAckToken stores the acknowledgement token sent with a notice.
func (r *Repository) SetAckToken(ctx context.Context, id int64, token string) error {
	_, err := r.db.ModelContext(ctx, (*Shift)(nil)).Set("ack_token = ?", token).Where("id = ?", id).Update()
	return err
}

// Acknowledge marks a shift as acknowledged when token matches.
func (r *Repository) Acknowledge(ctx context.Context, id int64, token string) (bool, error) {
	res, err := r.db.ExecContext(ctx, "UPDATE shifts SET acknowledged_at = now() WHERE id = ? AND ack_token = ? AND ack_token <> ''", id, token)
	if err != nil {
		return false, err
	}
	return res.RowsAffected() == 1, nil
}

// GetDriver loads a driver profile.
func (r *Repository) GetDriver(ctx context.Context, badge string) (*Driver, error) {
	d := &Driver{Badge: badge}
	if err := r.db.ModelContext(ctx, d).WherePK().Select(); err != nil {
		if errors.Is(err, pg.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return d, nil
}

// SavePreferredLine stores the line a driver prefers to be rostered on.
func (r *Repository) SavePreferredLine(ctx context.Context, badge, line string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE drivers SET preferred_line = ? WHERE badge = ?", line, badge) // SAFE sqli
	return err
}

// OpenShiftsOnLine lists unassigned future shifts of a depot on a line.
func (r *Repository) OpenShiftsOnLine(ctx context.Context, depot, line string) ([]Shift, error) {
	var rows []Shift
	_, err := r.db.QueryContext(ctx, &rows, "SELECT * FROM shifts WHERE driver_badge = '' AND depot = ? AND line = '"+line+"' AND starts_at > now() ORDER BY starts_at LIMIT 20", depot) // VULN sqli
	return rows, err
}

// SaveTemplate inserts or replaces a notice template.
func (r *Repository) SaveTemplate(ctx context.Context, t *NoticeTemplate) error {
	_, err := r.db.ModelContext(ctx, t).OnConflict("(depot, name) DO UPDATE").Set("body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()").Insert()
	return err
}

// GetTemplate loads a notice template.
func (r *Repository) GetTemplate(ctx context.Context, depot, name string) (*NoticeTemplate, error) {
	t := new(NoticeTemplate)
	err := r.db.ModelContext(ctx, t).Where("depot = ?", depot).Where("name = ?", name).Select()
	if errors.Is(err, pg.ErrNoRows) {
		return nil, ErrNotFound
	}
	return t, err
}

// CreateSwap stores a swap request.
func (r *Repository) CreateSwap(ctx context.Context, s *SwapRequest) error {
	_, err := r.db.ModelContext(ctx, s).Insert()
	return err
}

// ConfirmSwap confirms a pending swap when code matches and reassigns the shift.
func (r *Repository) ConfirmSwap(ctx context.Context, id int64, code string) (bool, error) {
	confirmed := false
	err := r.db.RunInTransaction(ctx, func(tx *pg.Tx) error {
		s := new(SwapRequest)
		err := tx.ModelContext(ctx, s).Where("id = ? AND code = ? AND confirmed_at IS NULL AND expires_at > now()", id, code).For("UPDATE").Select()
		if errors.Is(err, pg.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE shifts SET driver_badge = ? WHERE id = ?", s.ToBadge, s.ShiftID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE shift_swaps SET confirmed_at = now() WHERE id = ?", id); err != nil {
			return err
		}
		confirmed = true
		return nil
	})
	return confirmed, err
}
