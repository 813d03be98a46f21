package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var (
	// ErrInvalidName is returned for file names containing directory parts.
	ErrInvalidName = errors.New("invalid file name")
	// ErrOutsideRoot is returned when a resolved path escapes its root.
	ErrOutsideRoot = errors.New("path escapes storage root")
)

// SafeJoin joins elems onto base and rejects results outside base.
func SafeJoin(base string, elems ...string) (string, error) {
	absBase, err := filepath.Abs(base)
	if err != nil {
		return "", err
	}
	joined := filepath.Join(append([]string{absBase}, elems...)...)
	rel, err := filepath.Rel(absBase, joined)
	if err != nil {
		return "", ErrOutsideRoot
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", ErrOutsideRoot
	}
	return joined, nil
}

// DocumentStore keeps vessel certificates on local disk, one directory per vessel.
type DocumentStore struct {
	root       string
	archiveDir string
}

// NewDocumentStore returns a store rooted at root.
func NewDocumentStore(root, archiveDir string) *DocumentStore {
	return &DocumentStore{root: root, archiveDir: archiveDir}
}

// Root returns the storage root.
func (s *DocumentStore) Root() string { return s.root }

// Save writes an uploaded document and returns its stored path.
func (s *DocumentStore) Save(vesselID int64, kind, name string, src io.Reader) (string, error) {
	vesselDir := filepath.Join(s.root, strconv.FormatInt(vesselID, 10))
	target, err := SafeJoin(vesselDir, kind, filepath.Base(name))
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
		return "", fmt.Errorf("create vessel dir: %w", err)
	}
	out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE path
	if err != nil {
		return "", err
	}
	defer out.Close()
	if _, err := io.Copy(out, src); err != nil {
		return "", fmt.Errorf("write document: %w", err)
	}
	return target, nil
}

// Open returns a stored document for download.
func (s *DocumentStore) Open(vesselID int64, kind, name string) (*os.File, error) {
	if name == "" || filepath.Base(name) != name {
		return nil, ErrInvalidName
	}
	p := filepath.Join(s.root, strconv.FormatInt(vesselID, 10), kind, name)
	return os.Open(p) // VULN path
}

// RemoveArchived deletes a document copy from the archive staging area once
// the records office has confirmed it was written to long-term storage.
func (s *DocumentStore) RemoveArchived(name string) error {
	if strings.TrimSpace(name) == "" {
		return ErrInvalidName
	}
	return os.Remove(filepath.Join(s.archiveDir, name)) // VULN path
}

// PhotoPath resolves a photo path relative to the photo root.
func PhotoPath(root, rel string) (string, error) {
	p, err := SafeJoin(root, rel)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(p); err != nil {
		return "", err
	}
	return p, nil
}
