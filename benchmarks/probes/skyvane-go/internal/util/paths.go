package util

import (
	"errors"
	"path/filepath"
	"strings"
)

var ErrOutsideBase = errors.New("path escapes base directory")

// SecureJoin joins name onto base and guarantees the result stays inside base.
func SecureJoin(base, name string) (string, error) {
	base = filepath.Clean(base)
	target := filepath.Join(base, filepath.Clean("/"+name))
	rel, err := filepath.Rel(base, target)
	if err != nil {
		return "", err
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutsideBase
	}
	return target, nil
}

// SafeFilename strips directory components and characters that are awkward in
// Content-Disposition headers.
func SafeFilename(name string) string {
	name = filepath.Base(name)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '"', r == '\\', r < 0x20:
			return '_'
		}
		return r
	}, name)
}
