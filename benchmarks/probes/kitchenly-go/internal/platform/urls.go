package platform

import (
	"net/url"
	"strings"
)

// HostAllowed reports whether raw is an https URL whose host is one of allowed.
func HostAllowed(raw string, allowed []string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		return false
	}
	for _, h := range allowed {
		if strings.EqualFold(u.Hostname(), h) {
			return true
		}
	}
	return false
}

// ReturnURL returns target when it is a same-site path or an https URL on
// one of hosts; otherwise it returns fallback.
func ReturnURL(target string, hosts []string, fallback string) string {
	u, err := url.Parse(target)
	switch {
	case target == "" || err != nil:
		return fallback
	case u.Scheme == "" && u.Host == "" && strings.HasPrefix(target, "/") &&
		!strings.HasPrefix(target, "//") && !strings.Contains(target, `\`):
		return target
	case HostAllowed(target, hosts):
		return target
	}
	return fallback
}

// IsLocalPath reports whether target is a path on the courier portal itself.
func IsLocalPath(target string) bool {
	return strings.HasPrefix(target, "/")
}
