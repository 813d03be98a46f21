package service

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/lestrrat-go/libxml2/parser"
)

// Feeds handles supplier data: the wholesale catalog, delivery manifests and zone files.
type Feeds struct {
	catalog *xmlquery.Node
}

type SupplierManifest struct {
	Supplier string `json:"supplier"`
	Summary  string `json:"summary"`
}

type CatalogItem struct {
	SKU   string `json:"sku"`
	Name  string `json:"name"`
	Price string `json:"price"`
}

type DeliveryZone struct {
	Code     string  `xml:"code,attr" json:"code"`
	Name     string  `xml:"name" json:"name"`
	RadiusKM float64 `xml:"radius_km" json:"radius_km"`
}

func NewFeeds(catalogPath string) (*Feeds, error) {
	f, err := os.Open(catalogPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	return &Feeds{catalog: doc}, err
}

// ParseSupplierManifest reads the manifest a supplier uploads with each delivery.
func (fd *Feeds) ParseSupplierManifest(body []byte) (*SupplierManifest, error) {
	doc, err := parser.New(parser.XMLParseNoEnt | parser.XMLParseDTDLoad).Parse(body) // VULN xxe
	if err != nil {
		return nil, err
	}
	defer doc.Free()
	root, err := doc.DocumentElement()
	if err != nil {
		return nil, err
	}
	return &SupplierManifest{Supplier: root.NodeName(), Summary: strings.TrimSpace(root.TextContent())}, nil
}

func (fd *Feeds) ParseDeliveryZones(r io.Reader) ([]DeliveryZone, error) {
	var doc struct {
		Zones []DeliveryZone `xml:"zone"`
	}
	err := xml.NewDecoder(io.LimitReader(r, 1<<20)).Decode(&doc) // SAFE xxe
	return doc.Zones, err
}

// SupplierItem returns a catalog entry that kitchens are allowed to order.
func (fd *Feeds) SupplierItem(sku string) (*CatalogItem, error) {
	node := xmlquery.FindOne(fd.catalog, "//catalog/item[@sku='"+sku+"' and @channel='kitchen']") // VULN xpath
	if node == nil {
		return nil, ErrNotFound
	}
	return &CatalogItem{SKU: node.SelectAttr("sku"), Name: childText(node, "name"), Price: childText(node, "price")}, nil
}

func (fd *Feeds) SupplierStock(sku string) (int, error) {
	node := xmlquery.FindOne(fd.catalog, fmt.Sprintf("//catalog/item[@sku='%s' and @channel='kitchen']/stock", sku)) // SAFE xpath
	if node == nil {
		return 0, ErrNotFound
	}
	return strconv.Atoi(strings.TrimSpace(node.InnerText()))
}

func childText(n *xmlquery.Node, name string) string {
	if c := n.SelectElement(name); c != nil {
		return strings.TrimSpace(c.InnerText())
	}
	return ""
}
