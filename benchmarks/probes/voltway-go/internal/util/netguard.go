package util

import (
	"errors"
	"net/url"
	"strings"
)

var ErrHostNotAllowed = errors.New("host not allowed")

var imageHosts = map[string]bool{"cdn.voltway.io": true, "images.voltway.io": true, "media.partners.voltway.io": true}

// CheckImageURL validates a station image source against the CDN allow-list.
func CheckImageURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil || !imageHosts[strings.ToLower(u.Hostname())] {
		return nil, ErrHostNotAllowed
	}
	return u, nil
}

// IsVoltwayHost reports whether host belongs to the Voltway partner feed domains.
func IsVoltwayHost(host string) bool {
	return strings.HasSuffix(strings.ToLower(host), "voltway.io")
}

var redirectSections = map[string]string{
	"dashboard": "/app/dashboard",
	"sessions":  "/app/sessions",
	"payouts":   "/app/payouts",
}

// RedirectTarget maps a back-office section key to its internal path.
func RedirectTarget(section string) string {
	if p, ok := redirectSections[section]; ok {
		return p
	}
	return "/app/dashboard"
}
