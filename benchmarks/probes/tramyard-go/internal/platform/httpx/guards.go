package httpx

import (
	"errors"
	"net/url"
	"strings"
)

// ErrHostNotAllowed is returned when an outbound URL targets a host that is
// not on the configured allow-list.
var ErrHostNotAllowed = errors.New("destination host is not allowed")

// HostAllowList accepts only https URLs whose host is one of a fixed set.
type HostAllowList struct {
	hosts map[string]struct{}
}

// NewHostAllowList builds an allow-list from exact host names.
func NewHostAllowList(hosts []string) *HostAllowList {
	m := make(map[string]struct{}, len(hosts))
	for _, h := range hosts {
		m[strings.ToLower(strings.TrimSpace(h))] = struct{}{}
	}
	return &HostAllowList{hosts: m}
}

// Check parses raw and returns it only when it is an https URL without
// credentials whose host is exactly on the list.
func (a *HostAllowList) Check(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil || u.Opaque != "" {
		return nil, ErrHostNotAllowed
	}
	if u.Port() != "" && u.Port() != "443" {
		return nil, ErrHostNotAllowed
	}
	if _, ok := a.hosts[strings.ToLower(u.Hostname())]; !ok {
		return nil, ErrHostNotAllowed
	}
	return u, nil
}

// ValidWebhookURL performs the light syntactic check used when a
// subscription is first registered.
func ValidWebhookURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	return (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// LocalRedirectTarget returns raw when it is a path on this site and
// fallback otherwise.
func LocalRedirectTarget(raw, fallback string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || !strings.HasPrefix(raw, "/") {
		return fallback
	}
	if strings.HasPrefix(raw, "//") || strings.HasPrefix(raw, "/\\") {
		return fallback
	}
	u, err := url.Parse(raw)
	if err != nil || u.IsAbs() || u.Host != "" {
		return fallback
	}
	return u.RequestURI()
}

// namedDestinations are the short keys printed into SMS and e-mail links
// so the links stay short.
var namedDestinations = map[string]string{
	"home":    "/app",
	"roster":  "/app/rosters/mine",
	"swaps":   "/app/rosters/swaps",
	"notices": "/app/rosters/notices",
}

// ResolveDestination expands a short destination key into a path.
func ResolveDestination(key string) string {
	if dest, ok := namedDestinations[key]; ok {
		return dest
	}
	if key == "" {
		return namedDestinations["home"]
	}
	return key
}
