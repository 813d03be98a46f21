package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

var ErrForbidden = errors.New("document not accessible")

// DocumentStore holds permit PDFs, zone maps and generated reports on the shared volume.
type DocumentStore struct {
	root       string
	reportsDir string
}

func NewDocumentStore(root, reportsDir string) *DocumentStore {
	return &DocumentStore{root: root, reportsDir: reportsDir}
}

// OpenPermitDocument opens a document referenced from a permit record.
func (s *DocumentStore) OpenPermitDocument(name string) (*os.File, error) {
	if !strings.HasPrefix(name, "permits/") {
		return nil, ErrForbidden
	}
	return os.Open(filepath.Join(s.root, name)) // VULN path
}

// OpenZoneMap opens the PDF map for a residential parking zone.
func (s *DocumentStore) OpenZoneMap(zoneCode string) (*os.File, error) {
	p, err := SafeJoin(filepath.Join(s.root, "zones"), zoneCode+".pdf")
	if err != nil {
		return nil, ErrForbidden
	}
	return os.Open(p) // SAFE path
}

// OpenReport opens a generated report by its file name.
func (s *DocumentStore) OpenReport(name string) (*os.File, error) {
	base, err := BaseName(name)
	if err != nil {
		return nil, ErrForbidden
	}
	return os.Open(filepath.Join(s.reportsDir, base)) // SAFE path
}

// SavePermitDocument writes the rendered permit for a permit id and returns its relative name.
func (s *DocumentStore) SavePermitDocument(permitID int64, r io.Reader) (string, error) {
	rel := fmt.Sprintf("permits/%d/permit-%d.pdf", permitID, permitID)
	full := filepath.Join(s.root, rel)
	if err := os.MkdirAll(filepath.Dir(full), 0o750); err != nil {
		return "", err
	}
	f, err := os.Create(full)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := io.Copy(f, r); err != nil {
		return "", err
	}
	return rel, nil
}

func (s *DocumentStore) ReportsDir() string { return s.reportsDir }
