package roaming

import (
	"context"
	"database/sql"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/voltpark/platform/internal/xmlutil"
)

type CDRService struct {
	db *sql.DB
}

func NewCDRService(db *sql.DB) *CDRService {
	return &CDRService{db: db}
}

type ImportResult struct {
	Accepted int      `json:"accepted"`
	Rejected []string `json:"rejected,omitempty"`
}

func (s *CDRService) insert(ctx context.Context, p *Partner, id, evseID, authID string, start, end time.Time, kwh, amount float64, currency string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO roaming_cdrs
		(partner_id, cdr_id, evse_id, auth_id, started_at, ended_at, energy_kwh, amount, currency)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (partner_id, cdr_id) DO NOTHING`,
		p.ID, id, evseID, authID, start, end, kwh, amount, currency)
	return err
}

func rejection(id, reason string) string {
	return fmt.Sprintf("%s: %s", id, reason)
}

// ImportLegacyXML imports a legacy XML export pushed by a partner.
func (s *CDRService) ImportLegacyXML(ctx context.Context, p *Partner, body []byte) (*ImportResult, error) {
	cdrs, err := xmlutil.ParseLegacyCDRs(body)
	if err != nil {
		return nil, err
	}
	res := &ImportResult{}
	for _, c := range cdrs {
		if !strings.HasPrefix(c.EVSEID, "DE*VPK*") {
			res.Rejected = append(res.Rejected, rejection(c.ID, "unknown EVSE "+c.EVSEID))
			continue
		}
		if c.End.Before(c.Start) || c.EnergyKWh <= 0 {
			res.Rejected = append(res.Rejected, rejection(c.ID, "inconsistent session data"))
			continue
		}
		if err := s.insert(ctx, p, c.ID, c.EVSEID, c.AuthID, c.Start, c.End, c.EnergyKWh, c.Amount, c.Currency); err != nil {
			return nil, err
		}
		res.Accepted++
	}
	return res, nil
}

type cdrBatch struct {
	XMLName xml.Name `xml:"cdrBatch"`
	Records []struct {
		ID       string    `xml:"id,attr"`
		EVSEID   string    `xml:"evse"`
		AuthID   string    `xml:"auth"`
		Start    time.Time `xml:"start"`
		End      time.Time `xml:"end"`
		Energy   float64   `xml:"kwh"`
		Amount   float64   `xml:"amount"`
		Currency string    `xml:"currency"`
	} `xml:"cdr"`
}

// ImportBatch imports the newer batch format.
func (s *CDRService) ImportBatch(ctx context.Context, p *Partner, r io.Reader) (*ImportResult, error) {
	var batch cdrBatch
	dec := xml.NewDecoder(io.LimitReader(r, 16<<20))
	if err := dec.Decode(&batch); err != nil { // SAFE xxe
		return nil, fmt.Errorf("decode batch: %w", err)
	}
	res := &ImportResult{}
	for _, c := range batch.Records {
		if !strings.HasPrefix(c.EVSEID, "DE*VPK*") {
			res.Rejected = append(res.Rejected, rejection(c.ID, "unknown EVSE "+c.EVSEID))
			continue
		}
		if err := s.insert(ctx, p, c.ID, c.EVSEID, c.AuthID, c.Start, c.End, c.Energy, c.Amount, c.Currency); err != nil {
			return nil, err
		}
		res.Accepted++
	}
	return res, nil
}
