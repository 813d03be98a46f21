package service

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/imports"
	"github.com/orchardgate/orchardgate/internal/messaging"
	"github.com/orchardgate/orchardgate/internal/storage"
)

// ImportService receives co-packer manifests and weighbridge bundles.
type ImportService struct {
	importDir string
	reader    *imports.ManifestReader
	bus       *messaging.Bus
}

func NewImportService(dir string, r *imports.ManifestReader, bus *messaging.Bus) *ImportService {
	return &ImportService{importDir: dir, reader: r, bus: bus}
}

// StoreUpload saves an uploaded file under a generated name and returns it.
func (s *ImportService) StoreUpload(prefix, ext string, r io.Reader) (string, error) {
	name := fmt.Sprintf("%s-%d%s", prefix, time.Now().UnixNano(), ext)
	f, err := os.Create(filepath.Join(s.importDir, name))
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = io.Copy(f, r)
	return name, err
}

// QueueManifest schedules a manifest for reconciliation against intakes.
func (s *ImportService) QueueManifest(ctx context.Context, up dto.ManifestUpload) error {
	return s.bus.PublishJSON(ctx, messaging.TopicManifests, up)
}

// QueueScaleBundle schedules a weighbridge bundle for extraction.
func (s *ImportService) QueueScaleBundle(ctx context.Context, name string) error {
	return s.bus.PublishJSON(ctx, messaging.TopicScaleBundles, dto.ManifestUpload{FileName: name})
}

// Reconcile reads the manifest lines of the grower named in the upload.
func (s *ImportService) Reconcile(up dto.ManifestUpload) ([]imports.ManifestLine, error) {
	path := filepath.Join(s.importDir, filepath.Base(up.FileName))
	return s.reader.LinesForGrower(path, up.GrowerCode)
}

// ReconcileForSession reads lines for the grower code held in the portal session.
func (s *ImportService) ReconcileForSession(fileName, sessionCode string) ([]imports.ManifestLine, error) {
	path := filepath.Join(s.importDir, filepath.Base(fileName))
	return s.reader.LinesForVerifiedGrower(path, sessionCode)
}

// UnpackScaleBundle extracts a weighbridge bundle into the day's folder.
func (s *ImportService) UnpackScaleBundle(name string) ([]string, error) {
	src := filepath.Join(s.importDir, filepath.Base(name))
	dest := filepath.Join(s.importDir, "scale", time.Now().Format("2006-01-02"))
	return storage.ExtractScaleBundle(src, dest)
}

// UnpackManifestBundle extracts a co-packer bundle.
func (s *ImportService) UnpackManifestBundle(name string) ([]string, error) {
	src := filepath.Join(s.importDir, filepath.Base(name))
	dest := filepath.Join(s.importDir, "manifests", time.Now().Format("2006-01-02"))
	return storage.ExtractManifestBundle(src, dest)
}
