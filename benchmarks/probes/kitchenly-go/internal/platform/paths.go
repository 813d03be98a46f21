package platform

import (
	"errors"
	"path/filepath"
	"strings"
)

var ErrOutsideRoot = errors.New("path escapes its root directory")

// ResolveWithin joins name onto root and makes sure the result stays inside root.
func ResolveWithin(root, name string) (string, error) {
	root = filepath.Clean(root)
	target := filepath.Clean(filepath.Join(root, name))
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return target, nil
}
