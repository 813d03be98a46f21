package security

import (
	"errors"
	"net"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	ErrOutsideRoot = errors.New("path escapes storage root")
	ErrBadHost     = errors.New("host not permitted")
	ErrBadValue    = errors.New("value not permitted")
)

var (
	ringNumberRe = regexp.MustCompile(`^[A-Z]{1,2}[0-9]{4,7}$`)
	siteCodeRe   = regexp.MustCompile(`[A-Z]{3}-[0-9]{2}`)
	stationRe    = regexp.MustCompile(`^[a-z0-9-]{2,32}$`)
)

// ResolveUnder joins name onto root and refuses anything that would land
// outside root once cleaned.
func ResolveUnder(root, name string) (string, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Join(absRoot, filepath.Clean("/"+name))
	if full != absRoot && !strings.HasPrefix(full, absRoot+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

// ValidRingNumber reports whether s looks like a scheme ring number (e.g. "NW12345").
func ValidRingNumber(s string) bool { return ringNumberRe.MatchString(s) }

// ValidSiteCode reports whether s looks like a site code (e.g. "WAS-03").
func ValidSiteCode(s string) bool { return siteCodeRe.MatchString(s) }

// ValidStation reports whether s is a tide-station slug.
func ValidStation(s string) bool { return stationRe.MatchString(s) }

var partnerHosts = map[string]bool{
	"api.ringing-scheme.example.org": true,
	"tides.saltmarsh.org":            true,
	"hooks.saltmarsh.org":            true,
}

// CheckOutboundURL allows only https URLs to a fixed set of partner hosts.
func CheckOutboundURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil {
		return nil, ErrBadHost
	}
	host := u.Hostname()
	if !partnerHosts[host] {
		return nil, ErrBadHost
	}
	if ip := net.ParseIP(host); ip != nil {
		return nil, ErrBadHost
	}
	return u, nil
}

// LocalRedirect returns target if it is a same-site relative path, else fallback.
func LocalRedirect(target, fallback string) string {
	if target == "" {
		return fallback
	}
	u, err := url.Parse(target)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(target, "//") || strings.Contains(target, "\\") {
		return fallback
	}
	return u.RequestURI()
}
