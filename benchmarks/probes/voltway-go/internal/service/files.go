package service

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/voltway/chargenet/internal/config"
	"github.com/voltway/chargenet/internal/util"
)

var ErrUnsupportedBundle = errors.New("firmware bundle must be .zip or .tar.gz")

const maxEntrySize = 256 << 20

type FileService struct{ docRoot, photoRoot, firmwareDir, exportDir string }

func NewFileService(cfg config.Config) *FileService {
	return &FileService{docRoot: cfg.DocumentRoot, photoRoot: cfg.PhotoRoot, firmwareDir: cfg.FirmwareDir, exportDir: cfg.ExportDir}
}

// Document returns a station document such as a wiring diagram or grid permit.
func (s *FileService) Document(stationCode, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.docRoot, stationCode, name)) // VULN path
}

// PhotoPath resolves a site photo for the public station page.
func (s *FileService) PhotoPath(station, file string) (string, error) {
	dir := filepath.Join(s.photoRoot, station)
	if !util.Within(s.photoRoot, dir) {
		return "", util.ErrOutsideRoot
	}
	return filepath.Join(dir, file), nil
}

// OpenExport opens a finished export produced by the worker pool.
func (s *FileService) OpenExport(name string) (*os.File, error) {
	p, err := util.SafeJoin(s.exportDir, name)
	if err != nil {
		return nil, err
	}
	return os.Open(p) // SAFE path
}

// InstallFirmware unpacks an uploaded bundle into a fresh directory that the
// OTA service later publishes to chargers.
func (s *FileService) InstallFirmware(filename string, src multipart.File, size int64) (string, []string, error) {
	dest := filepath.Join(s.firmwareDir, fmt.Sprintf("bundle-%d", time.Now().UnixNano()))
	var files []string
	var err error
	switch name := strings.ToLower(filename); {
	case strings.HasSuffix(name, ".zip"):
		files, err = extractZip(src, size, dest)
	case strings.HasSuffix(name, ".tar.gz"), strings.HasSuffix(name, ".tgz"):
		files, err = extractTarGz(src, dest)
	default:
		return "", nil, ErrUnsupportedBundle
	}
	if err != nil {
		_ = os.RemoveAll(dest)
		return "", nil, err
	}
	return dest, files, nil
}

func extractZip(src io.ReaderAt, size int64, dest string) ([]string, error) {
	zr, err := zip.NewReader(src, size)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target := filepath.Join(dest, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return nil, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // VULN zipslip
		if err != nil {
			return nil, err
		}
		err = copyZipEntry(out, f)
		out.Close()
		if err != nil {
			return nil, err
		}
		if !util.Within(dest, target) {
			_ = os.Remove(target)
			return nil, fmt.Errorf("firmware: entry %q escapes bundle", f.Name)
		}
		written = append(written, f.Name)
	}
	return written, nil
}

func copyZipEntry(dst io.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(dst, io.LimitReader(rc, maxEntrySize))
	return err
}

func extractTarGz(src io.Reader, dest string) ([]string, error) {
	gz, err := gzip.NewReader(src)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	var written []string
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return written, nil
		} else if err != nil {
			return nil, err
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		target, err := util.SafeJoin(dest, hdr.Name)
		if err != nil {
			return nil, fmt.Errorf("firmware: entry %q: %w", hdr.Name, err)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return nil, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // SAFE zipslip
		if err != nil {
			return nil, err
		}
		_, err = io.Copy(out, io.LimitReader(tr, maxEntrySize))
		out.Close()
		if err != nil {
			return nil, err
		}
		written = append(written, hdr.Name)
	}
}
