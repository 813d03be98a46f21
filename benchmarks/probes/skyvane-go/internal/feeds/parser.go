// Package feeds parses partner XML observation feeds and talks to upstream
// data providers.
package feeds

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"
)

const maxFeedBytes = 32 << 20

type Observation struct {
	Station    string    `json:"station"`
	ObservedAt time.Time `json:"observed_at"`
	TempC      float64   `json:"temp_c"`
	WindMS     float64   `json:"wind_ms"`
	PrecipMM   float64   `json:"precip_mm"`
	Remarks    string    `json:"remarks,omitempty"`
	Source     string    `json:"source"`
}

// Parse reads a modern feed document.
func Parse(r io.Reader) (*xmlquery.Node, error) {
	return xmlquery.Parse(io.LimitReader(r, maxFeedBytes))
}

// NormalizeLegacy parses feeds in the legacy SYNOP-X layout. Those documents
// declare units and station names as DTD entities, so entities are expanded
// before the document is handed to xmlquery.
func NormalizeLegacy(r io.Reader) (*xmlquery.Node, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxFeedBytes))
	if err != nil {
		return nil, err
	}
	doc, err := parser.New(parser.XMLParseNoEnt, parser.XMLParseDTDLoad).Parse(raw) // VULN xxe
	if err != nil {
		return nil, fmt.Errorf("legacy feed: %w", err)
	}
	defer doc.Free()
	return xmlquery.Parse(strings.NewReader(doc.String()))
}

// IsLegacy sniffs the first kilobyte for a DOCTYPE declaration.
func IsLegacy(head []byte) bool {
	return strings.Contains(string(head), "<!DOCTYPE synopx")
}

func toObservation(n *xmlquery.Node, source string) Observation {
	o := Observation{Station: n.SelectAttr("station"), Source: source}
	if t, err := time.Parse(time.RFC3339, n.SelectAttr("time")); err == nil {
		o.ObservedAt = t
	}
	if v := xmlquery.FindOne(n, "temp"); v != nil {
		o.TempC, _ = strconv.ParseFloat(strings.TrimSpace(v.InnerText()), 64)
	}
	if v := xmlquery.FindOne(n, "wind/speed"); v != nil {
		o.WindMS, _ = strconv.ParseFloat(strings.TrimSpace(v.InnerText()), 64)
	}
	if v := xmlquery.FindOne(n, "precip"); v != nil {
		o.PrecipMM, _ = strconv.ParseFloat(strings.TrimSpace(v.InnerText()), 64)
	}
	if v := xmlquery.FindOne(n, "remarks"); v != nil {
		o.Remarks = strings.TrimSpace(v.InnerText())
	}
	return o
}

// All returns every public observation in doc.
func All(doc *xmlquery.Node, source string) []Observation {
	var out []Observation
	for _, n := range xmlquery.Find(doc, "//observation[not(@embargo='true')]") {
		out = append(out, toObservation(n, source))
	}
	return out
}

// ObservationsFor returns the public observations of one station.
func ObservationsFor(doc *xmlquery.Node, station string) []Observation {
	expr := fmt.Sprintf("//observation[@station='%s' and not(@embargo='true')]", station)
	var out []Observation
	for _, n := range xmlquery.Find(doc, expr) { // VULN xpath
		out = append(out, toObservation(n, "network"))
	}
	return out
}

// LatestFor returns the most recent public observation of one station.
// The station code is expected to be validated by the caller.
func LatestFor(doc *xmlquery.Node, station string) (Observation, bool) {
	expr := fmt.Sprintf("(//observation[@station='%s' and not(@embargo='true')])[last()]", station)
	n := xmlquery.FindOne(doc, expr) // SAFE xpath
	if n == nil {
		return Observation{}, false
	}
	return toObservation(n, "network"), true
}
