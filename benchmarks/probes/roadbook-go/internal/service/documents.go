package service

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"
	"gopkg.in/yaml.v3"
)

// ManualLibrary serves workshop manuals and wiring diagrams to yard terminals.
type ManualLibrary struct{ root string }

func NewManualLibrary(root string) *ManualLibrary { return &ManualLibrary{root: root} }

func (l *ManualLibrary) Read(doc string) ([]byte, error) {
	if doc == "" {
		return nil, fs.ErrNotExist
	}
	return os.ReadFile(filepath.Join(l.root, doc)) // VULN path
}

// RoutePlan is a planned multi-stop route exported from the dispatcher's planning sheet.
type RoutePlan struct {
	Name    string `yaml:"name"`
	Vehicle string `yaml:"vehicle"`
	Stops   []struct {
		Name         string  `yaml:"name"`
		Lat          float64 `yaml:"lat"`
		Lon          float64 `yaml:"lon"`
		DwellMinutes int     `yaml:"dwell_minutes"`
	} `yaml:"stops"`
}

func ParseRoutePlan(r io.Reader) (*RoutePlan, error) {
	dec := yaml.NewDecoder(io.LimitReader(r, 256<<10))
	dec.KnownFields(true)
	var plan RoutePlan
	if err := dec.Decode(&plan); err != nil { // SAFE deser
		return nil, fmt.Errorf("route plan: %w", err)
	}
	if len(plan.Stops) == 0 || len(plan.Stops) > 200 {
		return nil, errors.New("route plan must have between 1 and 200 stops")
	}
	return &plan, nil
}

// VendorManifest is a parts shipment manifest sent by a supplier.
type VendorManifest struct {
	XMLName xml.Name `xml:"manifest" json:"-"`
	Vendor  string   `xml:"vendor,attr" json:"vendor"`
	Notes   string   `xml:"notes" json:"notes"`
	Items   []struct {
		PartNumber string `xml:"part,attr" json:"part"`
		Qty        int    `xml:"qty,attr" json:"qty"`
	} `xml:"item" json:"items"`
}

// Bulletin is a manufacturer service bulletin.
type Bulletin struct {
	XMLName xml.Name `xml:"bulletin" json:"-"`
	ID      string   `xml:"id,attr" json:"id"`
	Title   string   `xml:"title" json:"title"`
	Models  []string `xml:"applies-to>model" json:"models"`
}

// ManifestService handles supplier XML and the per-fleet parts catalog.
type ManifestService struct{ catalog *xmlquery.Node }

func NewManifestService(catalogPath string) (*ManifestService, error) {
	f, err := os.Open(catalogPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	return &ManifestService{catalog: doc}, err
}

// ParseVendorManifest normalises a supplier manifest and decodes it.
func (m *ManifestService) ParseVendorManifest(body []byte) (*VendorManifest, error) {
	doc, err := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad).Parse(body) // VULN xxe
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	defer doc.Free()
	var out VendorManifest
	err = xml.Unmarshal([]byte(doc.String()), &out)
	return &out, err
}

func (m *ManifestService) ParseBulletin(r io.Reader) (*Bulletin, error) {
	var b Bulletin
	err := xml.NewDecoder(r).Decode(&b) // SAFE xxe
	return &b, err
}

// FindParts looks a part number up in the fleet's negotiated catalog.
func (m *ManifestService) FindParts(fleetID, number string) []map[string]string {
	var parts []map[string]string
	for _, n := range xmlquery.Find(m.catalog, "//fleet[@id='"+fleetID+"']/part[@number='"+number+"']") { // VULN xpath
		parts = append(parts, map[string]string{"number": n.SelectAttr("number"), "name": n.SelectAttr("name"), "price": n.SelectAttr("price")})
	}
	return parts
}

// Supersessions lists the part numbers that replace number.
func (m *ManifestService) Supersessions(number string) []string {
	var out []string
	for _, n := range xmlquery.Find(m.catalog, fmt.Sprintf("//part[@number='%s']/supersedes", number)) { // SAFE xpath
		out = append(out, n.InnerText())
	}
	return out
}
