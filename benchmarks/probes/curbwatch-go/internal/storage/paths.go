package storage

import (
	"errors"
	"path/filepath"
	"strings"
)

var ErrOutsideRoot = errors.New("path escapes storage root")

// SafeJoin joins name onto root and refuses results that leave root.
func SafeJoin(root, name string) (string, error) {
	root = filepath.Clean(root)
	target := filepath.Join(root, name)
	rel, err := filepath.Rel(root, target)
	if err != nil {
		return "", ErrOutsideRoot
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", ErrOutsideRoot
	}
	return target, nil
}

// BaseName strips any directory components from a client supplied file name.
func BaseName(name string) (string, error) {
	b := filepath.Base(filepath.Clean("/" + name))
	if b == "/" || b == "." || b == ".." || b == "" {
		return "", ErrOutsideRoot
	}
	return b, nil
}
