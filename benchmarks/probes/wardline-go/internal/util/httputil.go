package util

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
)

// WriteJSON serialises v with the given status code.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteError sends a small JSON error document.
func WriteError(w http.ResponseWriter, status int, msg string) {
	WriteJSON(w, status, map[string]string{"error": msg})
}

var mrnPattern = regexp.MustCompile(`^WL[0-9]{8}$`)

// ValidMRN reports whether s is a Wardline medical record number.
func ValidMRN(s string) bool { return mrnPattern.MatchString(s) }

var docIDPattern = regexp.MustCompile(`^[a-f0-9]{32}$`)

// ValidDocID reports whether s looks like a stored document id.
func ValidDocID(s string) bool { return docIDPattern.MatchString(s) }

// LocalRedirectTarget returns next when it is a path on this site and
// fallback otherwise.
func LocalRedirectTarget(next, fallback string) string {
	if next == "" || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return fallback
	}
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") {
		return fallback
	}
	return u.RequestURI()
}

var ErrOutsideRoot = errors.New("path escapes base directory")

// ResolveWithin joins name onto base and refuses results outside base.
func ResolveWithin(base, name string) (string, error) {
	base = filepath.Clean(base)
	p := filepath.Clean(filepath.Join(base, name))
	if p != base && !strings.HasPrefix(p, base+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return p, nil
}
