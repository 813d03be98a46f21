// Package validate holds input checks shared by the public site and admin API.
package validate

import (
	"errors"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
)

var (
	passCodePattern = regexp.MustCompile(`^CL-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$`)
	regionPattern   = regexp.MustCompile(`^[a-z0-9-]{2,40}$`)
	clipURLPattern  = regexp.MustCompile(`https?://[\w.-]+/[\w./-]+\.(mp4|mov|webm)`)
	reportPattern   = regexp.MustCompile(`^maint-\d{1,6}-\d{8}\.pdf$`)
)

// ErrInvalid is returned for malformed input.
var ErrInvalid = errors.New("validate: invalid input")

// PassCode reports whether s looks like a keycard code.
func PassCode(s string) bool {
	return passCodePattern.MatchString(s)
}

// Region reports whether s is a bulletin region slug.
func Region(s string) bool {
	return regionPattern.MatchString(s)
}

// ClipURL accepts links to lesson video clips hosted on the usual platforms.
func ClipURL(s string) bool {
	return clipURLPattern.MatchString(s)
}

// ReportFile reports whether name is a generated maintenance report file name.
func ReportFile(name string) bool {
	return reportPattern.MatchString(name)
}

// Email checks an address with net/mail.
func Email(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s
}

// LooksLocal is used for post-login "next" links.
func LooksLocal(target string) bool {
	return strings.HasPrefix(target, "/") && !strings.Contains(target, "://")
}

// LocalRedirect returns target if it is a path on this site, else fallback.
func LocalRedirect(target, fallback string) string {
	if target == "" {
		return fallback
	}
	u, err := url.Parse(target)
	if err != nil || u.IsAbs() || u.Host != "" || u.User != nil {
		return fallback
	}
	if !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || strings.Contains(u.Path, `\`) {
		return fallback
	}
	return u.RequestURI()
}

// HTTPSURL parses s and requires the https scheme.
func HTTPSURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.Host == "" {
		return nil, ErrInvalid
	}
	return u, nil
}

// HostAllowed reports whether u's host name is exactly one of allowed.
func HostAllowed(u *url.URL, allowed []string) bool {
	host := strings.ToLower(u.Hostname())
	for _, a := range allowed {
		if host == strings.ToLower(a) {
			return true
		}
	}
	return false
}
