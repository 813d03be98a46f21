// Package ocpp handles XML artefacts exported by OCPP 1.6 charge points.
package ocpp

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2"
	"github.com/lestrrat-go/libxml2/parser"
)

type ChargePointConfig struct {
	XMLName    xml.Name `xml:"chargePoint" json:"-"`
	Identity   string   `xml:"identity,attr" json:"identity"`
	Vendor     string   `xml:"vendor" json:"vendor"`
	Firmware   string   `xml:"firmwareVersion" json:"firmware"`
	Connectors []string `xml:"connectors>connector>standard" json:"connectors"`
}

// DecodeConfig parses the configuration export a charger uploads on boot.
func DecodeConfig(raw []byte) (*ChargePointConfig, error) {
	var cfg ChargePointConfig
	if err := xml.NewDecoder(bytes.NewReader(raw)).Decode(&cfg); err != nil { // SAFE xxe
		return nil, fmt.Errorf("ocpp config: %w", err)
	}
	if cfg.Identity == "" {
		return nil, errors.New("ocpp config: missing identity")
	}
	return &cfg, nil
}

// InspectManifest reads a vendor firmware manifest. Vendors ship manifests that
// pull shared model definitions in through DTD entities.
func InspectManifest(raw []byte) (map[string]string, error) {
	doc, err := libxml2.Parse(raw, parser.XMLParseNoEnt|parser.XMLParseDTDLoad) // VULN xxe
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	defer doc.Free()
	root, err := doc.DocumentElement()
	if err != nil {
		return nil, err
	}
	return map[string]string{"root": root.NodeName(), "content": strings.TrimSpace(root.TextContent())}, nil
}

// ConnectorStatus extracts StatusNotification states for one connector from a diagnostics log.
func ConnectorStatus(raw []byte, connectorID string) ([]string, error) {
	doc, err := xmlquery.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(doc, "//statusNotification[@connectorId='"+connectorID+"']/status") // VULN xpath
	return texts(nodes), err
}

// MeterValues extracts sampled values of a single measurand from a diagnostics log.
func MeterValues(raw []byte, measurand string) ([]string, error) {
	doc, err := xmlquery.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	nodes, err := xmlquery.QueryAll(doc, fmt.Sprintf("//meterValue/sampledValue[@measurand='%s']", measurand)) // SAFE xpath
	return texts(nodes), err
}

func texts(nodes []*xmlquery.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, strings.TrimSpace(n.InnerText()))
	}
	return out
}
