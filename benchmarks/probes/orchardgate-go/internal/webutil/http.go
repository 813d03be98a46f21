package webutil

import (
	"encoding/json"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// SafeNext returns next when it is a path on this site, otherwise "/".
func SafeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" {
		return "/"
	}
	return u.RequestURI()
}

// IsLocal reports whether a return path points back into the portal.
func IsLocal(next string) bool {
	return strings.HasPrefix(next, "/")
}

// ResolveDestination turns a destination key or path into a redirect target.
func ResolveDestination(key string) string {
	if p, ok := NamedDestination(key); ok {
		return p
	}
	return key
}

// NamedDestination maps the short destination keys used by portal forms to paths.
func NamedDestination(key string) (string, bool) {
	switch key {
	case "dashboard":
		return "/portal", true
	case "pickups":
		return "/portal/pickups", true
	case "deliveries":
		return "/portal/deliveries", true
	}
	return "", false
}

// JSON writes v as a JSON response.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode response: %v", err)
	}
}

// Error writes a JSON error body.
func Error(w http.ResponseWriter, status int, msg string) {
	JSON(w, status, map[string]string{"error": msg})
}

// UintParam parses a positive integer path or query parameter.
func UintParam(s string) (uint, bool) {
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil || n == 0 {
		return 0, false
	}
	return uint(n), true
}

// IntOr parses s or returns def.
func IntOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}
