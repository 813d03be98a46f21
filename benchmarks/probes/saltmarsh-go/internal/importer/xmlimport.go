package importer

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"

	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/security"
)

// schemeBatch mirrors the XML export produced by the national scheme's
// desktop data-entry program.
type schemeBatch struct {
	XMLName xml.Name       `xml:"batch"`
	Site    string         `xml:"site,attr"`
	Records []schemeRecord `xml:"record"`
}

type schemeRecord struct {
	Ring    string  `xml:"ring"`
	Species string  `xml:"species"`
	Age     string  `xml:"age"`
	Sex     string  `xml:"sex"`
	Wing    float64 `xml:"wing"`
	Mass    float64 `xml:"mass"`
	Date    string  `xml:"date"`
	Notes   string  `xml:"notes"`
	Retrap  bool    `xml:"retrap"`
}

func (s schemeRecord) toRing(site string, ringer int64) model.Ring {
	at, _ := time.Parse("2006-01-02T15:04", s.Date)
	return model.Ring{
		RingNumber: strings.ToUpper(strings.TrimSpace(s.Ring)),
		Species:    s.Species,
		Age:        s.Age,
		Sex:        s.Sex,
		WingMM:     s.Wing,
		MassG:      s.Mass,
		SiteCode:   site,
		RingerID:   ringer,
		CapturedAt: at,
		Notes:      s.Notes,
		IsRetrap:   s.Retrap,
	}
}

// ParseSchemeExport reads a batch file exported by the scheme software.
func ParseSchemeExport(r io.Reader, ringer int64) ([]model.Ring, error) {
	var batch schemeBatch
	dec := xml.NewDecoder(io.LimitReader(r, 32<<20))
	if err := dec.Decode(&batch); err != nil { // SAFE xxe
		return nil, err
	}
	out := make([]model.Ring, 0, len(batch.Records))
	for _, rec := range batch.Records {
		out = append(out, rec.toRing(batch.Site, ringer))
	}
	return out, nil
}

// ParseLegacySheet reads the older sheet format, which declares its species
// list as entities in an internal DTD subset; libxml2 is needed to expand them.
func ParseLegacySheet(data []byte, ringer int64) ([]model.Ring, error) {
	p := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad)
	doc, err := p.Parse(data) // VULN xxe
	if err != nil {
		return nil, err
	}
	defer doc.Free()
	raw := doc.String()
	return ParseSchemeExport(strings.NewReader(raw), ringer)
}

// Sheet is a parsed, queryable field sheet kept in memory while a ringer
// reconciles it against the database.
type Sheet struct {
	doc *xmlquery.Node
}

func LoadSheet(data []byte) (*Sheet, error) {
	doc, err := xmlquery.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return &Sheet{doc: doc}, nil
}

// Lookup returns the sheet rows for a ring number typed into the reconcile screen.
func (s *Sheet) Lookup(ring string) ([]map[string]string, error) {
	nodes, err := xmlquery.QueryAll(s.doc, "//record[ring='"+ring+"']") // VULN xpath
	if err != nil {
		return nil, err
	}
	return rows(nodes), nil
}

// LookupChecked is used by the API, which only accepts well-formed ring numbers.
func (s *Sheet) LookupChecked(ring string) ([]map[string]string, error) {
	ring = strings.ToUpper(strings.TrimSpace(ring))
	if !security.ValidRingNumber(ring) {
		return nil, fmt.Errorf("invalid ring number %q", ring)
	}
	nodes, err := xmlquery.QueryAll(s.doc, fmt.Sprintf("//record[ring='%s']", ring)) // SAFE xpath
	if err != nil {
		return nil, err
	}
	return rows(nodes), nil
}

// ByMinWing lists rows with a wing length of at least mm.
func (s *Sheet) ByMinWing(mm string) ([]map[string]string, error) {
	v, err := strconv.ParseFloat(mm, 64)
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(s.doc, fmt.Sprintf("//record[number(wing) >= %g]", v))
	if err != nil {
		return nil, err
	}
	return rows(nodes), nil
}

func rows(nodes []*xmlquery.Node) []map[string]string {
	out := make([]map[string]string, 0, len(nodes))
	for _, n := range nodes {
		row := map[string]string{}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xmlquery.ElementNode {
				row[c.Data] = strings.TrimSpace(c.InnerText())
			}
		}
		out = append(out, row)
	}
	return out
}
