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

	"github.com/stillriver/stillriver/internal/dto"
)

// ErrUnknownRegion is returned for registry regions we have no agreement with.
var ErrUnknownRegion = errors.New("unknown registry region")

var registryEndpoints = map[string]string{
	"nl": "https://registry.ivr-eni.nl",
	"de": "https://schiffsregister.elwis.de",
	"be": "https://registry.itb-info.be",
	"fr": "https://registre.vnf.fr",
}

// RegistryClient queries national inland vessel registries.
type RegistryClient struct {
	http *http.Client
}

// NewRegistryClient returns a registry client.
func NewRegistryClient() *RegistryClient {
	return &RegistryClient{http: &http.Client{Timeout: 12 * time.Second, Transport: NewRegistryTransport()}}
}

// Lookup fetches a registry record by region code and hull identifier.
func (c *RegistryClient) Lookup(ctx context.Context, region, hull string) (*dto.RegistryRecord, error) {
	base, ok := registryEndpoints[strings.ToLower(region)]
	if !ok {
		return nil, ErrUnknownRegion
	}
	endpoint := base + "/api/v1/vessels/" + url.PathEscape(hull)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("registry %s: %s", region, resp.Status)
	}
	var rec dto.RegistryRecord
	if err := json.NewDecoder(resp.Body).Decode(&rec); err != nil {
		return nil, err
	}
	return &rec, nil
}
