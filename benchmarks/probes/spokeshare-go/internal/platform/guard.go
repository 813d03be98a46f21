package platform

import (
	"errors"
	"net"
	"net/url"
	"path/filepath"
	"strings"
)

var (
	ErrOutsideRoot    = errors.New("path escapes its root directory")
	ErrHostNotAllowed = errors.New("host not allowed")
)

// ResolveWithin joins name onto root and refuses anything that lands outside root.
func ResolveWithin(root, name string) (string, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Clean(filepath.Join(absRoot, name))
	rel, err := filepath.Rel(absRoot, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

var ownHosts = map[string]bool{"spokeshare.app": true, "www.spokeshare.app": true, "help.spokeshare.app": true}

// SafeRedirect returns target if it is a local path or an https URL on one of our
// own hosts; otherwise it returns fallback.
func SafeRedirect(target, fallback string) string {
	u, err := url.Parse(target)
	if err != nil || target == "" || strings.ContainsAny(target, "\\\r\n\t") {
		return fallback
	}
	if u.Scheme == "" && u.Host == "" && strings.HasPrefix(u.Path, "/") && !strings.HasPrefix(target, "//") {
		return u.RequestURI()
	}
	if u.Scheme == "https" && u.User == nil && ownHosts[strings.ToLower(u.Hostname())] {
		return u.String()
	}
	return fallback
}

// PartnerURL accepts raw only as an https URL on an allow-listed partner host.
func PartnerURL(raw string, allowed map[string]bool) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.User != nil || u.Port() != "" || !allowed[strings.ToLower(u.Hostname())] {
		return nil, ErrHostNotAllowed
	}
	return u, nil
}

// IsPrivateAddr reports whether ip is a loopback or RFC 1918 / RFC 4193 address.
func IsPrivateAddr(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate()
}
