package service

import (
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/google/uuid"

	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/queue"
	"github.com/voltpark/platform/internal/util"
)

const maxBundleBytes = 512 << 20

type FirmwareService struct {
	dir        string
	vendorCDNs map[string]string
	pub        *queue.Publisher
	client     *http.Client
}

func NewFirmwareService(dir string, vendorCDNs map[string]string, pub *queue.Publisher) *FirmwareService {
	return &FirmwareService{
		dir:        dir,
		vendorCDNs: vendorCDNs,
		pub:        pub,
		client:     &http.Client{Timeout: 5 * time.Minute},
	}
}

func (s *FirmwareService) incomingPath() (string, error) {
	dir := filepath.Join(s.dir, "incoming")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	return filepath.Join(dir, uuid.NewString()+".zip"), nil
}

func (s *FirmwareService) save(r io.Reader) (string, error) {
	path, err := s.incomingPath()
	if err != nil {
		return "", err
	}
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	n, err := io.Copy(f, io.LimitReader(r, maxBundleBytes+1))
	if err != nil {
		return "", err
	}
	if n > maxBundleBytes {
		os.Remove(path)
		return "", invalid("bundle larger than %d bytes", maxBundleBytes)
	}
	return path, nil
}

// Upload stores a bundle uploaded by an operator and queues verification.
func (s *FirmwareService) Upload(ctx context.Context, uploadedBy, vendor, version string, file multipart.File) (string, error) {
	if _, ok := s.vendorCDNs[vendor]; !ok {
		return "", invalid("unknown vendor %q", vendor)
	}
	if version == "" {
		return "", invalid("version is required")
	}
	path, err := s.save(file)
	if err != nil {
		return "", err
	}
	evt := events.FirmwareUploaded{BundlePath: path, Vendor: vendor, Version: version, UploadedBy: uploadedBy}
	return path, s.pub.Publish(ctx, events.TopicFirmwareUploaded, vendor, evt)
}

// ImportRelease downloads an official release from the vendor's CDN.
func (s *FirmwareService) ImportRelease(ctx context.Context, vendor, version string) (string, error) {
	base, ok := s.vendorCDNs[vendor]
	if !ok {
		return "", invalid("unknown vendor %q", vendor)
	}
	if !util.ValidVersion(version) {
		return "", invalid("invalid version %q", version)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/releases/%s/bundle.zip", base, version), nil)
	if err != nil {
		return "", err
	}
	resp, err := s.client.Do(req) // SAFE ssrf
	if err != nil {
		return "", fmt.Errorf("download %s %s: %w", vendor, version, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("vendor CDN answered %s", resp.Status)
	}
	path, err := s.save(resp.Body)
	if err != nil {
		return "", err
	}
	evt := events.VendorReleaseFetched{BundlePath: path, Vendor: vendor, Version: version}
	return path, s.pub.Publish(ctx, events.TopicVendorRelease, vendor, evt)
}
