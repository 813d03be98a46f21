package service

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/emberline/dispatch/internal/clients"
)

type cachedObservation struct {
	obs     *clients.Observation
	fetched time.Time
}

// WeatherService fronts the weather client with a short-lived cache.
type WeatherService struct {
	client *clients.WeatherClient
	ttl    time.Duration

	mu    sync.Mutex
	cache map[string]cachedObservation
}

// NewWeatherService wires the weather service.
func NewWeatherService(client *clients.WeatherClient) *WeatherService {
	return &WeatherService{client: client, ttl: 5 * time.Minute, cache: make(map[string]cachedObservation)}
}

// Station returns a (possibly cached) observation.
func (s *WeatherService) Station(ctx context.Context, provider, station string) (*clients.Observation, error) {
	key := provider + "/" + station
	s.mu.Lock()
	if c, ok := s.cache[key]; ok && time.Since(c.fetched) < s.ttl {
		s.mu.Unlock()
		return c.obs, nil
	}
	s.mu.Unlock()

	obs, err := s.client.StationObservation(ctx, strings.ToLower(provider), strings.ToUpper(station))
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.cache[key] = cachedObservation{obs: obs, fetched: time.Now()}
	s.mu.Unlock()
	return obs, nil
}

// Feed proxies an NWS product to the console (fire weather forecasts, red
// flag warnings) so browsers do not hit the NWS API directly.
func (s *WeatherService) Feed(ctx context.Context, feedURL string) ([]byte, error) {
	return s.client.FetchFeed(ctx, strings.TrimSpace(feedURL))
}

// Radar proxies a published radar/smoke product.
func (s *WeatherService) Radar(ctx context.Context, product string) ([]byte, string, error) {
	return s.client.RadarFrame(ctx, strings.ToLower(product))
}
