package repository

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/voltpark/platform/internal/models"
)

var ErrNotFound = errors.New("not found")

const chargerColumns = `id, site_id, serial_number, vendor, model, firmware_version, city, address,
	latitude, longitude, max_power_kw, status, console_host, last_heartbeat, created_at`

type ChargerRepo struct {
	db *sqlx.DB
}

func NewChargerRepo(db *sqlx.DB) *ChargerRepo {
	return &ChargerRepo{db: db}
}

// ChargerFilter is built by the service layer. SortColumn must already be a
// resolved ORDER BY expression.
type ChargerFilter struct {
	SiteID     string
	Status     models.ChargerStatus
	MinPowerKW float64
	SortColumn string
	Limit      int
	Offset     int
}

func (r *ChargerRepo) Get(ctx context.Context, id string) (*models.Charger, error) {
	var c models.Charger
	err := r.db.GetContext(ctx, &c, `SELECT `+chargerColumns+` FROM chargers WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func (r *ChargerRepo) BySerial(ctx context.Context, serial string) (*models.Charger, error) {
	var c models.Charger
	err := r.db.GetContext(ctx, &c, `SELECT `+chargerColumns+` FROM chargers WHERE serial_number = $1`, serial)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func (r *ChargerRepo) List(ctx context.Context, f ChargerFilter) ([]models.Charger, error) {
	var (
		where []string
		args  []any
	)
	if f.SiteID != "" {
		args = append(args, f.SiteID)
		where = append(where, fmt.Sprintf("site_id = $%d", len(args)))
	}
	if f.Status != "" {
		args = append(args, string(f.Status))
		where = append(where, fmt.Sprintf("status = $%d", len(args)))
	}
	if f.MinPowerKW > 0 {
		args = append(args, f.MinPowerKW)
		where = append(where, fmt.Sprintf("max_power_kw >= $%d", len(args)))
	}

	q := `SELECT ` + chargerColumns + ` FROM chargers`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += fmt.Sprintf(" ORDER BY %s LIMIT %d OFFSET %d", f.SortColumn, f.Limit, f.Offset)

	var out []models.Charger
	if err := r.db.SelectContext(ctx, &out, q, args...); err != nil { // SAFE sqli
		return nil, fmt.Errorf("list chargers: %w", err)
	}
	return out, nil
}

// SearchByCity backs the public map's "find a charger" box.
func (r *ChargerRepo) SearchByCity(ctx context.Context, city string, limit int) ([]models.Charger, error) {
	q := `SELECT ` + chargerColumns + ` FROM chargers WHERE city ILIKE '%` + city + `%' AND status <> 'OFFLINE'
		ORDER BY city, address LIMIT ` + strconv.Itoa(limit)
	var out []models.Charger
	if err := r.db.SelectContext(ctx, &out, q); err != nil { // VULN sqli
		return nil, fmt.Errorf("search chargers: %w", err)
	}
	return out, nil
}

func (r *ChargerRepo) Connectors(ctx context.Context, chargerID string) ([]models.Connector, error) {
	var out []models.Connector
	err := r.db.SelectContext(ctx, &out,
		`SELECT charger_id, connector_id, type, max_power_kw, status FROM connectors WHERE charger_id = $1 ORDER BY connector_id`,
		chargerID)
	return out, err
}
