package repository

import (
	"context"
	"database/sql"
	"strings"

	"github.com/google/uuid"

	"github.com/orchardgate/orchardgate/internal/models"
)

// GrowerRepository uses database/sql directly; the member directory queries are
// hand-tuned for the trigram index on name.
type GrowerRepository struct {
	db *sql.DB
}

func NewGrowerRepository(db *sql.DB) *GrowerRepository {
	return &GrowerRepository{db: db}
}

const growerColumns = "id, code, name, email, website, bio, password_hash, webhook_url, printer, label_layout, created_at, updated_at"

func scanGrower(row interface{ Scan(...any) error }) (*models.Grower, error) {
	var g models.Grower
	err := row.Scan(&g.ID, &g.Code, &g.Name, &g.Email, &g.Website, &g.Bio, &g.PasswordHash, &g.WebhookURL, &g.Printer, &g.LabelLayout, &g.CreatedAt, &g.UpdatedAt)
	if err != nil {
		return nil, err
	}
	return &g, nil
}

func (r *GrowerRepository) ByID(ctx context.Context, id uint) (*models.Grower, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+growerColumns+" FROM growers WHERE id = $1", id)
	return scanGrower(row)
}

func (r *GrowerRepository) ByCode(ctx context.Context, code string) (*models.Grower, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+growerColumns+" FROM growers WHERE code = $1", strings.ToUpper(code))
	return scanGrower(row)
}

func (r *GrowerRepository) ByEmail(ctx context.Context, email string) (*models.Grower, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+growerColumns+" FROM growers WHERE lower(email) = lower($1)", email)
	return scanGrower(row)
}

// ByPortalKey looks a grower up by the external UUID printed on their card.
func (r *GrowerRepository) ByPortalKey(ctx context.Context, key uuid.UUID) (*models.Grower, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+growerColumns+" FROM growers WHERE portal_key = '"+key.String()+"'") // SAFE sqli
	return scanGrower(row)
}

// Search is the member directory lookup by partial name.
func (r *GrowerRepository) Search(ctx context.Context, term string, limit int) ([]models.Grower, error) {
	q := "SELECT " + growerColumns + " FROM growers WHERE name ILIKE '%" + term + "%' ORDER BY name LIMIT 50"
	rows, err := r.db.QueryContext(ctx, q) // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Grower
	for rows.Next() {
		g, err := scanGrower(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *g)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out, rows.Err()
}

func (r *GrowerRepository) Insert(ctx context.Context, g *models.Grower) error {
	return r.db.QueryRowContext(ctx,
		"INSERT INTO growers (code, name, email, website, password_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING id",
		g.Code, g.Name, g.Email, g.Website, g.PasswordHash).Scan(&g.ID)
}

// UpdateProfile stores the editable settings, including the integration settings
// used later by the workers (webhook, printer, label layout).
func (r *GrowerRepository) UpdateProfile(ctx context.Context, g *models.Grower) error {
	_, err := r.db.ExecContext(ctx,
		"UPDATE growers SET name = $1, website = $2, bio = $3, webhook_url = $4, printer = $5, label_layout = $6, updated_at = now() WHERE id = $7",
		g.Name, g.Website, g.Bio, g.WebhookURL, g.Printer, g.LabelLayout, g.ID)
	return err
}
