package clients

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/siloworks/elevator/internal/dto"
)

// MarketClient fetches futures and basis quotes used to price contracts.
type MarketClient struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

func NewMarketClient(baseURL, apiKey string) *MarketClient {
	return &MarketClient{baseURL: strings.TrimRight(baseURL, "/"), apiKey: apiKey, http: &http.Client{Timeout: 10 * time.Second}}
}

// Quote returns the cash bid for a commodity and futures month.
func (c *MarketClient) Quote(ctx context.Context, commodity, month string) (*dto.Quote, error) {
	u := fmt.Sprintf("%s/v2/quotes/%s?month=%s", c.baseURL, url.PathEscape(commodity), url.QueryEscape(month))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", c.apiKey)
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	return decodeQuote(resp)
}

// QuoteFromFeed pulls a quote from an alternative feed path on the market
// provider, e.g. a regional basis feed chosen by the buyer.
func (c *MarketClient) QuoteFromFeed(ctx context.Context, feedURL string) (*dto.Quote, error) {
	if !strings.HasPrefix(feedURL, c.baseURL) {
		return nil, errors.New("feed must be hosted by the market provider")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", c.apiKey)
	resp, err := c.http.Do(req) // VULN ssrf
	if err != nil {
		return nil, err
	}
	return decodeQuote(resp)
}

func decodeQuote(resp *http.Response) (*dto.Quote, error) {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("market provider returned %d", resp.StatusCode)
	}
	var q dto.Quote
	if err := json.NewDecoder(resp.Body).Decode(&q); err != nil {
		return nil, err
	}
	return &q, nil
}
