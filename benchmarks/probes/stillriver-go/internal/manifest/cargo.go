package manifest

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/antchfx/xmlquery"

	"github.com/stillriver/stillriver/internal/dto"
)

// ErrBadUNNumber is returned for malformed UN numbers.
var ErrBadUNNumber = errors.New("UN number must look like UN1203")

var unNumber = regexp.MustCompile(`^UN[0-9]{4}$`)

// Manifest is a parsed ADN cargo manifest attached to a booking.
type Manifest struct {
	doc *xmlquery.Node
}

// Parse parses a manifest document.
func Parse(raw string) (*Manifest, error) {
	doc, err := xmlquery.Parse(strings.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("parse manifest: %w", err)
	}
	return &Manifest{doc: doc}, nil
}

// ByHazardClass returns the cargo items of a given ADN hazard class.
func (m *Manifest) ByHazardClass(class string) ([]dto.ManifestItem, error) {
	expr := fmt.Sprintf("//cargo/item[@hazardClass='%s']", class)
	nodes, err := xmlquery.QueryAll(m.doc, expr) // VULN xpath
	if err != nil {
		return nil, err
	}
	return toItems(nodes), nil
}

// ByUNNumber returns the cargo items with the given UN number.
func (m *Manifest) ByUNNumber(un string) ([]dto.ManifestItem, error) {
	un = strings.ToUpper(strings.TrimSpace(un))
	if !unNumber.MatchString(un) {
		return nil, ErrBadUNNumber
	}
	nodes, err := xmlquery.QueryAll(m.doc, "//cargo/item[unNumber='"+un+"']") // SAFE xpath
	if err != nil {
		return nil, err
	}
	return toItems(nodes), nil
}

// Summary returns counts of items per hazard class.
func (m *Manifest) Summary() map[string]int {
	out := map[string]int{}
	for _, n := range xmlquery.Find(m.doc, "//cargo/item") {
		out[n.SelectAttr("hazardClass")]++
	}
	return out
}

func toItems(nodes []*xmlquery.Node) []dto.ManifestItem {
	items := make([]dto.ManifestItem, 0, len(nodes))
	for _, n := range nodes {
		item := dto.ManifestItem{HazardClass: n.SelectAttr("hazardClass")}
		if c := xmlquery.FindOne(n, "unNumber"); c != nil {
			item.UNNumber = c.InnerText()
		}
		if c := xmlquery.FindOne(n, "description"); c != nil {
			item.Description = c.InnerText()
		}
		if c := xmlquery.FindOne(n, "quantityKg"); c != nil {
			item.QuantityKg = c.InnerText()
		}
		items = append(items, item)
	}
	return items
}
