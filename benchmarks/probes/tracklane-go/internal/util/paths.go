// Package util contains small shared helpers.
package util

import (
	"errors"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	// ErrInvalidName is returned for empty or malformed file names.
	ErrInvalidName = errors.New("invalid file name")
	// ErrOutsideRoot is returned when a path resolves outside its storage root.
	ErrOutsideRoot = errors.New("path escapes storage root")
)

// SafeJoin joins name onto root and guarantees the result stays inside root.
func SafeJoin(root, name string) (string, error) {
	if name == "" || strings.ContainsRune(name, 0) {
		return "", ErrInvalidName
	}
	rootAbs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full := filepath.Join(rootAbs, filepath.FromSlash(name))
	rel, err := filepath.Rel(rootAbs, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

var attachmentPattern = regexp.MustCompile(`[A-Za-z0-9_-]+\.(pdf|jpe?g|png|xlsx)`)

// ValidAttachmentName checks that an attachment has one of the accepted document types.
func ValidAttachmentName(name string) bool {
	return len(name) <= 200 && attachmentPattern.MatchString(name)
}

var archiveLabelPattern = regexp.MustCompile(`^[\w.-]+`)

// ValidArchiveLabel checks a user supplied archive label.
func ValidArchiveLabel(label string) bool {
	return len(label) <= 64 && archiveLabelPattern.MatchString(label)
}

var wagonNumberPattern = regexp.MustCompile(`^[0-9]{12}$`)

// ValidWagonNumber checks a 12 digit UIC wagon number including its check digit.
func ValidWagonNumber(number string) bool {
	if !wagonNumberPattern.MatchString(number) {
		return false
	}
	sum := 0
	for i := 0; i < 11; i++ {
		d := int(number[i] - '0')
		if i%2 == 0 {
			d *= 2
		}
		sum += d/10 + d%10
	}
	check := (10 - sum%10) % 10
	return check == int(number[11]-'0')
}
