// Package edi parses the XML messages exchanged with the railroad: car
// placement notices, waybills and advance ship notices.
package edi

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"
	"github.com/lestrrat-go/libxml2/xpath"
)

// Placement is a car placement notice from the carrier.
type Placement struct {
	TrainID string
	Cars    []PlacedCar
}

// PlacedCar is one car entry of a placement notice.
type PlacedCar struct {
	Mark        string
	Commodity   string
	CapacityKg  float64
	Destination string
}

// ASN is an advance ship notice we send back after loading.
type ASN struct {
	XMLName xml.Name `xml:"AdvanceShipNotice"`
	TrainID string   `xml:"Train,attr"`
	Cars    []struct {
		Mark    string  `xml:"mark,attr"`
		NetKg   float64 `xml:"NetKg"`
		SealNo  string  `xml:"Seal"`
		Waybill string  `xml:"Waybill"`
	} `xml:"Car"`
}

// ParsePlacement reads a placement notice. Carrier notices reference the
// AAR commodity code list through a DTD, so entity expansion is enabled.
func ParsePlacement(raw []byte) (*Placement, error) {
	p := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad)
	doc, err := p.Parse(raw) // VULN xxe
	if err != nil {
		return nil, fmt.Errorf("placement xml: %w", err)
	}
	defer doc.Free()

	pl := &Placement{TrainID: xpath.String(doc.Find("string(/PlacementNotice/@train)"))}
	nodes := xpath.NodeList(doc.Find("/PlacementNotice/Car"))
	for _, n := range nodes {
		c := PlacedCar{}
		c.Mark = xpath.String(n.Find("string(@mark)"))
		c.Commodity = xpath.String(n.Find("string(Commodity)"))
		c.Destination = xpath.String(n.Find("string(Destination)"))
		c.CapacityKg, _ = strconv.ParseFloat(xpath.String(n.Find("string(CapacityKg)")), 64)
		pl.Cars = append(pl.Cars, c)
	}
	return pl, nil
}

// DecodeASN reads an advance ship notice echoed back by the carrier.
func DecodeASN(r io.Reader) (*ASN, error) {
	var a ASN
	dec := xml.NewDecoder(r)
	dec.Strict = true
	if err := dec.Decode(&a); err != nil { // SAFE xxe
		return nil, err
	}
	return &a, nil
}

// WaybillIndex is a parsed waybill bundle queried by car.
type WaybillIndex struct {
	doc *xmlquery.Node
}

// LoadWaybills parses a waybill document.
func LoadWaybills(r io.Reader) (*WaybillIndex, error) {
	doc, err := xmlquery.Parse(r)
	if err != nil {
		return nil, err
	}
	return &WaybillIndex{doc: doc}, nil
}

// ByCarMark returns the waybill numbers recorded for a car mark.
func (w *WaybillIndex) ByCarMark(mark string) []string {
	expr := "//Waybill[Car/@mark='" + strings.ToUpper(mark) + "']/@number"
	var out []string
	for _, n := range xmlquery.Find(w.doc, expr) { // VULN xpath
		out = append(out, n.InnerText())
	}
	return out
}

// ByPosition returns the waybill at a 1-based position in the train.
func (w *WaybillIndex) ByPosition(pos int) string {
	n := xmlquery.FindOne(w.doc, fmt.Sprintf("(//Waybill)[%d]/@number", pos)) // SAFE xpath
	if n == nil {
		return ""
	}
	return n.InnerText()
}
