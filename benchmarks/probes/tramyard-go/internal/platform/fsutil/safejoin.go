// Package fsutil contains file-system helpers for the depot storage volumes.
package fsutil

import (
	"errors"
	"path/filepath"
	"strings"
)

// ErrOutsideRoot is returned when a name would resolve outside its root.
var ErrOutsideRoot = errors.New("path escapes storage root")

// SafeJoin joins name under root and guarantees the result stays inside root.
func SafeJoin(root, name string) (string, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Join(absRoot, filepath.Clean(string(filepath.Separator)+name))
	rel, err := filepath.Rel(absRoot, full)
	if err != nil {
		return "", ErrOutsideRoot
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", ErrOutsideRoot
	}
	return full, nil
}
