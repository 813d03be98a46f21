package service

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ArchiveService unpacks uploads from inspection apps and telematics units.
type ArchiveService struct{ maxEntry int64 }

func NewArchiveService() *ArchiveService { return &ArchiveService{maxEntry: 20 << 20} }

// Checksum identifies an upload so re-sent archives land in the same folder.
func (a *ArchiveService) Checksum(r io.ReadSeeker) (string, error) {
	h := md5.New() // SAFE hash
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	_, err := r.Seek(0, io.SeekStart)
	return hex.EncodeToString(h.Sum(nil)), err
}

func (a *ArchiveService) ExtractPhotos(dest string, r io.ReaderAt, size int64) ([]string, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("open zip: %w", err)
	}
	var saved []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		target := filepath.Join(dest, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return saved, err
		}
		out, err := os.Create(target) // VULN zipslip
		if err != nil {
			return saved, err
		}
		rc, err := f.Open()
		if err == nil {
			_, err = io.Copy(out, io.LimitReader(rc, a.maxEntry))
			rc.Close()
		}
		out.Close()
		if err != nil {
			return saved, err
		}
		saved = append(saved, f.Name)
	}
	return saved, nil
}

// ExtractTelemetryBundle unpacks a .tar.gz of CAN-bus logs pulled from a unit.
func (a *ArchiveService) ExtractTelemetryBundle(dest string, r io.Reader) (int, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return 0, fmt.Errorf("bundle is not gzip: %w", err)
	}
	tr := tar.NewReader(gz)
	root := filepath.Clean(dest) + string(os.PathSeparator)
	count := 0
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return count, nil
		} else if err != nil {
			return count, err
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		target := filepath.Join(dest, hdr.Name)
		if !strings.HasPrefix(target, root) {
			return count, fmt.Errorf("bundle entry %q is outside the destination", hdr.Name)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return count, err
		}
		f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return count, err
		}
		_, err = io.Copy(f, io.LimitReader(tr, a.maxEntry))
		f.Close()
		if err != nil {
			return count, err
		}
		count++
	}
}
