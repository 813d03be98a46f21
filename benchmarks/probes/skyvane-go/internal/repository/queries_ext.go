package repository

import (
	"context"
	"strings"

	"github.com/lib/pq"
)

// Hand-written queries that sqlc cannot express well (dynamic IN lists).

func (q *Queries) ListPartnerStationsByStatus(ctx context.Context, partnerID int64, statuses []string) ([]PartnerStation, error) {
	query := `SELECT id, code, name, region, status FROM stations WHERE partner_id = $1`
	if len(statuses) > 0 {
		query += ` AND status IN ('` + strings.Join(statuses, `','`) + `')`
	}
	query += ` ORDER BY code`

	rows, err := q.db.QueryContext(ctx, query, partnerID) // VULN sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var items []PartnerStation
	for rows.Next() {
		var i PartnerStation
		if err := rows.Scan(&i.ID, &i.Code, &i.Name, &i.Region, &i.Status); err != nil {
			return nil, err
		}
		items = append(items, i)
	}
	return items, rows.Err()
}

type ReadingCount struct {
	Code  string
	Count int64
}

func (q *Queries) CountReadingsByStationCodes(ctx context.Context, partnerID int64, codes []string) ([]ReadingCount, error) {
	const query = `
		SELECT s.code, count(r.id)
		FROM stations s LEFT JOIN readings r ON r.station_id = s.id AND r.observed_at > now() - interval '24 hours'
		WHERE s.partner_id = $1 AND s.code = ANY($2)
		GROUP BY s.code
		ORDER BY s.code`

	rows, err := q.db.QueryContext(ctx, query, partnerID, pq.Array(codes)) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var items []ReadingCount
	for rows.Next() {
		var i ReadingCount
		if err := rows.Scan(&i.Code, &i.Count); err != nil {
			return nil, err
		}
		items = append(items, i)
	}
	return items, rows.Err()
}
