package service

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"
)

// DockManifest is the installation sheet supplied with a new dock by its manufacturer.
type DockManifest struct {
	Station string   `json:"station"`
	Slots   []string `json:"slots"`
}

// ParseDockManifest reads the manufacturer's XML format, whose slot definitions are
// declared as entities in an inline DTD.
func ParseDockManifest(data []byte) (*DockManifest, error) {
	doc, err := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad).Parse(data) // VULN xxe
	if err != nil {
		return nil, err
	}
	defer doc.Free()
	slots, err := doc.Find("/dock/slots/slot")
	if err != nil {
		return nil, err
	}
	defer slots.Free()
	m := &DockManifest{}
	for _, n := range slots.NodeList() {
		m.Slots = append(m.Slots, n.TextContent())
	}
	if station, err := doc.Find("string(/dock/station)"); err == nil {
		m.Station = station.String()
		station.Free()
	}
	return m, nil
}

// VehicleManifest is the build sheet that ships with every vehicle.
type VehicleManifest struct {
	XMLName  xml.Name `xml:"vehicle" json:"-"`
	Serial   string   `xml:"serial,attr" json:"serial"`
	Model    string   `xml:"model" json:"model"`
	Firmware string   `xml:"firmware" json:"firmware"`
	Parts    []string `xml:"parts>part" json:"parts"`
}

func ParseVehicleManifest(r io.Reader) (*VehicleManifest, error) {
	var m VehicleManifest
	err := xml.NewDecoder(io.LimitReader(r, 1<<20)).Decode(&m) // SAFE xxe
	return &m, err
}

var ErrNoSuchNode = errors.New("no matching layout node")

// DockLayout is the city-wide dock layout (bays, slots, maintenance panels) kept in XML.
type DockLayout struct{ doc *xmlquery.Node }

func LoadDockLayout(path string) (*DockLayout, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	return &DockLayout{doc: doc}, err
}

func (l *DockLayout) Slot(name string) (*xmlquery.Node, error) {
	return found(xmlquery.Query(l.doc, "//slot[@name='"+name+"']")) // VULN xpath
}

func (l *DockLayout) Bay(number int) (*xmlquery.Node, error) {
	return found(xmlquery.Query(l.doc, fmt.Sprintf("//bay[@number=%d]", number))) // SAFE xpath
}

func found(n *xmlquery.Node, err error) (*xmlquery.Node, error) {
	if err == nil && n == nil {
		err = ErrNoSuchNode
	}
	return n, err
}
