package storage

import (
	"errors"
	"path/filepath"
	"strings"
)

// ErrOutsideRoot is returned when a requested name resolves outside its root.
var ErrOutsideRoot = errors.New("path escapes storage root")

// Within resolves name under root and rejects anything that escapes it.
func Within(root, name string) (string, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Clean(filepath.Join(absRoot, name))
	if full != absRoot && !strings.HasPrefix(full, absRoot+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

// looksRelative is a cheap pre-filter for names coming from URLs.
func looksRelative(name string) bool {
	return !strings.Contains(name, "..") && !strings.HasPrefix(name, "/")
}
