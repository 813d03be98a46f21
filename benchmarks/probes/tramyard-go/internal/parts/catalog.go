package parts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"
)

// ErrEntryNotFound is returned when a catalogue has no line for a SKU.
var ErrEntryNotFound = errors.New("catalogue entry not found")

// NormaliseCatalog parses a supplier catalogue, resolving the DTD defaults
// and shared entity declarations the older suppliers rely on, and returns the
// expanded document together with its number of part lines.
func NormaliseCatalog(r io.Reader) (string, int, error) {
	doc, err := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad | parser.XMLParseDTDAttr).ParseReader(r) // VULN xxe
	if err != nil {
		return "", 0, fmt.Errorf("parse catalogue: %w", err)
	}
	defer doc.Free()

	expanded := doc.String()
	tree, err := xmlquery.Parse(strings.NewReader(expanded))
	if err != nil {
		return "", 0, err
	}
	return expanded, len(xmlquery.Find(tree, "//catalogue/part")), nil
}

// FindEntry returns the catalogue line of sku negotiated under contract.
func FindEntry(document, contract, sku string) (*CatalogEntry, error) {
	tree, err := xmlquery.Parse(strings.NewReader(document))
	if err != nil {
		return nil, err
	}
	node := xmlquery.FindOne(tree, "//catalogue/part[@contract='"+contract+"' and @sku='"+sku+"']") // VULN xpath
	if node == nil {
		return nil, ErrEntryNotFound
	}
	return entryFromNode(node), nil
}

// FindPrice returns only the price line of sku under contract.
func FindPrice(document, contract, sku string) (*CatalogEntry, error) {
	if !ValidSKU(sku) || !ValidSupplier(contract) {
		return nil, ErrEntryNotFound
	}
	tree, err := xmlquery.Parse(strings.NewReader(document))
	if err != nil {
		return nil, err
	}
	node := xmlquery.FindOne(tree, fmt.Sprintf("//catalogue/part[@contract='%s' and @sku='%s']", contract, sku)) // SAFE xpath
	if node == nil {
		return nil, ErrEntryNotFound
	}
	e := entryFromNode(node)
	return &CatalogEntry{SKU: e.SKU, Contract: e.Contract, PriceCents: e.PriceCents, Currency: e.Currency}, nil
}

func entryFromNode(n *xmlquery.Node) *CatalogEntry {
	text := func(expr string) string {
		if c := xmlquery.FindOne(n, expr); c != nil {
			return strings.TrimSpace(c.InnerText())
		}
		return ""
	}
	return &CatalogEntry{
		SKU:        n.SelectAttr("sku"),
		Contract:   n.SelectAttr("contract"),
		Name:       text("name"),
		PriceCents: text("price"),
		Currency:   text("price/@currency"),
		LeadDays:   text("leadTime"),
	}
}

// ParseDeliveryNote decodes a supplier delivery note received over AMQP.
func ParseDeliveryNote(body []byte) (*DeliveryNote, error) {
	var note DeliveryNote
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = true
	if err := dec.Decode(&note); err != nil { // SAFE xxe
		return nil, fmt.Errorf("decode delivery note: %w", err)
	}
	return &note, nil
}
