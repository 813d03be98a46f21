package parts

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tramyard/depot/internal/platform/httpx"
)

var sortColumns = map[string]string{
	"sku":      "sku",
	"name":     "name",
	"bin":      "bin",
	"stock":    "qty_on_hand",
	"supplier": "supplier",
}

// Service is the parts-store use-case layer.
type Service interface {
	Search(ctx context.Context, req SearchRequest) ([]Part, error)
	RefreshPrices(ctx context.Context, req RefreshRequest) (RefreshResponse, error)
	Datasheet(ctx context.Context, sku string) ([]byte, error)
	ImportCatalog(ctx context.Context, req ImportCatalogRequest) (ImportCatalogResponse, error)
	CatalogEntry(ctx context.Context, req EntryRequest) (*CatalogEntry, error)
	CatalogPrice(ctx context.Context, req EntryRequest) (*CatalogEntry, error)
	ImportManuals(ctx context.Context, req ManualBundleRequest) (int, error)
	Manual(ctx context.Context, name string) ([]byte, error)
	SafetySheet(ctx context.Context, sku string) ([]byte, error)
	BinCard(ctx context.Context, sku, contract string) (string, error)
	ReceiveDelivery(ctx context.Context, note *DeliveryNote) error
}

type service struct {
	repo           *Repository
	feeds          *FeedClient
	manuals        *ManualStore
	cards          *CardRenderer
	supplierPortal string
}

// NewService wires the parts service.
func NewService(repo *Repository, feeds *FeedClient, manuals *ManualStore, cards *CardRenderer, supplierPortal string) Service {
	return &service{repo: repo, feeds: feeds, manuals: manuals, cards: cards, supplierPortal: supplierPortal}
}

func (s *service) Search(ctx context.Context, req SearchRequest) ([]Part, error) {
	if req.SupplierRef != "" {
		return s.repo.BySupplierRef(ctx, req.Depot, req.SupplierRef)
	}
	sortKey := req.Sort
	if sortKey == "" {
		sortKey = "sku"
	}
	column, ok := sortColumns[sortKey]
	if !ok {
		return nil, httpx.BadRequest("unsupported sort key")
	}
	return s.repo.List(ctx, req.Depot, column, 200)
}

// RefreshPrices pulls a supplier price feed and applies the new unit costs.
func (s *service) RefreshPrices(ctx context.Context, req RefreshRequest) (RefreshResponse, error) {
	if !strings.HasPrefix(req.FeedURL, s.supplierPortal) {
		return RefreshResponse{}, httpx.BadRequest("feeds must be hosted on the supplier portal")
	}
	lines, err := s.feeds.FetchPrices(ctx, req.FeedURL)
	if err != nil {
		return RefreshResponse{}, err
	}
	var resp RefreshResponse
	for _, l := range lines {
		if !ValidSKU(l.SKU) || l.UnitCostCents <= 0 {
			resp.Skipped++
			continue
		}
		if err := s.repo.UpdateUnitCost(ctx, l.SKU, l.UnitCostCents); err != nil {
			resp.Skipped++
			continue
		}
		resp.Updated++
	}
	return resp, nil
}

func (s *service) Datasheet(ctx context.Context, sku string) ([]byte, error) {
	return s.feeds.FetchDatasheet(ctx, sku)
}

func (s *service) ImportCatalog(ctx context.Context, req ImportCatalogRequest) (ImportCatalogResponse, error) {
	if !ValidSupplier(req.Supplier) {
		return ImportCatalogResponse{}, httpx.BadRequest("invalid supplier")
	}
	doc, count, err := NormaliseCatalog(bytes.NewReader(req.Body))
	if err != nil {
		return ImportCatalogResponse{}, httpx.BadRequest(err.Error())
	}
	c := &SupplierCatalog{Supplier: req.Supplier, Document: doc, PartCount: count, ImportedBy: req.Actor}
	if err := s.repo.SaveCatalog(ctx, c); err != nil {
		return ImportCatalogResponse{}, err
	}
	return ImportCatalogResponse{ID: c.ID, Parts: count}, nil
}

func (s *service) CatalogEntry(ctx context.Context, req EntryRequest) (*CatalogEntry, error) {
	c, err := s.repo.LatestCatalog(ctx, req.Supplier)
	if err != nil {
		return nil, httpx.NotFound("no catalogue for supplier")
	}
	entry, err := FindEntry(c.Document, req.Contract, req.SKU)
	if errors.Is(err, ErrEntryNotFound) {
		return nil, httpx.NotFound("sku not in catalogue")
	}
	return entry, err
}

func (s *service) CatalogPrice(ctx context.Context, req EntryRequest) (*CatalogEntry, error) {
	c, err := s.repo.LatestCatalog(ctx, req.Supplier)
	if err != nil {
		return nil, httpx.NotFound("no catalogue for supplier")
	}
	entry, err := FindPrice(c.Document, req.Contract, req.SKU)
	if errors.Is(err, ErrEntryNotFound) {
		return nil, httpx.NotFound("sku not in catalogue")
	}
	return entry, err
}

func (s *service) ImportManuals(ctx context.Context, req ManualBundleRequest) (int, error) {
	zr, err := zip.NewReader(bytes.NewReader(req.Body), int64(len(req.Body)))
	if err != nil {
		return 0, httpx.BadRequest("bundle is not a zip archive")
	}
	return s.manuals.ExtractBundle(zr, req.Model)
}

func (s *service) Manual(ctx context.Context, name string) ([]byte, error) {
	body, err := s.manuals.Read(name)
	if err != nil {
		return nil, httpx.NotFound("manual not found")
	}
	return body, nil
}

func (s *service) SafetySheet(ctx context.Context, sku string) ([]byte, error) {
	body, err := s.manuals.SafetySheet(sku)
	if err != nil {
		return nil, httpx.NotFound("safety sheet not found")
	}
	return body, nil
}

func (s *service) BinCard(ctx context.Context, sku, contract string) (string, error) {
	p, err := s.repo.GetBySKU(ctx, sku)
	if err != nil {
		return "", httpx.NotFound("unknown sku")
	}
	var entry *CatalogEntry
	if c, err := s.repo.LatestCatalog(ctx, p.Supplier); err == nil {
		entry, _ = FindPrice(c.Document, contract, p.SKU)
	}
	return s.cards.Render(p, entry)
}

// ReceiveDelivery books the lines of a delivery note into stock.
func (s *service) ReceiveDelivery(ctx context.Context, note *DeliveryNote) error {
	var failed []string
	for _, line := range note.Lines {
		if !ValidSKU(line.SKU) || line.Qty <= 0 {
			failed = append(failed, line.SKU)
			continue
		}
		if err := s.repo.AdjustStock(ctx, line.SKU, line.Qty, "delivery", note.Number); err != nil {
			failed = append(failed, line.SKU)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("delivery %s: %d lines not booked: %s", note.Number, len(failed), strings.Join(failed, ","))
	}
	return nil
}
