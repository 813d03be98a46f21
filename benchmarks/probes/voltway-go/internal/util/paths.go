package util

import (
	"errors"
	"path/filepath"
	"strings"
)

var ErrOutsideRoot = errors.New("path escapes storage root")

// Within reports whether target resolves to a location inside root.
func Within(root, target string) bool {
	rel, err := filepath.Rel(filepath.Clean(root), filepath.Clean(target))
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// SafeJoin joins a caller-supplied relative name under root and rejects
// anything that would resolve outside of it.
func SafeJoin(root, name string) (string, error) {
	if name == "" || strings.ContainsRune(name, 0) {
		return "", ErrOutsideRoot
	}
	p := filepath.Join(root, filepath.Clean(string(filepath.Separator)+name))
	if !Within(root, p) {
		return "", ErrOutsideRoot
	}
	return p, nil
}
