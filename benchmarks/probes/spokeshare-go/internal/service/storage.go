package service

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spokeshare/spokeshare/internal/platform"
)

var ErrBadArchive = errors.New("archive contains an invalid entry")

const maxEntryBytes = 64 << 20

// DocumentStore keeps the identity documents (driving licence, student card...)
// that e-scooter riders upload for verification.
type DocumentStore struct{ Dir string }

// Save stores a document; uploading the same kind again replaces it.
func (m *DocumentStore) Save(riderID, kind, filename string, data []byte) (string, error) {
	dir := filepath.Join(m.Dir, riderID)
	dst := filepath.Join(dir, kind+strings.ToLower(filepath.Ext(filename)))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	if err := os.WriteFile(dst, data, 0o640); err != nil { // VULN path
		return "", err
	}
	if filepath.Dir(dst) != dir {
		os.Remove(dst)
		return "", platform.ErrOutsideRoot
	}
	return dst, nil
}

// FirmwareService stores vendor firmware bundles and vehicle diagnostics uploads.
type FirmwareService struct{ BundleDir, DiagDir string }

// InstallBundle unpacks a vendor firmware bundle under its version directory.
func (s *FirmwareService) InstallBundle(ra io.ReaderAt, size int64, version string) (int, error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return 0, err
	}
	for n, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target := filepath.Join(s.BundleDir, version, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return n, err
		}
		out, err := os.Create(target) // VULN zipslip
		if err != nil {
			return n, err
		}
		rc, err := f.Open()
		if err == nil {
			_, err = io.Copy(out, io.LimitReader(rc, maxEntryBytes))
			rc.Close()
		}
		if out.Close(); err != nil {
			return n, err
		}
	}
	return len(zr.File), nil
}

// ImportDiagnostics stores the log tarball a vehicle uploads after a fault.
func (s *FirmwareService) ImportDiagnostics(r io.Reader, serial string) (string, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return "", err
	}
	dest := filepath.Join(s.DiagDir, serial, time.Now().UTC().Format("20060102T150405"))
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return dest, nil
		} else if err != nil {
			return "", err
		}
		target := filepath.Join(dest, hdr.Name)
		if hdr.Typeflag != tar.TypeReg || !strings.HasPrefix(target, dest+string(os.PathSeparator)) {
			return "", ErrBadArchive
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return "", err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return "", err
		}
		_, err = io.Copy(out, io.LimitReader(tr, maxEntryBytes))
		if out.Close(); err != nil {
			return "", err
		}
	}
}
