package store

import (
	"context"
	"database/sql"
	"fmt"
)

type Station struct {
	ID     int64   `json:"id"`
	Code   string  `json:"code"`
	Name   string  `json:"name"`
	City   string  `json:"city"`
	Status string  `json:"status"`
	MaxKW  float64 `json:"max_kw"`
}

type StationStore struct{ db *sql.DB }

func NewStationStore(db *sql.DB) *StationStore { return &StationStore{db: db} }

const stationCols = "id, code, name, city, status, max_kw"

const stationSearchSQL = "SELECT " + stationCols + " FROM stations WHERE city = $1 AND name ILIKE '%%%s%%' ORDER BY name LIMIT 50"

func scanStation(row rowScanner) (Station, error) {
	var st Station
	err := row.Scan(&st.ID, &st.Code, &st.Name, &st.City, &st.Status, &st.MaxKW)
	return st, err
}

func (s *StationStore) ByID(ctx context.Context, id int64) (Station, error) {
	return scanStation(s.db.QueryRowContext(ctx, "SELECT "+stationCols+" FROM stations WHERE id = $1", id)) // SAFE sqli
}

// Search powers the "find a charger" box in the driver app.
func (s *StationStore) Search(ctx context.Context, city, name string) ([]Station, error) {
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(stationSearchSQL, name), city) // VULN sqli
	return collectStations(rows, err)
}

func (s *StationStore) ByCity(ctx context.Context, city string) ([]Station, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+stationCols+" FROM stations WHERE city = $1 ORDER BY name", city)
	return collectStations(rows, err)
}

func collectStations(rows *sql.Rows, err error) ([]Station, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Station
	for rows.Next() {
		st, err := scanStation(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}
