package util

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	ErrOutsideRoot = errors.New("path escapes base directory")
	ErrBadFileName = errors.New("invalid file name")
)

var fileNamePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

// SafeJoin joins name onto root and guarantees the result stays inside root.
func SafeJoin(root, name string) (string, error) {
	base, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Clean(filepath.Join(base, name))
	if full != base && !strings.HasPrefix(full, base+string(os.PathSeparator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

// CleanFileName accepts a single plain file name (no directories).
func CleanFileName(name string) (string, error) {
	if !fileNamePattern.MatchString(name) || strings.Contains(name, "..") {
		return "", ErrBadFileName
	}
	return name, nil
}
