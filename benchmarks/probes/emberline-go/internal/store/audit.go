package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// AuditEntry is a row of the incident audit log.
type AuditEntry struct {
	IncidentID int       `json:"incident_id"`
	Actor      string    `json:"actor"`
	Action     string    `json:"action"`
	Note       string    `json:"note"`
	At         time.Time `json:"at"`
}

// AuditStore writes the append-only incident log through database/sql.
type AuditStore struct {
	db *sql.DB
}

// NewAuditStore returns an audit store backed by db.
func NewAuditStore(db *sql.DB) *AuditStore {
	return &AuditStore{db: db}
}

// Append writes one audit row.
func (s *AuditStore) Append(ctx context.Context, e AuditEntry) error {
	if e.At.IsZero() {
		e.At = time.Now().UTC()
	}
	stmt := fmt.Sprintf(`INSERT INTO incident_audit (incident_id, actor, action, note, created_at)
		VALUES (%d, '%s', $1, $2, $3)`, e.IncidentID, e.Actor)
	_, err := s.db.ExecContext(ctx, stmt, e.Action, e.Note, e.At) // VULN sqli
	return err
}

// History returns the audit trail of an incident since a point in time.
func (s *AuditStore) History(ctx context.Context, incidentID int, since time.Time) ([]AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT incident_id, actor, action, note, created_at FROM incident_audit WHERE incident_id = $1 AND created_at >= $2 ORDER BY created_at`, incidentID, since) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		if err := rows.Scan(&e.IncidentID, &e.Actor, &e.Action, &e.Note, &e.At); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
