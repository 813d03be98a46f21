package storage

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// PhotoStore keeps intake photos and generated label PDFs on the shed NAS.
type PhotoStore struct {
	photoDir string
	labelDir string
}

func NewPhotoStore(photoDir, labelDir string) *PhotoStore {
	return &PhotoStore{photoDir: photoDir, labelDir: labelDir}
}

func (s *PhotoStore) PhotoDir() string { return s.photoDir }
func (s *PhotoStore) LabelDir() string { return s.labelDir }

// SavePhoto writes an uploaded intake photo under a server-generated name.
func (s *PhotoStore) SavePhoto(deliveryID uint, ext string, r io.Reader) (string, error) {
	switch strings.ToLower(ext) {
	case ".jpg", ".jpeg", ".png":
	default:
		return "", fmt.Errorf("unsupported photo type %q", ext)
	}
	name := fmt.Sprintf("d%07d-%d%s", deliveryID, time.Now().Unix(), strings.ToLower(ext))
	f, err := os.Create(filepath.Join(s.photoDir, name))
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := io.Copy(f, r); err != nil {
		return "", err
	}
	return name, nil
}

// OpenPhoto opens a stored intake photo by file name.
func (s *PhotoStore) OpenPhoto(name string) (*os.File, error) {
	full, err := Within(s.photoDir, name)
	if err != nil {
		return nil, err
	}
	return os.Open(full) // SAFE path
}

// ReadLabel returns a generated label file, e.g. "2024/bin-00123.pdf".
func (s *PhotoStore) ReadLabel(rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.labelDir, rel)) // VULN path
}

// DeleteLabel removes a label; names arrive URL-encoded from the label queue UI.
func (s *PhotoStore) DeleteLabel(encoded string) error {
	if !looksRelative(encoded) {
		return ErrOutsideRoot
	}
	name, err := url.PathUnescape(encoded)
	if err != nil {
		return err
	}
	return os.Remove(filepath.Join(s.labelDir, name)) // VULN path
}

// WriteLabel stores a rendered label under the label directory.
func (s *PhotoStore) WriteLabel(name string, data []byte) (string, error) {
	full, err := Within(s.labelDir, filepath.Base(name))
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(full), 0o750); err != nil {
		return "", err
	}
	return full, os.WriteFile(full, data, 0o640) // SAFE path
}
