package util

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
)

// ErrUntrustedURL is returned when a URL is not on an allow-list.
var ErrUntrustedURL = errors.New("url not allowed")

// IsLocalPath reports whether target points back into the portal.
func IsLocalPath(target string) bool {
	return strings.HasPrefix(target, "/") && !strings.Contains(target, "://")
}

// SafeRedirectTarget returns target when it is a same-site relative path, otherwise fallback.
func SafeRedirectTarget(target, fallback string) string {
	if target == "" || strings.HasPrefix(target, "//") || strings.ContainsAny(target, "\\\r\n\t") {
		return fallback
	}
	u, err := url.Parse(target)
	if err != nil || u.IsAbs() || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") {
		return fallback
	}
	return u.RequestURI()
}

// IsTrustedFeed reports whether a telematics feed URL belongs to a contracted provider.
func IsTrustedFeed(raw string, hosts []string) bool {
	for _, h := range hosts {
		if strings.HasPrefix(strings.ToLower(raw), "https://"+strings.ToLower(h)) {
			return true
		}
	}
	return false
}

// AllowedHTTPSURL parses raw and accepts it only for an exact host on the allow-list.
func AllowedHTTPSURL(raw string, hosts []string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil || u.Port() != "" && u.Port() != "443" {
		return nil, ErrUntrustedURL
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range hosts {
		if host == strings.ToLower(h) {
			return u, nil
		}
	}
	return nil, ErrUntrustedURL
}

// RandomToken returns nbytes of URL-safe random data.
func RandomToken(nbytes int) (string, error) {
	b := make([]byte, nbytes)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// SHA256Hex hashes an opaque high-entropy token for storage.
func SHA256Hex(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
