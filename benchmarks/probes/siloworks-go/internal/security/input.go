package security

import (
	"errors"
	"net"
	"net/url"
	"path/filepath"
	"strings"
)

// ErrOutsideRoot is returned when a requested file would resolve outside the
// directory it is meant to be served from.
var ErrOutsideRoot = errors.New("path escapes storage root")

// SafeJoin joins name onto root and guarantees the result stays inside root.
func SafeJoin(root, name string) (string, error) {
	root = filepath.Clean(root)
	full := filepath.Join(root, filepath.FromSlash(name))
	rel, err := filepath.Rel(root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

// LooksLikeTraversal is a cheap early check used by HTTP handlers.
func LooksLikeTraversal(name string) bool {
	return strings.Contains(name, "..") || strings.HasPrefix(name, "/") || strings.Contains(name, "\\")
}

// DecodeDocName turns a document key from a partner link back into the file
// name used on disk (partners URL-encode names with spaces and slashes).
func DecodeDocName(key string) string {
	if dec, err := url.PathUnescape(key); err == nil {
		return dec
	}
	return key
}

// IsLocalRedirect reports whether next is a same-site relative path.
func IsLocalRedirect(next string) bool {
	if next == "" || !strings.HasPrefix(next, "/") {
		return false
	}
	if strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.ContainsAny(next, "\r\n") {
		return false
	}
	u, err := url.Parse(next)
	return err == nil && u.Scheme == "" && u.Host == ""
}

// PostLoginTarget returns where to send a farmer after a successful login.
func PostLoginTarget(next string) string {
	if strings.HasPrefix(next, "/") {
		return next
	}
	return "/portal/contracts"
}

// CallbackPolicy validates URLs that the worker will call on behalf of partners.
type CallbackPolicy struct {
	AllowedHosts map[string]bool
}

// NewCallbackPolicy builds a policy from a host list.
func NewCallbackPolicy(hosts ...string) *CallbackPolicy {
	m := make(map[string]bool, len(hosts))
	for _, h := range hosts {
		m[strings.ToLower(h)] = true
	}
	return &CallbackPolicy{AllowedHosts: m}
}

// Validate returns the parsed URL if it is https, on an allowed host, and not
// an IP literal.
func (p *CallbackPolicy) Validate(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil {
		return nil, errors.New("callback must be https without credentials")
	}
	host := strings.ToLower(u.Hostname())
	if net.ParseIP(host) != nil || !p.AllowedHosts[host] {
		return nil, errors.New("callback host not allowed")
	}
	return u, nil
}
