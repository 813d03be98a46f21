// Package pathutil contains helpers for working with user-supplied relative paths.
package pathutil

import (
	"errors"
	"path/filepath"
	"strings"
)

var ErrOutsideRoot = errors.New("path escapes root directory")

// Resolve joins rel onto root and returns an error unless the result stays inside root.
func Resolve(root, rel string) (string, error) {
	root = filepath.Clean(root)
	full := filepath.Join(root, filepath.FromSlash(rel))
	r, err := filepath.Rel(root, full)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}
