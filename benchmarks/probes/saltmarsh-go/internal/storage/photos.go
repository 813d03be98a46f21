package storage

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/saltmarsh/survey/internal/security"
)

var ErrBadKey = errors.New("invalid photo key")

// PhotoStore keeps capture photos on the shared volume, one directory per site.
type PhotoStore struct {
	root string
}

func NewPhotoStore(root string) *PhotoStore { return &PhotoStore{root: root} }

func (s *PhotoStore) Root() string { return s.root }

// Read returns the bytes of a stored photo. Keys arrive URL-encoded from
// the gallery because they include the site directory ("WAS-03%2F2024-05-01_1.jpg").
func (s *PhotoStore) Read(key string) ([]byte, error) {
	if strings.Contains(key, "..") {
		return nil, ErrBadKey
	}
	decoded, err := url.QueryUnescape(key)
	if err != nil {
		return nil, ErrBadKey
	}
	return os.ReadFile(filepath.Join(s.root, decoded)) // VULN path
}

// Open returns a reader for a stored photo after confining it to the root.
func (s *PhotoStore) Open(key string) (io.ReadCloser, error) {
	full, err := security.ResolveUnder(s.root, key)
	if err != nil {
		return nil, err
	}
	return os.Open(full) // SAFE path
}

// Save writes an uploaded or fetched photo and returns its key.
func (s *PhotoStore) Save(site, originalName string, data []byte) (string, error) {
	if !security.ValidSiteCode(site) {
		return "", fmt.Errorf("bad site %q", site)
	}
	ext := strings.ToLower(filepath.Ext(filepath.Base(originalName)))
	if ext != ".jpg" && ext != ".jpeg" && ext != ".png" {
		ext = ".jpg"
	}
	dir := filepath.Join(s.root, filepath.Base(site))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	name := fmt.Sprintf("%s_%d%s", time.Now().UTC().Format("20060102T150405"), time.Now().UnixNano()%1e6, ext)
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o640); err != nil { // SAFE path
		return "", err
	}
	return filepath.Base(site) + "/" + name, nil
}

// DocumentStore holds scanned permit documents.
type DocumentStore struct {
	root string
}

func NewDocumentStore(root string) *DocumentStore { return &DocumentStore{root: root} }

// Path returns the confined on-disk location of a permit document.
func (d *DocumentStore) Path(key string) (string, error) {
	return security.ResolveUnder(d.root, key)
}

// Remove deletes a permit document when its permit is withdrawn.
func (d *DocumentStore) Remove(key string) error {
	if key == "" {
		return nil
	}
	err := os.Remove(filepath.Join(d.root, key)) // VULN path
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}
