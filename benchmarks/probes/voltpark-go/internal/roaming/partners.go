package roaming

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"
)

var ErrUnknownPartner = errors.New("unknown partner")

// Partner is a roaming party (eMSP or CPO) connected through OCPI 2.2.
type Partner struct {
	ID              int64     `db:"id"`
	CountryCode     string    `db:"country_code"`
	PartyID         string    `db:"party_id"`
	Name            string    `db:"name"`
	TokenA          string    `db:"token_a"`
	TokenB          string    `db:"token_b"`
	VersionsURL     string    `db:"versions_url"`
	TariffsEndpoint string    `db:"tariffs_endpoint"`
	UpdatedAt       time.Time `db:"updated_at"`
}

type PartnerStore struct {
	db *sqlx.DB
}

func NewPartnerStore(db *sqlx.DB) *PartnerStore {
	return &PartnerStore{db: db}
}

func (s *PartnerStore) ByToken(ctx context.Context, token string) (*Partner, error) {
	var p Partner
	err := s.db.GetContext(ctx, &p, `SELECT id, country_code, party_id, name, token_a, token_b, versions_url,
		tariffs_endpoint, updated_at FROM ocpi_partners WHERE token_a = $1 OR token_b = $1`, token)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrUnknownPartner
	}
	if err != nil {
		return nil, err
	}
	return &p, nil
}

func (s *PartnerStore) UpdateEndpoints(ctx context.Context, id int64, versionsURL, tariffsEndpoint, tokenB string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE ocpi_partners SET versions_url = $2, tariffs_endpoint = $3, token_b = $4,
		updated_at = now() WHERE id = $1`, id, versionsURL, tariffsEndpoint, tokenB)
	return err
}
