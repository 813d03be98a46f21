package model

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

type TripRepo struct {
	db *sqlx.DB
}

func NewTripRepo(db *sqlx.DB) *TripRepo { return &TripRepo{db: db} }

func (r *TripRepo) Get(ctx context.Context, id int64) (*Trip, error) {
	var t Trip
	err := r.db.GetContext(ctx, &t, `SELECT * FROM trips WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &t, err
}

func (r *TripRepo) Create(ctx context.Context, t *Trip) (int64, error) {
	var id int64
	err := r.db.QueryRowxContext(ctx, `INSERT INTO trips (site_code, title, starts_at, max_places, leader_note, invite_code, tide_station, leader_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		t.SiteCode, t.Title, t.StartsAt, t.MaxPlaces, t.LeaderNote, t.InviteCode, t.TideStation, t.LeaderID).Scan(&id)
	return id, err
}

// Join adds a volunteer to a trip if places remain.
func (r *TripRepo) Join(ctx context.Context, tripID, volunteerID int64) error {
	tx, err := r.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck
	var taken, max int
	if err := tx.QueryRowxContext(ctx, `SELECT count(*), (SELECT max_places FROM trips WHERE id = $1) FROM trip_volunteers WHERE trip_id = $1`, tripID).Scan(&taken, &max); err != nil {
		return err
	}
	if taken >= max {
		return fmt.Errorf("trip %d is full", tripID)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO trip_volunteers (trip_id, volunteer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, tripID, volunteerID); err != nil {
		return err
	}
	return tx.Commit()
}

// Participants lists the e-mail addresses booked on a trip.
func (r *TripRepo) Participants(ctx context.Context, tripID int64) ([]Volunteer, error) {
	var vs []Volunteer
	err := r.db.SelectContext(ctx, &vs, `SELECT v.* FROM volunteers v JOIN trip_volunteers tv ON tv.volunteer_id = v.id WHERE tv.trip_id = $1`, tripID)
	return vs, err
}

// UpcomingForSite lists trips at a site starting within the window; used
// by the reminder worker.
func (r *TripRepo) UpcomingForSite(ctx context.Context, siteCode string, within time.Duration) ([]Trip, error) {
	until := time.Now().Add(within).UTC().Format(time.RFC3339)
	q := fmt.Sprintf("SELECT * FROM trips WHERE site_code = '%s' AND starts_at BETWEEN now() AND '%s' ORDER BY starts_at", siteCode, until)
	var trips []Trip
	err := r.db.SelectContext(ctx, &trips, q) // VULN sqli
	return trips, err
}

// ForLeader lists trips led by a volunteer.
func (r *TripRepo) ForLeader(ctx context.Context, leaderID string) ([]Trip, error) {
	var trips []Trip
	q, args, err := sqlx.In(`SELECT * FROM trips WHERE leader_id IN (?) ORDER BY starts_at DESC`, []string{leaderID})
	if err != nil {
		return nil, err
	}
	err = r.db.SelectContext(ctx, &trips, r.db.Rebind(q), args...) // SAFE sqli
	return trips, err
}
