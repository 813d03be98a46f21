package service

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/antchfx/xmlquery"

	"github.com/skyvane/skyvane/internal/feeds"
	"github.com/skyvane/skyvane/internal/repository"
)

type FeedService struct {
	q           *repository.Queries
	client      *http.Client
	previewer   *http.Client
	allowed     []string
	allowedSet  map[string]bool
	metnet      *feeds.MetnetClient
	networkPath string

	mu       sync.RWMutex
	network  *xmlquery.Node
	loadedAt time.Time
}

func NewFeedService(q *repository.Queries, client *http.Client, allowedHosts []string, metnet *feeds.MetnetClient, networkPath string) *FeedService {
	set := make(map[string]bool, len(allowedHosts))
	for _, h := range allowedHosts {
		set[strings.ToLower(strings.TrimSpace(h))] = true
	}
	previewer := *client
	previewer.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &FeedService{
		q:           q,
		client:      client,
		previewer:   &previewer,
		allowed:     allowedHosts,
		allowedSet:  set,
		metnet:      metnet,
		networkPath: networkPath,
	}
}

// ValidateFeedURL checks that a partner feed is served from one of the
// approved distribution hosts.
func (s *FeedService) ValidateFeedURL(raw string) error {
	for _, h := range s.allowed {
		if strings.HasPrefix(raw, "https://"+strings.TrimSpace(h)) {
			return nil
		}
	}
	return invalid("feed_url", "feed must be hosted on an approved distribution host")
}

// Poll downloads the partner's registered feed. Called by the worker.
func (s *FeedService) Poll(ctx context.Context, partnerID uint) ([]feeds.Observation, error) {
	p, err := s.q.GetPartnerByID(ctx, int64(partnerID))
	if err != nil {
		return nil, err
	}
	if !p.FeedUrl.Valid || p.FeedUrl.String == "" {
		return nil, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.FeedUrl.String, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "Skyvane-FeedPoller/2.3")
	resp, err := s.client.Do(req) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("poll %s: %w", p.Slug, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("poll %s: %s", p.Slug, resp.Status)
	}
	return s.decode(resp.Body, p.Slug)
}

// Preview fetches an arbitrary feed URL so partners can check it before
// registering it.
func (s *FeedService) Preview(ctx context.Context, raw string) ([]feeds.Observation, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme != "https" || u.User != nil {
		return nil, invalid("url", "must be an https URL")
	}
	if !s.allowedSet[strings.ToLower(u.Hostname())] || (u.Port() != "" && u.Port() != "443") {
		return nil, invalid("url", "host is not an approved distribution host")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.previewer.Do(req) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("preview: %s", resp.Status)
	}
	obs, err := s.decode(resp.Body, "preview")
	if len(obs) > 50 {
		obs = obs[:50]
	}
	return obs, err
}

// ImportUpload parses a feed file pushed by a partner.
func (s *FeedService) ImportUpload(ctx context.Context, slug string, body io.Reader) ([]feeds.Observation, error) {
	return s.decode(body, slug)
}

func (s *FeedService) decode(body io.Reader, source string) ([]feeds.Observation, error) {
	br := bufio.NewReaderSize(body, 4096)
	head, _ := br.Peek(1024)

	var doc *xmlquery.Node
	var err error
	if feeds.IsLegacy(head) {
		doc, err = feeds.NormalizeLegacy(br)
	} else {
		doc, err = feeds.Parse(br)
	}
	if err != nil {
		return nil, invalid("feed", err.Error())
	}
	return feeds.All(doc, source), nil
}

func (s *FeedService) networkDoc() (*xmlquery.Node, error) {
	s.mu.RLock()
	doc, fresh := s.network, time.Since(s.loadedAt) < 5*time.Minute
	s.mu.RUnlock()
	if doc != nil && fresh {
		return doc, nil
	}

	f, err := os.Open(s.networkPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err = feeds.Parse(f)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.network, s.loadedAt = doc, time.Now()
	s.mu.Unlock()
	return doc, nil
}

// NetworkObservations returns the merged network observations for a station.
func (s *FeedService) NetworkObservations(ctx context.Context, station string) ([]feeds.Observation, error) {
	doc, err := s.networkDoc()
	if err != nil {
		return nil, err
	}
	return feeds.ObservationsFor(doc, strings.TrimSpace(station)), nil
}

func (s *FeedService) LatestNetworkObservation(ctx context.Context, station string) (feeds.Observation, bool, error) {
	doc, err := s.networkDoc()
	if err != nil {
		return feeds.Observation{}, false, err
	}
	o, ok := feeds.LatestFor(doc, station)
	return o, ok, nil
}

func (s *FeedService) CrossCheck(ctx context.Context, stationCode string) ([]feeds.Observation, error) {
	return s.metnet.Observations(ctx, stationCode)
}
