// Package parts manages the depot parts stores, supplier catalogues and
// maintenance manuals.
package parts

import (
	"regexp"
	"time"
)

// Part is a stocked spare part.
type Part struct {
	tableName struct{} `pg:"parts"`

	ID            int64     `pg:"id,pk" json:"id"`
	SKU           string    `pg:"sku,unique" json:"sku"`
	Name          string    `pg:"name" json:"name"`
	Description   string    `pg:"description" json:"description"`
	Supplier      string    `pg:"supplier" json:"supplier"`
	SupplierRef   string    `pg:"supplier_ref" json:"supplierRef"`
	Depot         string    `pg:"depot" json:"depot"`
	Bin           string    `pg:"bin" json:"bin"`
	QtyOnHand     int       `pg:"qty_on_hand,use_zero" json:"qtyOnHand"`
	ReorderLevel  int       `pg:"reorder_level,use_zero" json:"reorderLevel"`
	UnitCostCents int64     `pg:"unit_cost_cents,use_zero" json:"unitCostCents"`
	UpdatedAt     time.Time `pg:"updated_at,default:now()" json:"updatedAt"`
}

// SupplierCatalog is a normalised supplier catalogue document.
type SupplierCatalog struct {
	tableName struct{} `pg:"supplier_catalogs"`

	ID         int64     `pg:"id,pk"`
	Supplier   string    `pg:"supplier"`
	Document   string    `pg:"document"`
	PartCount  int       `pg:"part_count,use_zero"`
	ImportedBy string    `pg:"imported_by"`
	ImportedAt time.Time `pg:"imported_at,default:now()"`
}

// StockMovement records every change to stock levels.
type StockMovement struct {
	tableName struct{} `pg:"stock_movements"`

	ID        int64     `pg:"id,pk"`
	SKU       string    `pg:"sku"`
	Delta     int       `pg:"delta"`
	Reason    string    `pg:"reason"`
	Reference string    `pg:"reference"`
	CreatedAt time.Time `pg:"created_at,default:now()"`
}

// CatalogEntry is one priced line of a supplier catalogue.
type CatalogEntry struct {
	SKU        string `json:"sku"`
	Contract   string `json:"contract"`
	Name       string `json:"name"`
	PriceCents string `json:"price"`
	Currency   string `json:"currency"`
	LeadDays   string `json:"leadDays"`
}

// DeliveryNote is the XML note suppliers send when goods are dispatched.
type DeliveryNote struct {
	Number   string         `xml:"number,attr"`
	Supplier string         `xml:"supplier"`
	Depot    string         `xml:"depot"`
	Lines    []DeliveryLine `xml:"line"`
}

// DeliveryLine is one line of a delivery note.
type DeliveryLine struct {
	SKU string `xml:"sku,attr"`
	Qty int    `xml:"qty,attr"`
}

var (
	skuPattern      = regexp.MustCompile(`^[A-Z0-9]{2,6}-[0-9]{3,8}$`)
	supplierPattern = regexp.MustCompile(`^[a-z0-9-]{2,32}$`)
	modelPattern    = regexp.MustCompile(`^[A-Za-z0-9_-]{2,40}$`)
)

// ValidSKU reports whether sku is a well-formed stock keeping unit.
func ValidSKU(sku string) bool { return skuPattern.MatchString(sku) }

// ValidSupplier reports whether s is a well-formed supplier slug.
func ValidSupplier(s string) bool { return supplierPattern.MatchString(s) }

type SearchRequest struct {
	Depot       string
	Sort        string
	SupplierRef string
}

type RefreshRequest struct {
	Supplier string `json:"supplier"`
	FeedURL  string `json:"feedUrl"`
}

type RefreshResponse struct {
	Updated int `json:"updated"`
	Skipped int `json:"skipped"`
}

type SKURequest struct {
	SKU      string
	Contract string
}

type ImportCatalogRequest struct {
	Supplier string
	Body     []byte
	Actor    string
}

type ImportCatalogResponse struct {
	ID    int64 `json:"id"`
	Parts int   `json:"parts"`
}

type EntryRequest struct {
	Supplier string
	Contract string
	SKU      string
}

type ManualBundleRequest struct {
	Model string
	Body  []byte
}

type ManualRequest struct {
	Name string
}

type BlobResponse struct {
	ContentType string
	Body        []byte
}

type HTMLResponse struct {
	HTML string
}

type CountResponse struct {
	Count int `json:"count"`
}
