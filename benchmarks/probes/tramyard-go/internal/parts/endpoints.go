package parts

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

// Endpoints collects the go-kit endpoints of the parts API.
type Endpoints struct {
	Search        endpoint.Endpoint
	RefreshPrices endpoint.Endpoint
	Datasheet     endpoint.Endpoint
	ImportCatalog endpoint.Endpoint
	CatalogEntry  endpoint.Endpoint
	CatalogPrice  endpoint.Endpoint
	ImportManuals endpoint.Endpoint
	Manual        endpoint.Endpoint
	SafetySheet   endpoint.Endpoint
	BinCard       endpoint.Endpoint
}

// MakeEndpoints adapts svc to go-kit endpoints.
func MakeEndpoints(svc Service) Endpoints {
	return Endpoints{
		Search: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.Search(ctx, request.(SearchRequest))
		},
		RefreshPrices: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.RefreshPrices(ctx, request.(RefreshRequest))
		},
		Datasheet: func(ctx context.Context, request interface{}) (interface{}, error) {
			body, err := svc.Datasheet(ctx, request.(SKURequest).SKU)
			return BlobResponse{ContentType: "application/pdf", Body: body}, err
		},
		ImportCatalog: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.ImportCatalog(ctx, request.(ImportCatalogRequest))
		},
		CatalogEntry: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.CatalogEntry(ctx, request.(EntryRequest))
		},
		CatalogPrice: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.CatalogPrice(ctx, request.(EntryRequest))
		},
		ImportManuals: func(ctx context.Context, request interface{}) (interface{}, error) {
			n, err := svc.ImportManuals(ctx, request.(ManualBundleRequest))
			return CountResponse{Count: n}, err
		},
		Manual: func(ctx context.Context, request interface{}) (interface{}, error) {
			body, err := svc.Manual(ctx, request.(ManualRequest).Name)
			return BlobResponse{ContentType: "application/pdf", Body: body}, err
		},
		SafetySheet: func(ctx context.Context, request interface{}) (interface{}, error) {
			body, err := svc.SafetySheet(ctx, request.(SKURequest).SKU)
			return BlobResponse{ContentType: "application/pdf", Body: body}, err
		},
		BinCard: func(ctx context.Context, request interface{}) (interface{}, error) {
			req := request.(SKURequest)
			html, err := svc.BinCard(ctx, req.SKU, req.Contract)
			return HTMLResponse{HTML: html}, err
		},
	}
}
