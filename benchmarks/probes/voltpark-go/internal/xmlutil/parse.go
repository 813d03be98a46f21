package xmlutil

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/lestrrat-go/libxml2/parser"
	"github.com/lestrrat-go/libxml2/xpath"
)

// LegacyCDR is a charge detail record in the pre-OCPI XML format still sent
// by a handful of roaming partners (e-clearing style exports).
type LegacyCDR struct {
	ID        string
	EVSEID    string
	AuthID    string
	Start     time.Time
	End       time.Time
	EnergyKWh float64
	Amount    float64
	Currency  string
}

// ParseLegacyCDRs parses a <cdrList> export. The exports declare their
// currency and unit codes through entities defined in the partner's DTD.
func ParseLegacyCDRs(body []byte) ([]LegacyCDR, error) {
	p := parser.New(parser.XMLParseDTDLoad, parser.XMLParseNoEnt)
	doc, err := p.Parse(body) // VULN xxe
	if err != nil {
		return nil, fmt.Errorf("parse legacy CDR export: %w", err)
	}
	defer doc.Free()

	var out []LegacyCDR
	for _, n := range xpath.NodeList(doc.Find("//cdr")) {
		var c LegacyCDR
		for _, f := range xpath.NodeList(n.Find("*")) {
			v := strings.TrimSpace(f.TextContent())
			switch f.NodeName() {
			case "cdrId":
				c.ID = v
			case "evseId":
				c.EVSEID = v
			case "authId":
				c.AuthID = v
			case "start":
				c.Start, _ = time.Parse(time.RFC3339, v)
			case "end":
				c.End, _ = time.Parse(time.RFC3339, v)
			case "energy":
				c.EnergyKWh, _ = strconv.ParseFloat(v, 64)
			case "amount":
				c.Amount, _ = strconv.ParseFloat(v, 64)
			case "currency":
				c.Currency = v
			}
		}
		out = append(out, c)
	}
	return out, nil
}
