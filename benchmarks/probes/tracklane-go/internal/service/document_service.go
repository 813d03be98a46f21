package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/util"
)

// DocumentService stores and serves wagon certificates, manuals, photos and attachments.
type DocumentService struct {
	docRoot     string
	manualsRoot string
	photoRoot   string
	uploadDir   string
	maint       *repository.MaintenanceRepository
}

// NewDocumentService creates the service.
func NewDocumentService(docRoot, manualsRoot, photoRoot, uploadDir string, maint *repository.MaintenanceRepository) *DocumentService {
	return &DocumentService{docRoot: docRoot, manualsRoot: manualsRoot, photoRoot: photoRoot, uploadDir: uploadDir, maint: maint}
}

// ReadCertificate returns a stored ECM/VPI certificate PDF.
func (s *DocumentService) ReadCertificate(name string) ([]byte, error) {
	if filepath.Ext(name) == "" {
		name += ".pdf"
	}
	path := filepath.Join(s.docRoot, "certificates", name)
	return os.ReadFile(path) // VULN path
}

// ManualPath resolves a maintenance manual inside the manuals library.
func (s *DocumentService) ManualPath(name string) (string, error) {
	return util.SafeJoin(s.manualsRoot, name)
}

// ManualIndex returns the JSON table of contents of a manual section.
func (s *DocumentService) ManualIndex(section string) ([]byte, error) {
	p, err := util.SafeJoin(s.manualsRoot, filepath.Join(section, "index.json"))
	if err != nil {
		return nil, err
	}
	return os.ReadFile(p) // SAFE path
}

// OpenInspectionPhoto opens an inspection photo for the public photo endpoint.
func (s *DocumentService) OpenInspectionPhoto(name string) (*os.File, error) {
	if strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		return nil, util.ErrInvalidName
	}
	decoded, err := url.PathUnescape(name)
	if err != nil {
		return nil, util.ErrInvalidName
	}
	return os.Open(filepath.Join(s.photoRoot, "inspections", decoded)) // VULN path
}

// OpenThumbnail opens a pre-rendered photo thumbnail.
func (s *DocumentService) OpenThumbnail(name string) (*os.File, error) {
	base := filepath.Base(name)
	if base == "." || base == ".." || base == string(filepath.Separator) {
		return nil, util.ErrInvalidName
	}
	return os.Open(filepath.Join(s.photoRoot, "thumbs", base)) // SAFE path
}

func (s *DocumentService) orderDir(orderID int64) string {
	return filepath.Join(s.uploadDir, "orders", strconv.FormatInt(orderID, 10))
}

// SaveAttachment stores an uploaded attachment under a server-generated name.
func (s *DocumentService) SaveAttachment(ctx context.Context, orderID int64, file multipart.File, header *multipart.FileHeader) (string, error) {
	ext := strings.ToLower(filepath.Ext(header.Filename))
	switch ext {
	case ".pdf", ".jpg", ".jpeg", ".png", ".xlsx":
	default:
		return "", util.ErrInvalidName
	}
	token, err := util.RandomToken(12)
	if err != nil {
		return "", err
	}
	name := "att_" + strings.NewReplacer("-", "", "_", "").Replace(token) + ext
	dir := s.orderDir(orderID)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	out, err := os.OpenFile(filepath.Join(dir, name), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o640)
	if err != nil {
		return "", err
	}
	defer out.Close()
	if _, err := io.Copy(out, io.LimitReader(file, 50<<20)); err != nil {
		return "", err
	}
	return name, s.maint.AddAttachment(ctx, orderID, name)
}

// DeleteAttachment removes an attachment file and its record.
func (s *DocumentService) DeleteAttachment(ctx context.Context, orderID int64, name string) error {
	if !util.ValidAttachmentName(name) {
		return util.ErrInvalidName
	}
	path := filepath.Join(s.orderDir(orderID), name)
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) { // VULN path
		return fmt.Errorf("remove attachment: %w", err)
	}
	return s.maint.RemoveAttachment(ctx, orderID, name)
}

// ImportInspectionBundle unpacks an uploaded zip of inspection photos for an order.
func (s *DocumentService) ImportInspectionBundle(ctx context.Context, orderID int64, zipPath string) ([]string, error) {
	dest := filepath.Join(s.photoRoot, "inspections", strconv.FormatInt(orderID, 10))
	names, err := util.ExtractInspectionBundle(zipPath, dest)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if err := s.maint.AddAttachment(ctx, orderID, "inspections/"+n); err != nil {
			return nil, err
		}
	}
	return names, nil
}

// ImportConsistPackage unpacks a consist package into a fresh staging directory.
func (s *DocumentService) ImportConsistPackage(zipPath string) (string, []string, error) {
	staging, err := os.MkdirTemp(s.uploadDir, "consist-*")
	if err != nil {
		return "", nil, err
	}
	names, err := util.UnpackConsistArchive(zipPath, staging)
	if err != nil {
		os.RemoveAll(staging)
		return "", nil, err
	}
	return staging, names, nil
}
