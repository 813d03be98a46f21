package util

import (
	"net/url"
	"strings"
)

// IsRelativePath reports whether next is a path on this site.
func IsRelativePath(next string) bool {
	return strings.HasPrefix(next, "/")
}

// LocalRedirect returns next if it is a same-origin path, otherwise fallback.
func LocalRedirect(next, fallback string) string {
	if next == "" || strings.ContainsAny(next, "\\\r\n\t") {
		return fallback
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return fallback
	}
	if !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return fallback
	}
	return u.RequestURI()
}
