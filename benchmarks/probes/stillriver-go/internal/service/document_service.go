package service

import (
	"context"
	"errors"
	"fmt"
	"mime/multipart"
	"os"
	"path/filepath"
	"strings"

	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/storage"
	"github.com/stillriver/stillriver/internal/tasks"
)

// ErrUnsupportedDocument is returned for file types we do not accept.
var ErrUnsupportedDocument = errors.New("unsupported document type")

var documentKinds = map[string]bool{
	"hull-certificate": true, "insurance": true, "adn-approval": true,
	"crew-list": true, "tonnage": true, "radio-licence": true,
}

var documentExtensions = map[string]bool{".pdf": true, ".docx": true, ".odt": true, ".doc": true, ".jpg": true, ".png": true}

// DocumentService manages vessel certificates.
type DocumentService struct {
	store   *storage.DocumentStore
	vessels *repo.VesselRepo
	queue   *tasks.Enqueuer
}

// NewDocumentService returns a document service.
func NewDocumentService(st *storage.DocumentStore, v *repo.VesselRepo, q *tasks.Enqueuer) *DocumentService {
	return &DocumentService{store: st, vessels: v, queue: q}
}

// Upload stores a certificate and queues a PDF rendition.
func (s *DocumentService) Upload(ctx context.Context, vesselID int64, kind string, fh *multipart.FileHeader) (*domain.Document, error) {
	if !documentKinds[kind] {
		return nil, fmt.Errorf("unknown document kind %q", kind)
	}
	name := filepath.Base(fh.Filename)
	if !documentExtensions[strings.ToLower(filepath.Ext(name))] {
		return nil, ErrUnsupportedDocument
	}
	src, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer src.Close()
	stored, err := s.store.Save(vesselID, kind, name, src)
	if err != nil {
		return nil, err
	}
	doc := &domain.Document{VesselID: vesselID, Kind: kind, FileName: name, StoredPath: stored}
	if err := s.vessels.AddDocument(ctx, doc); err != nil {
		return nil, err
	}
	if err := s.queue.DocumentConvert(ctx, doc.ID, stored); err != nil {
		return doc, fmt.Errorf("queue conversion: %w", err)
	}
	return doc, nil
}

// Open opens a stored certificate for download.
func (s *DocumentService) Open(vesselID int64, kind, name string) (*os.File, error) {
	return s.store.Open(vesselID, kind, name)
}

// ImportPack unpacks a company's zipped certificate pack into the inbox.
func (s *DocumentService) ImportPack(ctx context.Context, companyID int64, fh *multipart.FileHeader) ([]string, error) {
	tmp, err := os.CreateTemp("", "docpack-*.zip")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	src, err := fh.Open()
	if err != nil {
		tmp.Close()
		return nil, err
	}
	_, err = tmp.ReadFrom(src)
	src.Close()
	tmp.Close()
	if err != nil {
		return nil, err
	}
	inbox := filepath.Join(s.store.Root(), "inbox", fmt.Sprintf("company-%d", companyID))
	return storage.ExtractDocumentPack(tmp.Name(), inbox)
}
