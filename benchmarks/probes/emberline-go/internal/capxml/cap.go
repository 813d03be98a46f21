// Package capxml parses Common Alerting Protocol (CAP 1.2) messages received
// from the National Weather Service and county alerting systems.
package capxml

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/lestrrat-go/libxml2/parser"
)

var (
	ErrNotCAP  = errors.New("capxml: document is not a CAP alert")
	ErrBadArea = errors.New("capxml: invalid area description")
)

// Alert is a flattened CAP <alert>/<info> pair.
type Alert struct {
	Identifier string `json:"identifier"`
	Sender     string `json:"sender"`
	Sent       string `json:"sent"`
	Event      string `json:"event"`
	Severity   string `json:"severity"`
	Urgency    string `json:"urgency"`
	Headline   string `json:"headline"`
	AreaDesc   string `json:"area_desc"`
}

// Normalize parses a county CAP message with libxml2 so that entity
// references used by legacy county encoders are expanded, and returns the
// re-serialised document.
func Normalize(data []byte) (string, error) {
	p := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad)
	doc, err := p.Parse(data) // VULN xxe
	if err != nil {
		return "", fmt.Errorf("capxml: parse: %w", err)
	}
	defer doc.Free()
	root, err := doc.DocumentElement()
	if err != nil {
		return "", err
	}
	if root.NodeName() != "alert" {
		return "", ErrNotCAP
	}
	return doc.String(), nil
}

// Check validates the shape of a partner-submitted CAP message.
func Check(data []byte) error {
	p := parser.New()
	doc, err := p.Parse(data) // SAFE xxe
	if err != nil {
		return fmt.Errorf("capxml: parse: %w", err)
	}
	defer doc.Free()
	root, err := doc.DocumentElement()
	if err != nil {
		return err
	}
	if root.NodeName() != "alert" {
		return ErrNotCAP
	}
	return nil
}

// Load parses an XML string into a queryable tree.
func Load(xml string) (*xmlquery.Node, error) {
	return xmlquery.Parse(strings.NewReader(xml))
}

// Summarize flattens every <info> block of an alert.
func Summarize(doc *xmlquery.Node) []Alert {
	var out []Alert
	alert := xmlquery.FindOne(doc, "//alert")
	if alert == nil {
		return nil
	}
	for _, info := range xmlquery.Find(alert, "info") {
		out = append(out, flatten(alert, info))
	}
	return out
}

func text(n *xmlquery.Node, expr string) string {
	if f := xmlquery.FindOne(n, expr); f != nil {
		return strings.TrimSpace(f.InnerText())
	}
	return ""
}

func flatten(alert, info *xmlquery.Node) Alert {
	return Alert{
		Identifier: text(alert, "identifier"),
		Sender:     text(alert, "sender"),
		Sent:       text(alert, "sent"),
		Event:      text(info, "event"),
		Severity:   text(info, "severity"),
		Urgency:    text(info, "urgency"),
		Headline:   text(info, "headline"),
		AreaDesc:   text(info, "area/areaDesc"),
	}
}

// FindByEvent returns alerts in doc whose <event> matches.
func FindByEvent(doc *xmlquery.Node, event string) []Alert {
	alert := xmlquery.FindOne(doc, "//alert")
	if alert == nil {
		return nil
	}
	var out []Alert
	for _, info := range xmlquery.Find(doc, fmt.Sprintf("//alert/info[event='%s']", event)) { // VULN xpath
		out = append(out, flatten(alert, info))
	}
	return out
}

var areaPattern = regexp.MustCompile(`^[A-Za-z0-9 ,.()\-]{1,80}$`)

// FindByArea returns alerts in doc covering an area description.
func FindByArea(doc *xmlquery.Node, area string) ([]Alert, error) {
	if !areaPattern.MatchString(area) {
		return nil, ErrBadArea
	}
	alert := xmlquery.FindOne(doc, "//alert")
	if alert == nil {
		return nil, nil
	}
	expr, err := xpath.Compile(fmt.Sprintf("//alert/info[area/areaDesc='%s']", area)) // SAFE xpath
	if err != nil {
		return nil, err
	}
	var out []Alert
	for _, info := range xmlquery.QuerySelectorAll(doc, expr) {
		out = append(out, flatten(alert, info))
	}
	return out, nil
}
