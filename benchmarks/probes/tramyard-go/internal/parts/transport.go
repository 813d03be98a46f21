package parts

import (
	"context"
	"io"
	"net/http"
	"strings"

	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/gorilla/mux"

	"github.com/tramyard/depot/internal/auth"
	"github.com/tramyard/depot/internal/platform/httpx"
)

const maxUploadBytes = 64 << 20

// RegisterRoutes mounts the parts API on r.
func RegisterRoutes(r *mux.Router, eps Endpoints) {
	opts := httpx.ServerOptions()

	r.Methods(http.MethodGet).Path("/api/parts").Handler(httptransport.NewServer(eps.Search, decodeSearchRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/parts/prices/refresh").Handler(httptransport.NewServer(eps.RefreshPrices, decodeRefreshRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/parts/{sku}/datasheet").Handler(httptransport.NewServer(eps.Datasheet, decodeSKURequest, encodeBlob, opts...))
	r.Methods(http.MethodGet).Path("/api/parts/{sku}/sds").Handler(httptransport.NewServer(eps.SafetySheet, decodeSKURequest, encodeBlob, opts...))
	r.Methods(http.MethodGet).Path("/app/parts/{sku}/card").Handler(httptransport.NewServer(eps.BinCard, decodeSKURequest, encodeHTML, opts...))
	r.Methods(http.MethodPost).Path("/api/catalogs/{supplier}").Handler(httptransport.NewServer(eps.ImportCatalog, decodeImportCatalogRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/catalogs/{supplier}/entries/{sku}").Handler(httptransport.NewServer(eps.CatalogEntry, decodeEntryRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/catalogs/{supplier}/prices/{sku}").Handler(httptransport.NewServer(eps.CatalogPrice, decodeEntryRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodPost).Path("/api/manuals/{model}").Handler(httptransport.NewServer(eps.ImportManuals, decodeManualBundleRequest, httpx.EncodeJSON, opts...))
	r.Methods(http.MethodGet).Path("/api/manuals/{name}").Handler(httptransport.NewServer(eps.Manual, decodeManualRequest, encodeBlob, opts...))
}

func callerDepot(ctx context.Context) (string, string) {
	if c, ok := auth.ClaimsFrom(ctx); ok {
		return c.Depot, c.Subject
	}
	return "", ""
}

func decodeSearchRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	q := r.URL.Query()
	depot, _ := callerDepot(ctx)
	return SearchRequest{
		Depot:       depot,
		Sort:        q.Get("sort"),
		SupplierRef: q.Get("supplierRef"),
	}, nil
}

func decodeRefreshRequest(_ context.Context, r *http.Request) (interface{}, error) {
	var req RefreshRequest
	if err := httpx.DecodeJSON(r, &req); err != nil {
		return nil, err
	}
	return req, nil
}

func decodeSKURequest(ctx context.Context, r *http.Request) (interface{}, error) {
	sku := strings.ToUpper(mux.Vars(r)["sku"])
	if !ValidSKU(sku) {
		return nil, httpx.BadRequest("invalid sku")
	}
	depot, _ := callerDepot(ctx)
	return SKURequest{SKU: sku, Contract: strings.ToLower(depot)}, nil
}

func decodeImportCatalogRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxUploadBytes))
	if err != nil {
		return nil, err
	}
	_, who := callerDepot(ctx)
	return ImportCatalogRequest{Supplier: mux.Vars(r)["supplier"], Body: body, Actor: who}, nil
}

func decodeEntryRequest(ctx context.Context, r *http.Request) (interface{}, error) {
	depot, _ := callerDepot(ctx)
	return EntryRequest{
		Supplier: mux.Vars(r)["supplier"],
		Contract: strings.ToLower(depot),
		SKU:      mux.Vars(r)["sku"],
	}, nil
}

func decodeManualBundleRequest(_ context.Context, r *http.Request) (interface{}, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxUploadBytes))
	if err != nil {
		return nil, err
	}
	return ManualBundleRequest{Model: mux.Vars(r)["model"], Body: body}, nil
}

func decodeManualRequest(_ context.Context, r *http.Request) (interface{}, error) {
	return ManualRequest{Name: mux.Vars(r)["name"]}, nil
}

func encodeBlob(_ context.Context, w http.ResponseWriter, response interface{}) error {
	b := response.(BlobResponse)
	w.Header().Set("Content-Type", b.ContentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, err := w.Write(b.Body)
	return err
}

func encodeHTML(_ context.Context, w http.ResponseWriter, response interface{}) error {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, err := io.WriteString(w, response.(HTMLResponse).HTML)
	return err
}
