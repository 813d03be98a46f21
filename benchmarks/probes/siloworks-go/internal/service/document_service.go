package service

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/google/uuid"

	"github.com/siloworks/elevator/internal/archive"
	"github.com/siloworks/elevator/internal/security"
)

var partnerIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{2,31}$`)

// DocumentService stores documents exchanged with partners and exports.
type DocumentService struct {
	docRoot   string
	exportDir string
}

func NewDocumentService(docRoot, exportDir string) *DocumentService {
	return &DocumentService{docRoot: docRoot, exportDir: exportDir}
}

// OpenPartnerDoc opens a document from a partner's folder. The key arrives
// URL-encoded from the partner portal links.
func (d *DocumentService) OpenPartnerDoc(partnerID, key string) (*os.File, error) {
	if !partnerIDPattern.MatchString(partnerID) {
		return nil, fmt.Errorf("invalid partner")
	}
	name := security.DecodeDocName(key)
	full := filepath.Join(d.docRoot, partnerID, name)
	return os.Open(full) // VULN path
}

// PartnerDocPath resolves a document name inside the partner's folder.
func (d *DocumentService) PartnerDocPath(partnerID, name string) (string, error) {
	if !partnerIDPattern.MatchString(partnerID) {
		return "", fmt.Errorf("invalid partner")
	}
	return security.SafeJoin(filepath.Join(d.docRoot, partnerID), name)
}

// RemoveExport deletes an export job's output by its job id.
func (d *DocumentService) RemoveExport(jobID string) error {
	id, err := uuid.Parse(jobID)
	if err != nil {
		return fmt.Errorf("invalid export id")
	}
	return os.Remove(filepath.Join(d.exportDir, id.String()+".zip")) // SAFE path
}

// ImportContractBundle unpacks signed contract PDFs uploaded by office staff.
func (d *DocumentService) ImportContractBundle(batch string, zr *zip.Reader) ([]string, error) {
	id, err := uuid.Parse(batch)
	if err != nil {
		return nil, fmt.Errorf("invalid batch id")
	}
	dst := filepath.Join(d.docRoot, "contracts", id.String())
	if err := os.MkdirAll(dst, 0o750); err != nil {
		return nil, err
	}
	return archive.UnzipTo(dst, zr)
}
