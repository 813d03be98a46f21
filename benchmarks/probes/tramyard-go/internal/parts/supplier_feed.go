package parts

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/hashicorp/go-retryablehttp"
)

// PriceLine is one line of a supplier price feed.
type PriceLine struct {
	SKU           string `json:"sku"`
	UnitCostCents int64  `json:"unitCostCents"`
	Currency      string `json:"currency"`
}

// FeedClient talks to supplier portals.
type FeedClient struct {
	http          *retryablehttp.Client
	datasheetBase string
}

// NewFeedClient returns a feed client.
func NewFeedClient(c *retryablehttp.Client, datasheetBase string) *FeedClient {
	return &FeedClient{http: c, datasheetBase: datasheetBase}
}

// FetchPrices downloads and decodes a JSON price feed.
func (c *FeedClient) FetchPrices(ctx context.Context, feedURL string) ([]PriceLine, error) {
	resp, err := c.http.Get(feedURL) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("fetch price feed: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return nil, fmt.Errorf("price feed returned %d: %s", resp.StatusCode, body)
	}
	var lines []PriceLine
	if err := json.NewDecoder(io.LimitReader(resp.Body, 8<<20)).Decode(&lines); err != nil {
		return nil, fmt.Errorf("decode price feed: %w", err)
	}
	return lines, nil
}

// FetchDatasheet downloads the manufacturer datasheet PDF of a SKU.
func (c *FeedClient) FetchDatasheet(ctx context.Context, sku string) ([]byte, error) {
	resp, err := c.http.Get(c.datasheetBase + "/datasheets/" + url.PathEscape(sku) + ".pdf") // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, ErrNotFound
	}
	return io.ReadAll(io.LimitReader(resp.Body, 20<<20))
}
